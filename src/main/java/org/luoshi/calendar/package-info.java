/**
 * Calendar: the district's working-day calendar (工作日历). The State Council publishes each November which days of the
 * next year are holidays (放假) and which weekend days are worked instead (调休上班); Luoshi ships those notices as
 * migrations (2024 to 2026 so far) and the district office keeps the calendar up to date on its own page
 * ({@code /calendar}) and through the API ({@code /api/v1/calendar}): it marks and unmarks days and adds a year whose
 * notice Luoshi does not ship yet. Every change is validated and audited ({@link org.luoshi.shared.RecordChanged}).
 *
 * <p>Publishes {@link org.luoshi.calendar.WorkingDays}, the facade that counts time limits in working days
 * ({@link org.luoshi.calendar.WorkingCalendar} explains how), with its values {@link org.luoshi.calendar.CalendarDay},
 * {@link org.luoshi.calendar.DayKind}, {@link org.luoshi.calendar.Deadline} and
 * {@link org.luoshi.calendar.WorkingDayCount}. A year without a notice counts plain weekends and every answer says
 * so. Instances sharing a database see each other's edits at their next question (a counter the tables' triggers move).
 *
 * <p>Depends only on the shared kernel; writes need {@code calendar:manage} over the whole district.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Working-day calendar")
package org.luoshi.calendar;
