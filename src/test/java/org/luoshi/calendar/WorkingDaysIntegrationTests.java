package org.luoshi.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.luoshi.calendar.internal.CalendarAdministration;
import org.luoshi.calendar.internal.CalendarAdministration.SetDays;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.LuoshiInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The facade on the calendar as shipped (the State Council's notices for 2024 to 2026, migrated into PostgreSQL), and
 * an edit made on one instance seen at once by another on the same database.
 */
@IntegrationTest
class WorkingDaysIntegrationTests {

	@Autowired
	WorkingDays workingDays;

	@Autowired
	CalendarAdministration administration;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Environment environment;

	// ---- 2026, 国办发明电〔2025〕7号

	@Test
	void nationalDay2026IsSevenDaysOffWithASundayAndASaturdayWorked() {
		for (LocalDate day = date("2026-10-01"); !day.isAfter(date("2026-10-07")); day = day.plusDays(1)) {
			assertThat(workingDays.day(day)).isEqualTo(new CalendarDay(day, DayKind.HOLIDAY, "国庆节", true));
		}
		assertThat(workingDays.day(date("2026-09-20"))).isEqualTo(new CalendarDay(date("2026-09-20"), DayKind.MAKEUP_WORKDAY, "国庆节", true));
		assertThat(workingDays.day(date("2026-10-10"))).isEqualTo(new CalendarDay(date("2026-10-10"), DayKind.MAKEUP_WORKDAY, "国庆节", true));
		assertThat(workingDays.isWorkingDay(date("2026-10-08"))).isTrue();
		assertThat(workingDays.isWorkingDay(date("2026-10-11"))).as("the Sunday after is an ordinary weekend").isFalse();

		assertThat(due("2026-09-30", 1)).as("received the day before the holiday").isEqualTo("2026-10-08");
		assertThat(due("2026-10-02", 1)).as("received during the holiday").isEqualTo("2026-10-08");
		assertThat(due("2026-09-30", 3)).as("a limit ending on the make-up Saturday").isEqualTo("2026-10-10");
		assertThat(due("2026-09-18", 1)).as("a limit ending on the make-up Sunday").isEqualTo("2026-09-20");
		assertThat(due("2026-09-24", 5)).as("中秋节 25–27 and 国庆节 in one limit").isEqualTo("2026-10-09");
	}

	@Test
	void springFestival2026IsNineDaysOffBetweenTwoSaturdaysWorked() {
		List<CalendarDay> springFestival = workingDays.calendar().markedDays(2026).stream().filter(day -> day.name().equals("春节")).toList();
		assertThat(springFestival).filteredOn(day -> day.kind() == DayKind.HOLIDAY).extracting(CalendarDay::date)
			.containsExactly(date("2026-02-15"), date("2026-02-16"), date("2026-02-17"), date("2026-02-18"), date("2026-02-19"),
					date("2026-02-20"), date("2026-02-21"), date("2026-02-22"), date("2026-02-23"));
		assertThat(springFestival).filteredOn(day -> day.kind() == DayKind.MAKEUP_WORKDAY).extracting(CalendarDay::date)
			.containsExactly(date("2026-02-14"), date("2026-02-28"));

		assertThat(due("2026-02-13", 1)).as("from a Friday to the make-up Saturday").isEqualTo("2026-02-14");
		assertThat(due("2026-02-13", 2)).isEqualTo("2026-02-24");
		assertThat(due("2026-02-12", 5)).isEqualTo("2026-02-26");
		assertThat(due("2026-02-26", 2)).as("ends on the second make-up Saturday").isEqualTo("2026-02-28");
	}

	@Test
	void countsTheWorkingDaysBetweenTwoDaysForWhatRemainsAndWhatIsOverdue() {
		assertThat(between("2026-09-30", "2026-10-08")).as("one working day across the holiday").isEqualTo(1);
		assertThat(between("2026-09-29", "2026-10-10")).as("remaining until a deadline on the make-up Saturday").isEqualTo(4);
		assertThat(between("2026-10-10", "2026-10-10")).as("due today").isZero();
		assertThat(between("2026-09-30", "2026-10-12")).as("overdue by, counted from the deadline").isEqualTo(4);
		assertThat(between("2026-10-12", "2026-09-30")).isEqualTo(-4);
		assertThat(between("2026-02-13", "2026-03-02")).isEqualTo(7);
		assertThat(workingDays.between(date("2025-12-31"), date("2026-12-31"))).isEqualTo(
				new WorkingDayCount(date("2025-12-31"), date("2026-12-31"), 248, true));
	}

	@Test
	void aYearWhoseNoticeIsNotInTheCalendarCountsPlainWeekendsAndSaysSo() {
		assertThat(workingDays.isPublished(2026)).isTrue();
		assertThat(workingDays.isPublished(2027)).isFalse();
		assertThat(workingDays.isPublished(2030)).isFalse();
		assertThat(workingDays.day(date("2030-10-01"))).isEqualTo(new CalendarDay(date("2030-10-01"), DayKind.WORKDAY, null, false));
		assertThat(workingDays.day(date("2030-10-05"))).isEqualTo(new CalendarDay(date("2030-10-05"), DayKind.WEEKEND, null, false));

		Deadline acrossNewYear = workingDays.deadline(date("2026-12-30"), 3);
		assertThat(acrossNewYear.due()).as("2027-01-01 counts as an ordinary Friday").isEqualTo("2027-01-04");
		assertThat(acrossNewYear.published()).isFalse();
		assertThat(workingDays.deadline(date("2026-12-01"), 3).published()).isTrue();
		assertThat(workingDays.between(date("2026-12-01"), date("2027-01-08")).published()).isFalse();
	}

	// ---- 2024 and 2025, every day of their notices

	@Test
	void shipsEveryDayOfTheNoticesFor2024And2025() {
		WorkingCalendar calendar = workingDays.calendar();
		assertThat(calendar.publishedYears()).contains(2024, 2025, 2026);
		Map<Integer, long[]> counts = Map.of(2024, new long[] { 28, 8, 251 }, 2025, new long[] { 28, 5, 248 }, 2026, new long[] { 33, 6, 248 });
		counts.forEach((year, expected) -> {
			List<CalendarDay> marked = calendar.markedDays(year);
			assertThat(marked.stream().filter(day -> day.kind() == DayKind.HOLIDAY).count()).as(year + " holidays").isEqualTo(expected[0]);
			assertThat(marked.stream().filter(day -> day.kind() == DayKind.MAKEUP_WORKDAY).count()).as(year + " make-up days").isEqualTo(expected[1]);
			assertThat(calendar.workingDaysIn(year)).as(year + " working days")
				.isEqualTo(expected[2]);
			assertThat(marked).filteredOn(day -> day.kind() == DayKind.MAKEUP_WORKDAY)
				.allMatch(day -> WorkingCalendar.isWeekend(day.date()), "every make-up working day is a Saturday or Sunday");
		});
		assertThat(calendar.markedDays(2024)).filteredOn(day -> day.kind() == DayKind.MAKEUP_WORKDAY).extracting(CalendarDay::date)
			.containsExactly(date("2024-02-04"), date("2024-02-18"), date("2024-04-07"), date("2024-04-28"), date("2024-05-11"),
					date("2024-09-14"), date("2024-09-29"), date("2024-10-12"));
		assertThat(calendar.markedDays(2025)).filteredOn(day -> day.kind() == DayKind.MAKEUP_WORKDAY).extracting(CalendarDay::date)
			.containsExactly(date("2025-01-26"), date("2025-02-08"), date("2025-04-27"), date("2025-09-28"), date("2025-10-11"));
		assertThat(calendar.day(date("2024-02-09")).kind()).as("2024's 除夕 was only encouraged off").isEqualTo(DayKind.WORKDAY);
		assertThat(calendar.day(date("2024-06-08")).kind()).as("端午节 2024 joins an ordinary weekend").isEqualTo(DayKind.WEEKEND);
		assertThat(calendar.day(date("2024-06-10")).name()).isEqualTo("端午节");
		assertThat(calendar.day(date("2025-01-28"))).as("from 2025 the Spring Festival starts on 除夕")
			.isEqualTo(new CalendarDay(date("2025-01-28"), DayKind.HOLIDAY, "春节", true));
		assertThat(calendar.day(date("2025-05-02")).kind()).as("劳动节's second statutory day from 2025").isEqualTo(DayKind.HOLIDAY);
		assertThat(calendar.day(date("2025-10-08")).name()).isEqualTo("国庆节、中秋节");
		assertThat(jdbc.sql("SELECT year || ' ' || notice FROM calendar_year WHERE origin = 'NOTICE' ORDER BY year").query(String.class).list())
			.containsExactly("2024 国办发明电〔2023〕7号", "2025 国办发明电〔2024〕12号", "2026 国办发明电〔2025〕7号");
	}

	// ---- several instances

	@Test
	void anEditOnOneInstanceIsSeenByAnotherAtItsNextQuestion() {
		LocalDate day = date("2026-12-24");
		try (ConfigurableApplicationContext secondInstance = LuoshiInstance.alongside(environment)) {
			WorkingDays other = secondInstance.getBean(WorkingDays.class);
			assertThat(other.isWorkingDay(day)).as("the other instance keeps the calendar in memory now").isTrue();
			try {
				administration.setDays(new SetDays(day.toString(), null, "HOLIDAY", "本区调休"), CalendarFixtures.districtOffice());
				assertThat(other.day(day)).isEqualTo(new CalendarDay(day, DayKind.HOLIDAY, "本区调休", true));
				assertThat(other.deadline(date("2026-12-23"), 1).due()).isEqualTo("2026-12-25");
			}
			finally {
				administration.setDays(new SetDays(day.toString(), null, "ORDINARY", null), CalendarFixtures.districtOffice());
			}
			assertThat(other.isWorkingDay(day)).isTrue();
		}
	}

	@Test
	void aChangeMadeOutsideTheApplicationIsSeenToo() {
		LocalDate day = date("2026-12-26");
		assertThat(workingDays.isWorkingDay(day)).isFalse();
		try {
			jdbc.sql("INSERT INTO calendar_day (day, year, kind, name, origin) VALUES (?, 2026, 'MAKEUP_WORKDAY', '脚本', 'DISTRICT')").param(day).update();
			assertThat(workingDays.isWorkingDay(day)).isTrue();
		}
		finally {
			jdbc.sql("DELETE FROM calendar_day WHERE day = ?").param(day).update();
		}
		assertThat(workingDays.isWorkingDay(day)).isFalse();
	}

	private String due(String start, int limit) {
		return workingDays.deadline(date(start), limit).due().toString();
	}

	private long between(String from, String to) {
		return workingDays.between(date(from), date(to)).workingDays();
	}

	private static LocalDate date(String text) {
		return LocalDate.parse(text);
	}
}
