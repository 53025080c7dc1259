package org.luoshi.calendar;

/** What a day is for counting time limits in working days. */
public enum DayKind {

	/** Monday to Friday that no notice makes a rest day. */
	WORKDAY(true),
	/** Saturday or Sunday that no notice makes a working day. */
	WEEKEND(false),
	/** A rest day the State Council's notice (or the district) names: 法定节假日 and the days moved next to it (放假). */
	HOLIDAY(false),
	/** A Saturday or Sunday worked instead of a day of a holiday (调休上班). */
	MAKEUP_WORKDAY(true);

	private final boolean working;

	DayKind(boolean working) {
		this.working = working;
	}

	public boolean working() {
		return working;
	}

	/** Whether the district marks days of this kind; the others follow from the day of the week. */
	public boolean marked() {
		return this == HOLIDAY || this == MAKEUP_WORKDAY;
	}
}
