package org.luoshi.economy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** The required-growth arithmetic on worked examples. */
class AttainmentTests {

	static final BigDecimal MARGIN = BigDecimal.ONE;

	@Test
	void aLevelTargetAsOfSeptember() {
		// Last year 955.25 in all, 690 to September; 720 to September this year; the target 1,000.
		Attainment a = Attainment.of(2026, 9, dec("720"), null, dec("690"), dec("955.25"), TargetKind.LEVEL, dec("1000"), false, MARGIN);
		assertThat(a.attainmentPct()).isEqualByComparingTo("72.00");
		assertThat(a.targetGrowthPct()).isEqualByComparingTo("4.68"); // 1000 / 955.25 − 1
		assertThat(a.growthSoFarPct()).isEqualByComparingTo("4.35"); // 720 / 690 − 1
		// 280 still to do in October–December, which last year made 265.25: they must grow 5.56 %.
		assertThat(a.growthNeededPct()).isEqualByComparingTo("5.56");
		assertThat(a.light()).isEqualTo(IndicatorLight.AMBER); // 0.33 points short, within the margin of 1
	}

	@Test
	void aGrowthRateTargetAsOfJune() {
		// 5.5 % on last year's 955.25 is a level of 1,007.79.
		Attainment a = Attainment.of(2026, 6, dec("480"), null, dec("455"), dec("955.25"), TargetKind.GROWTH, dec("5.5"), false, MARGIN);
		assertThat(a.target()).isEqualByComparingTo("1007.7888");
		assertThat(a.attainmentPct()).isEqualByComparingTo("47.63");
		assertThat(a.growthSoFarPct()).isEqualByComparingTo("5.49");
		assertThat(a.growthNeededPct()).isEqualByComparingTo("5.50"); // 527.78875 on last year's 500.25 (5.50499… %)
		assertThat(a.light()).isEqualTo(IndicatorLight.AMBER);
	}

	@Test
	void theLightFollowsTheDistrictsMargin() {
		assertThat(Attainment.of(2026, 6, dec("500"), null, dec("455"), dec("955.25"), TargetKind.GROWTH, dec("5.5"), false, MARGIN).light())
			.isEqualTo(IndicatorLight.GREEN); // 9.89 %
		assertThat(Attainment.of(2026, 6, dec("460"), null, dec("455"), dec("955.25"), TargetKind.GROWTH, dec("5.5"), false, MARGIN).light())
			.isEqualTo(IndicatorLight.RED); // 1.10 %, 4.4 points short
		assertThat(Attainment.of(2026, 6, dec("460"), null, dec("455"), dec("955.25"), TargetKind.GROWTH, dec("5.5"), false, dec("5")).light())
			.isEqualTo(IndicatorLight.AMBER);
	}

	@Test
	void withoutLastYearsValueTheReportedGrowthStandsAndNothingIsInvented() {
		Attainment a = Attainment.of(2026, 9, dec("720"), dec("4.1"), null, null, TargetKind.GROWTH, dec("5.5"), false, MARGIN);
		assertThat(a.growthSoFarPct()).isEqualByComparingTo("4.10");
		assertThat(a.target()).isNull();
		assertThat(a.attainmentPct()).isNull();
		assertThat(a.growthNeededPct()).isNull();
		assertThat(a.light()).isEqualTo(IndicatorLight.RED);
	}

	@Test
	void atTheYearsEndNothingRemainsToGrowAndBeforeAnyValueTheWholeYearMust() {
		Attainment done = Attainment.of(2025, 12, dec("1000.86"), dec("4.5"), dec("955.25"), dec("955.25"), TargetKind.LEVEL, dec("1000"), true,
				MARGIN);
		assertThat(done.attainmentPct()).isEqualByComparingTo("100.09");
		assertThat(done.growthNeededPct()).isNull();
		assertThat(done.light()).isEqualTo(IndicatorLight.GREEN);
		Attainment none = Attainment.of(2026, null, null, null, null, dec("1000.86"), TargetKind.GROWTH, dec("5"), false, MARGIN);
		assertThat(none.growthNeededPct()).isEqualByComparingTo("5.00");
		assertThat(none.light()).isNull();
	}

	private static BigDecimal dec(String text) {
		return new BigDecimal(text);
	}
}
