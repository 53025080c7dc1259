package org.luoshi.calendar.internal;

/**
 * A year the calendar holds, with the notice it follows.
 *
 * @param notice the notice's number (国办发明电〔2025〕7号), empty when the district added the year without one
 * @param sourceUrl where the notice was read, or empty
 * @param holidays how many days of the year are marked as holidays
 * @param makeupWorkdays how many as make-up working days
 * @param districtDays how many marked days the district set or changed itself
 */
public record CalendarYear(int year, String notice, String sourceUrl, Origin origin, int holidays, int makeupWorkdays,
		int districtDays) {
}
