package org.luoshi.calendar.internal;

/** Where a year or a day of the calendar comes from. */
public enum Origin {
	/** Shipped with Luoshi from the State Council's notice (a migration). */
	NOTICE,
	/** Added or changed by the district, on the calendar page or through the API. */
	DISTRICT
}
