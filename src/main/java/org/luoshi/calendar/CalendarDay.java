package org.luoshi.calendar;

import java.time.LocalDate;

/**
 * One day of the working-day calendar.
 *
 * @param date the day
 * @param kind working day, weekend, holiday or make-up working day
 * @param name the festival a holiday or make-up working day belongs to (国庆节, 春节 …); {@code null} for an ordinary day
 * @param published whether the State Council's notice for the day's year is in the calendar; when not, the day was
 *     judged by the day of the week alone and may turn out to be a holiday or a make-up working day
 */
public record CalendarDay(LocalDate date, DayKind kind, String name, boolean published) {

	public boolean working() {
		return kind.working();
	}
}
