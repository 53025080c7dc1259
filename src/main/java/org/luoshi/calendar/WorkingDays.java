package org.luoshi.calendar;

import java.time.LocalDate;

/**
 * The district's working-day calendar, for every module that counts time limits in working days (demands, and
 * supervision when it wants to). Each question is answered from the calendar as last committed by any instance:
 * asking costs one read of a one-row counter, and the calendar itself is read again only after someone changed it.
 * A caller asking many questions at once (a list, a recount) takes {@link #calendar()} once and asks it.
 *
 * <p>How limits are counted (the start day does not count) is explained on {@link WorkingCalendar}.
 */
public interface WorkingDays {

	/** The calendar as last committed. */
	WorkingCalendar calendar();

	default boolean isWorkingDay(LocalDate date) {
		return calendar().isWorkingDay(date);
	}

	/** The day's kind (working day, weekend, holiday, make-up working day), its festival's name and whether its year is published. */
	default CalendarDay day(LocalDate date) {
		return calendar().day(date);
	}

	/** The {@code workingDays}-th working day after {@code start}: the last day of a limit running from {@code start}. */
	default Deadline deadline(LocalDate start, int workingDays) {
		return calendar().deadline(start, workingDays);
	}

	/** The working days after {@code from} up to and including {@code to}: remaining until a deadline, or overdue by. */
	default WorkingDayCount between(LocalDate from, LocalDate to) {
		return calendar().between(from, to);
	}

	/** Whether the State Council's notice for the year is in the calendar; when not, the year counts plain weekends. */
	default boolean isPublished(int year) {
		return calendar().isPublished(year);
	}
}
