package org.luoshi.calendar;

import java.time.LocalDate;

/**
 * The working days after {@code from} up to and including {@code to}; negative when {@code to} is before {@code from}.
 * Counted this way, {@code count(start, deadline(start, n).due()) == n}: the working days remaining until a deadline
 * are {@code count(today, due)} (0 on the last day), and a limit is overdue by {@code count(due, today)} working days
 * when that is positive.
 *
 * @param from the day counted from (not itself counted)
 * @param to the day counted to (counted when it is a working day)
 * @param workingDays the working days between them, signed
 * @param published whether every year the count passed through is in the calendar (see {@link Deadline#published()})
 */
public record WorkingDayCount(LocalDate from, LocalDate to, long workingDays, boolean published) {
}
