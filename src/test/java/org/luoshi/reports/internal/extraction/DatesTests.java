package org.luoshi.reports.internal.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class DatesTests {

	private static final Dates.Years YEARS_2024 = Dates.Years.of(2024, 2024);

	@Test
	void takesTheYearOfADateWithoutOneFromTheYearTheDocumentDeploys() {
		Integer deployed = Dates.deployedYear(List.of("会议总结2023年工作，分析形势，部署2024年工作。"));
		assertThat(deployed).isEqualTo(2024);
		assertThat(Dates.openingDate("1月10日，会议召开。", deployed, null)).isEqualTo(LocalDate.of(2024, 1, 10));
	}

	@Test
	void placesADecemberConferenceInTheYearBeforeTheOneItPlans() {
		assertThat(Dates.openingDate("12月26日至27日，市委经济工作会议召开。", 2025, null)).isEqualTo(LocalDate.of(2024, 12, 26));
	}

	@Test
	void fallsBackOnTheReferenceYearAndOtherwiseKnowsNoDate() {
		assertThat(Dates.openingDate("3月18日，会议召开。", null, 2025)).isEqualTo(LocalDate.of(2025, 3, 18));
		assertThat(Dates.openingDate("3月18日，会议召开。", null, null)).isNull();
	}

	@Test
	void findsTheYearAfterAReviewedYear() {
		assertThat(Dates.deployedYear(List.of("报告回顾了2024年工作。"))).isEqualTo(2025);
		assertThat(Dates.deployedYear(List.of("2025年工作要点"))).isEqualTo(2025);
		assertThat(Dates.deployedYear(List.of("没有年份"))).isNull();
	}

	@Test
	void readsDatesInChineseNumeralsAndDateLines() {
		assertThat(Dates.firstDate("二〇二四年一月十日", null, null)).isEqualTo(LocalDate.of(2024, 1, 10));
		assertThat(Dates.isDateLine("（2025年2月18日）")).isTrue();
		assertThat(Dates.isDateLine("2025年2月18日前完成")).isFalse();
	}

	@Test
	void doesNotTakeADeadlineForTheDateOfADocument() {
		assertThat(Dates.openingDate("3月底前完成征地。", 2025, null)).isNull();
	}

	@Test
	void resolvesDeadlinesToTheLastDayOfThePeriodNamed() {
		assertThat(Dates.deadline("力争今年新增一家", YEARS_2024)).isEqualTo(LocalDate.of(2024, 12, 31));
		assertThat(Dates.deadline("全年完成投资", YEARS_2024)).isEqualTo(LocalDate.of(2024, 12, 31));
		assertThat(Dates.deadline("确保6月底前完成", YEARS_2024)).isEqualTo(LocalDate.of(2024, 6, 30));
		assertThat(Dates.deadline("上半年开工", YEARS_2024)).isEqualTo(LocalDate.of(2024, 6, 30));
		assertThat(Dates.deadline("三季度完成", YEARS_2024)).isEqualTo(LocalDate.of(2024, 9, 30));
		assertThat(Dates.deadline("2月底前", YEARS_2024)).isEqualTo(LocalDate.of(2024, 2, 29));
		assertThat(Dates.deadline("2025年9月底", YEARS_2024)).isEqualTo(LocalDate.of(2025, 9, 30));
		assertThat(Dates.deadline("于2025年6月30日前", YEARS_2024)).isEqualTo(LocalDate.of(2025, 6, 30));
		assertThat(Dates.deadline("力争到2027年通过评估", YEARS_2024)).isEqualTo(LocalDate.of(2027, 12, 31));
		assertThat(Dates.deadline("明年建成", YEARS_2024)).isEqualTo(LocalDate.of(2025, 12, 31));
		assertThat(Dates.deadline("长期坚持", YEARS_2024)).isNull();
	}

	@Test
	void countsTheYearOfAPlanForPeriodsAndTheCurrentYearForTodayAndTomorrow() {
		Dates.Years december = Dates.Years.of(2024, 2025);
		assertThat(Dates.deadline("全年新开工项目200个", december)).isEqualTo(LocalDate.of(2025, 12, 31));
		assertThat(Dates.deadline("明年建成", december)).isEqualTo(LocalDate.of(2025, 12, 31));
	}

	@Test
	void ignoresYearsThatArePast() {
		assertThat(Dates.deadline("在2023年基础上提高", YEARS_2024)).isNull();
	}
}
