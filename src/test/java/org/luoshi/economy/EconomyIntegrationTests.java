package org.luoshi.economy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.luoshi.economy.internal.EconomyAdministration;
import org.luoshi.economy.internal.EconomyAdministration.TargetInput;
import org.luoshi.economy.internal.EconomyAdministration.ValueInput;
import org.luoshi.economy.internal.IndicatorImport;
import org.luoshi.shared.Actor;
import org.luoshi.shared.Permissions;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;
import org.luoshi.support.IntegrationTest;
import org.luoshi.shared.workbook.ImportProblem;
import org.luoshi.shared.workbook.ImportRefusedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/**
 * Indicators against the database: the demo's real figures with their sources, values recorded and revised (the
 * earlier value kept), what is refused and changes nothing, attainment over a missing month, and the import all or
 * nothing with every bad row.
 */
@IntegrationTest
@Transactional
class EconomyIntegrationTests {

	static final Actor STATISTICS = new Actor(9101L, "stats", "统计局", null, Set.of(Permissions.ECONOMY_MANAGE, Permissions.ECONOMY_READ));
	static final String DISTRICT = "440703";
	static final String HETANG = "440703102";

	@Autowired
	EconomicIndicators indicators;

	@Autowired
	EconomyAdministration administration;

	@Autowired
	IndicatorImport imports;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theDemoHoldsPengjiangsRealFiguresWithTheirSourcesAndAGoalOfAThousand() {
		long gdp = gdp();
		IndicatorValue year2025 = indicators.values(gdp, DISTRICT, 2025, 2025).stream().filter(v -> v.month() == 12).findFirst().orElseThrow();
		assertThat(year2025.value()).isEqualByComparingTo("1000.86");
		assertThat(year2025.demo()).isFalse();
		assertThat(year2025.source()).contains("人大");
		assertThat(indicators.values(gdp, DISTRICT, 2022, 2022)).singleElement().satisfies(v -> assertThat(v.value()).isEqualByComparingTo("870.92"));
		// 2025's target was 5.5 % on 2024's 955.25: 1,007.79, so 1,000.86 fell just short.
		Attainment attained = indicators.attainment(gdp, DISTRICT, 2025, 12);
		assertThat(attained.target()).isEqualByComparingTo("1007.7888");
		assertThat(attained.attainmentPct()).isEqualByComparingTo("99.31");
		assertThat(attained.growthNeededPct()).isNull();
		// 荷塘镇 aims past 100 亿元 in 2026 and says so; the towns add up to the district's target.
		TargetCascade cascade = indicators.cascade(gdp, 2026);
		assertThat(indicators.target(gdp, HETANG, 2026).orElseThrow().value()).isEqualByComparingTo("101");
		assertThat(cascade.difference().abs()).isLessThan(new BigDecimal("0.01"));
		assertThat(cascade.unexplained()).isEmpty();
	}

	@Test
	void aRevisionKeepsTheValueItReplacesAndWithoutTheFlagNothingChanges() {
		long industry = indicators.indicatorByCode("INDUSTRY_VALUE").orElseThrow().id();
		BigDecimal before = indicators.values(industry, DISTRICT, 2026, 2026).stream().filter(v -> v.month() == 3).findFirst().orElseThrow().value();
		assertThatThrownBy(() -> administration.record(industry, new ValueInput(DISTRICT, 2026, 3, new BigDecimal("70"), null, null, false, false),
				STATISTICS)).isInstanceOfSatisfying(ValidationException.class,
						e -> assertThat(e.violations()).extracting(Violation::messageKey).containsExactly("economy.value.recorded"));
		IndicatorValue revised = administration.record(industry, new ValueInput(DISTRICT, 2026, 3, new BigDecimal("64.5"), new BigDecimal("4.0"),
				"统计快报修订", true, false), STATISTICS);
		assertThat(revised.value()).isEqualByComparingTo("64.5");
		List<IndicatorValue> history = indicators.revisions(industry, DISTRICT, 2026, 3);
		assertThat(history).hasSize(2);
		assertThat(history.get(0).current()).isTrue();
		assertThat(history.get(1).current()).isFalse();
		assertThat(history.get(1).value()).isEqualByComparingTo(before);
		assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE target_type = 'indicator-value' AND target_id = ?")
			.param(String.valueOf(revised.id())).query(String.class).single()).isEqualTo("economy.value.revised");
	}

	@Test
	void badValuesAndTargetsAreRefusedWithTheirReasonsAndChangeNothing() {
		long gdp = gdp();
		long industry = indicators.indicatorByCode("INDUSTRY_VALUE").orElseThrow().id();
		long values = jdbc.sql("SELECT count(*) FROM indicator_value").query(Long.class).single();
		// A quarterly indicator in May, a place outside the district, a cumulative value below April's.
		expect(() -> administration.record(gdp, new ValueInput(DISTRICT, 2027, 5, BigDecimal.TEN, null, null, false, false), STATISTICS),
				"economy.month.QUARTERLY_CUMULATIVE");
		expect(() -> administration.record(gdp, new ValueInput("440104", 2027, 3, BigDecimal.TEN, null, null, false, false), STATISTICS),
				"economy.place.unknown");
		administration.record(industry, new ValueInput(HETANG, 2027, 4, new BigDecimal("10"), null, null, false, false), STATISTICS);
		expect(() -> administration.record(industry, new ValueInput(HETANG, 2027, 5, new BigDecimal("9.5"), null, null, false, false), STATISTICS),
				"economy.value.below-previous");
		assertThat(jdbc.sql("SELECT count(*) FROM indicator_value").query(Long.class).single()).isEqualTo(values + 1);
		// 900 % is a slip for 9.00.
		expect(() -> administration.setTarget(gdp, new TargetInput(DISTRICT, 2027, TargetKind.GROWTH, new BigDecimal("900"), null), STATISTICS),
				"economy.target.growth.range");
		assertThat(indicators.target(gdp, DISTRICT, 2027)).isEmpty();
		Actor reader = new Actor(9102L, "reader", "读者", null, Set.of(Permissions.ECONOMY_READ));
		assertThatThrownBy(() -> administration.setTarget(gdp, new TargetInput(DISTRICT, 2027, TargetKind.GROWTH, BigDecimal.ONE, null), reader))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void aMonthNotReportedIsSkippedBackToTheOneBefore() {
		long retail = indicators.indicatorByCode("RETAIL_SALES").orElseThrow().id();
		// January–February come together (1-2月): nothing for January, the month asked for is March, whose figure is missing.
		administration.record(retail, new ValueInput(HETANG, 2026, 2, new BigDecimal("8"), new BigDecimal("3"), null, false, false), STATISTICS);
		administration.record(retail, new ValueInput(HETANG, 2025, 2, new BigDecimal("7.6"), null, null, false, false), STATISTICS);
		administration.record(retail, new ValueInput(HETANG, 2025, 12, new BigDecimal("50"), null, null, false, false), STATISTICS);
		administration.setTarget(retail, new TargetInput(HETANG, 2026, TargetKind.LEVEL, new BigDecimal("53"), null), STATISTICS);
		Attainment a = indicators.attainment(retail, HETANG, 2026, 3);
		assertThat(a.asOfMonth()).isEqualTo(2);
		assertThat(a.growthSoFarPct()).isEqualByComparingTo("5.26"); // 8 / 7.6
		assertThat(a.growthNeededPct()).isEqualByComparingTo("6.13"); // 45 still to do on last year's 42.4
	}

	@Test
	void anImportWithABadRowWritesNothingAndNamesEveryBadRow() {
		long before = jdbc.sql("SELECT count(*) FROM indicator_value").query(Long.class).single();
		String csv = """
				指标名称,地区,期别,本月止累计,同比增长(%),来源
				工业投资,荷塘镇,2027年1-3月,5.2,12.5,区统计局
				工业投资,荷塘镇,2027年1-4月,4.9,11.0,区统计局
				旅游收入,荷塘镇,2027年1-4月,3,1,区统计局
				工业投资,广州市,2027年1-4月,3,1,区统计局
				工业投资,杜阮镇,2027年13月,3,1,区统计局
				工业投资,杜阮镇,2027年1-4月,三点五,1,区统计局
				""";
		assertThatThrownBy(() -> imports.importValues("values.csv", csv.getBytes(StandardCharsets.UTF_8), null, null, STATISTICS))
			.isInstanceOfSatisfying(ImportRefusedException.class, e -> assertThat(e.problems())
				.extracting(problem -> problem.row() + ":" + problem.messageKey())
				.containsExactly("3:economy.value.below-previous", "4:economy.indicator.unknown", "5:economy.place.unknown",
						"6:economy.import.period", "7:economy.import.number"));
		assertThat(jdbc.sql("SELECT count(*) FROM indicator_value").query(Long.class).single()).isEqualTo(before);

		String good = """
				指标名称,地区,期别,本月止累计,同比增长(%)
				工业投资,荷塘镇,2027年1-4月,6.1,11.0
				工业投资,荷塘镇,2027年1-3月,5.2,12.5
				工业投资,荷塘镇,2027年1-3月,5.3,12.6
				""";
		assertThatThrownBy(() -> imports.importValues("values.csv", good.getBytes(StandardCharsets.UTF_8), null, null, STATISTICS))
			.isInstanceOfSatisfying(ImportRefusedException.class, e -> assertThat(e.problems()).extracting(ImportProblem::messageKey)
				.containsExactly("economy.value.recorded"));
		String revised = good.replace("5.3,12.6", "5.3,12.6,是").replace("同比增长(%)", "同比增长(%),修订");
		IndicatorImport.Outcome outcome = imports.importValues("values.csv", revised.getBytes(StandardCharsets.UTF_8), null, null, STATISTICS);
		assertThat(outcome.rows()).isEqualTo(3);
		assertThat(outcome.recorded()).isEqualTo(2);
		assertThat(outcome.revised()).isEqualTo(1);
	}

	private long gdp() {
		return indicators.indicatorByCode("GDP").orElseThrow().id();
	}

	private static void expect(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
		assertThatThrownBy(call).isInstanceOfSatisfying(ValidationException.class,
				e -> assertThat(e.violations()).extracting(Violation::messageKey).contains(key));
	}
}
