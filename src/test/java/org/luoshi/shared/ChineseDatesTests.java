package org.luoshi.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Deadlines in the words offices write them, each read as the last day it allows: whole cells of a ledger (as the
 * ledger import reads them) and deadlines inside a report's sentences (as the report reader reads them).
 */
class ChineseDatesTests {

	@ParameterizedTest
	@CsvSource({ "2026-06-30, 2026-06-30", "2026/6/30, 2026-06-30", "2026.6.30, 2026-06-30", "2026年6月30日, 2026-06-30",
			"2026年6月30号, 2026-06-30", "2026年6月30日前, 2026-06-30", "20260630, 2026-06-30", "２０２６／６／３０, 2026-06-30",
			"2026 年 6 月 30 日, 2026-06-30", "2026年6月底, 2026-06-30", "2026年6月底前, 2026-06-30", "2026年2月底, 2026-02-28",
			"2028年2月末, 2028-02-29", "2026年底, 2026-12-31", "2026年年底, 2026-12-31", "2026年年底前, 2026-12-31", "2026年末, 2026-12-31",
			"2026年第一季度, 2026-03-31", "2026年第二季度, 2026-06-30", "2026年二季度, 2026-06-30", "2026年第3季度, 2026-09-30",
			"2026年四季度末, 2026-12-31" })
	void readsEachFormAsItsLastDay(String text, LocalDate deadline) {
		assertThat(ChineseDates.deadlineCell(text)).isEqualTo(deadline);
	}

	@ParameterizedTest
	@ValueSource(strings = { "长期坚持", "持续推进", "6月底", "2026年6月", "2026年6月前", "2026-02-30", "2026年13月底", "2026年第五季度",
			"0226-06-30", "2026-06-30至2026-12-31", "2026年6月底前完成方案，12月底前全面完成" })
	void readsNoDeadlineFromAnythingElse(String text) {
		assertThat(ChineseDates.deadlineCell(text)).isNull();
	}

	@ParameterizedTest
	@CsvSource({ "在6月底前完成, 2026-06-30", "三季度末前建成, 2026-09-30", "年底前实现全覆盖, 2026-12-31", "上半年完成, 2026-06-30",
			"力争明年投产, 2027-12-31", "2027年第二季度开工, 2027-06-30", "十二月底前完成, 2026-12-31",
			"6月底前完成方案，12月底前全面完成, 2026-12-31", "比2020年增长一倍，年内完成, 2026-12-31",
			"在2025年12月底前完成排查, 2025-12-31" })
	void readsTheLatestDeadlineInASentenceOfTheYearItPlans(String text, LocalDate deadline) {
		assertThat(ChineseDates.latestDeadlineIn(text, 2026, 2026)).isEqualTo(deadline);
	}

	@ParameterizedTest
	@ValueSource(strings = { "持续推进", "比2020年增长一倍", "第十三个五年规划", "6月", "2200年底" })
	void findsNoDeadlineInASentenceThatNamesNone(String text) {
		assertThat(ChineseDates.latestDeadlineIn(text, 2026, 2026)).isNull();
	}
}
