package org.luoshi.calendar;

import java.time.LocalDate;

/**
 * The last day of a time limit counted in working days: the {@code workingDays}-th working day after {@code start}.
 *
 * @param start the day the time starts to run from (received, signed …); it does not count itself
 * @param workingDays the limit, at least 1
 * @param due the last day on which the limit is kept; always a working day
 * @param published whether every year the count passed through is in the calendar; when not, {@code due} is counted
 *     with plain weekends for those years and may move once their notice is entered
 */
public record Deadline(LocalDate start, int workingDays, LocalDate due, boolean published) {
}
