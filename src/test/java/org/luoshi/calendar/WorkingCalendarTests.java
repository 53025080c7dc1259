package org.luoshi.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.luoshi.calendar.WorkingCalendar.Marking;

/** The counting rules on a calendar built by hand: one published year with a week-long holiday and its make-up days. */
class WorkingCalendarTests {

	/** 2026's National Day as its notice has it, and nothing else: enough to see every rule at work. */
	static final WorkingCalendar CALENDAR = WorkingCalendar.of(Set.of(2026), Map.of(
			LocalDate.parse("2026-09-20"), new Marking(DayKind.MAKEUP_WORKDAY, "国庆节"),
			LocalDate.parse("2026-10-01"), new Marking(DayKind.HOLIDAY, "国庆节"),
			LocalDate.parse("2026-10-02"), new Marking(DayKind.HOLIDAY, "国庆节"),
			LocalDate.parse("2026-10-03"), new Marking(DayKind.HOLIDAY, "国庆节"),
			LocalDate.parse("2026-10-04"), new Marking(DayKind.HOLIDAY, "国庆节"),
			LocalDate.parse("2026-10-05"), new Marking(DayKind.HOLIDAY, "国庆节"),
			LocalDate.parse("2026-10-06"), new Marking(DayKind.HOLIDAY, "国庆节"),
			LocalDate.parse("2026-10-07"), new Marking(DayKind.HOLIDAY, "国庆节"),
			LocalDate.parse("2026-10-10"), new Marking(DayKind.MAKEUP_WORKDAY, "国庆节")));

	@Test
	void theStartDayNeverCountsEvenWhenItIsAWorkingDay() {
		assertThat(due("2026-11-02", 1)).isEqualTo("2026-11-03");
		assertThat(due("2026-11-06", 1)).as("from a Friday: the next Monday").isEqualTo("2026-11-09");
		assertThat(due("2026-11-07", 1)).as("from a Saturday: the Monday after").isEqualTo("2026-11-09");
	}

	@Test
	void holidaysAreSkippedAndMakeUpDaysCount() {
		assertThat(due("2026-09-30", 1)).isEqualTo("2026-10-08");
		assertThat(due("2026-10-03", 1)).as("from inside the holiday").isEqualTo("2026-10-08");
		assertThat(due("2026-10-08", 2)).as("ends on the make-up Saturday").isEqualTo("2026-10-10");
		assertThat(due("2026-09-18", 1)).as("ends on the make-up Sunday").isEqualTo("2026-09-20");
	}

	@Test
	void aDeadlineIsAlwaysAWorkingDay() {
		for (int offset = 0; offset < 400; offset++) {
			for (int limit : new int[] { 1, 2, 5, 15 }) {
				LocalDate start = LocalDate.parse("2026-01-01").plusDays(offset);
				assertThat(CALENDAR.isWorkingDay(CALENDAR.deadline(start, limit).due())).isTrue();
			}
		}
	}

	@Test
	void countingBetweenUndoesTheDeadline() {
		for (int offset = 0; offset < 400; offset++) {
			LocalDate start = LocalDate.parse("2026-01-01").plusDays(offset);
			for (int limit : new int[] { 1, 3, 7, 20 }) {
				assertThat(CALENDAR.between(start, CALENDAR.deadline(start, limit).due()).workingDays()).isEqualTo(limit);
			}
		}
	}

	@Test
	void countingBetweenAgreesWithCountingDayByDay() {
		Random random = new Random(20261001);
		for (int round = 0; round < 2_000; round++) {
			LocalDate from = LocalDate.parse("2025-06-01").plusDays(random.nextInt(900));
			LocalDate to = from.plusDays(random.nextInt(120) - 20);
			assertThat(CALENDAR.between(from, to).workingDays()).as(from + " → " + to).isEqualTo(dayByDay(from, to));
		}
	}

	@Test
	void remainingAndOverdueAreTheSameCountSeenFromEitherSide() {
		LocalDate due = LocalDate.parse("2026-10-08");
		assertThat(CALENDAR.between(LocalDate.parse("2026-09-29"), due).workingDays()).as("remaining").isEqualTo(2);
		assertThat(CALENDAR.between(due, due).workingDays()).as("due today").isZero();
		assertThat(CALENDAR.between(due, LocalDate.parse("2026-10-12")).workingDays()).as("overdue by").isEqualTo(3);
		assertThat(CALENDAR.between(LocalDate.parse("2026-10-12"), due).workingDays()).isEqualTo(-3);
	}

	@Test
	void aYearHasItsWeekdaysLessItsHolidaysOnWeekdaysAndItsMakeUpDays() {
		assertThat(CALENDAR.workingDaysIn(2026)).as("261 weekdays, 5 of them off, 2 weekend days worked").isEqualTo(258);
		assertThat(CALENDAR.workingDaysIn(2027)).as("a year not published: its weekdays").isEqualTo(261);
	}

	@Test
	void aYearNotPublishedCountsPlainWeekendsAndSaysSo() {
		CalendarDay newYear = CALENDAR.day(LocalDate.parse("2027-01-01"));
		assertThat(newYear.kind()).isEqualTo(DayKind.WORKDAY);
		assertThat(newYear.published()).isFalse();
		Deadline intoNextYear = CALENDAR.deadline(LocalDate.parse("2026-12-30"), 3);
		assertThat(intoNextYear.due()).isEqualTo("2027-01-04");
		assertThat(intoNextYear.published()).isFalse();
		assertThat(CALENDAR.deadline(LocalDate.parse("2026-12-01"), 3).published()).isTrue();
		assertThat(CALENDAR.between(LocalDate.parse("2026-12-01"), LocalDate.parse("2027-01-05")).published()).isFalse();
		assertThat(CALENDAR.day(LocalDate.parse("2026-06-01")).published()).isTrue();
	}

	@Test
	void aDayKnowsItsKindAndFestival() {
		assertThat(CALENDAR.day(LocalDate.parse("2026-10-01"))).isEqualTo(new CalendarDay(LocalDate.parse("2026-10-01"), DayKind.HOLIDAY, "国庆节", true));
		assertThat(CALENDAR.day(LocalDate.parse("2026-10-10")).working()).isTrue();
		assertThat(CALENDAR.day(LocalDate.parse("2026-10-11"))).isEqualTo(new CalendarDay(LocalDate.parse("2026-10-11"), DayKind.WEEKEND, null, true));
		assertThat(CALENDAR.markedDays(2026)).hasSize(9).first().extracting(CalendarDay::date).isEqualTo(LocalDate.parse("2026-09-20"));
		assertThat(CALENDAR.markedDays(2027)).isEmpty();
	}

	@Test
	void refusesLimitsThatAreNoLimits() {
		assertThatThrownBy(() -> CALENDAR.deadline(LocalDate.parse("2026-10-01"), 0)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> CALENDAR.deadline(LocalDate.parse("2026-10-01"), -3)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> CALENDAR.deadline(LocalDate.parse("2026-10-01"), WorkingCalendar.MOST_WORKING_DAYS + 1))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(CALENDAR.deadline(LocalDate.parse("2026-10-01"), WorkingCalendar.MOST_WORKING_DAYS).due()).isAfter("2035-01-01");
	}

	@Test
	void refusesMarkingsNoNoticeCouldMake() {
		assertThatThrownBy(() -> WorkingCalendar.of(Set.of(2026), Map.of(LocalDate.parse("2026-10-08"), new Marking(DayKind.MAKEUP_WORKDAY, "国庆节"))))
			.hasMessageContaining("not a Saturday or Sunday");
		assertThatThrownBy(() -> WorkingCalendar.of(Set.of(2026), Map.of(LocalDate.parse("2027-01-01"), new Marking(DayKind.HOLIDAY, "元旦"))))
			.hasMessageContaining("not published");
		assertThatThrownBy(() -> new Marking(DayKind.WEEKEND, "周末")).isInstanceOf(IllegalArgumentException.class);
	}

	private static String due(String start, int limit) {
		return CALENDAR.deadline(LocalDate.parse(start), limit).due().toString();
	}

	private static long dayByDay(LocalDate from, LocalDate to) {
		LocalDate first = from.isBefore(to) ? from : to;
		LocalDate last = from.isBefore(to) ? to : from;
		long count = 0;
		for (LocalDate day = first.plusDays(1); !day.isAfter(last); day = day.plusDays(1)) {
			if (CALENDAR.isWorkingDay(day)) {
				count++;
			}
		}
		return from.isBefore(to) ? count : -count;
	}
}
