package org.luoshi.calendar.internal;

import org.luoshi.calendar.DayKind;

/** What the district may set a day to: one of the two marked kinds, or back to an ordinary day. */
public enum DaySetting {

	HOLIDAY(DayKind.HOLIDAY),
	MAKEUP_WORKDAY(DayKind.MAKEUP_WORKDAY),
	/** No marking: the day is a working day from Monday to Friday, a rest day on Saturday and Sunday. */
	ORDINARY(null);

	private final DayKind kind;

	DaySetting(DayKind kind) {
		this.kind = kind;
	}

	/** The marked kind; {@code null} for {@link #ORDINARY}. */
	public DayKind kind() {
		return kind;
	}
}
