package org.luoshi.legalservice.lectures.internal;

/** Who an actor is to a lecture ({@link LectureAccess#sides}). */
public enum LectureSide {
	/** The justice bureau, or the staff of the lecture's point. */
	ORGANISER,
	/** The practitioner who gives it. */
	EXPERT,
	/** An enterprise's own account. */
	ENTERPRISE,
	/** Anyone on the public page. */
	PUBLIC,
	/** Holds a registration of it (a seat or a place on the waiting list). */
	REGISTRANT,
	/** Was checked in. */
	ATTENDEE
}
