package org.luoshi.legalservice.lectures.internal;

/** What can be done to a lecture; which side may do it in which status is {@link LectureLifecycle#TABLE}. */
public enum LectureStep {
	/** Open registration (开放报名). */
	OPEN_REGISTRATION,
	/** Take a seat, or a place on the waiting list. */
	REGISTER,
	/** Give a seat (or a place on the waiting list) back; the first waiting is promoted. */
	CANCEL_REGISTRATION,
	/** Check someone in at the door (签到). */
	CHECK_IN,
	/** Record that the lecture took place. */
	MARK_HELD,
	/** Rate the lecture, 1–5 with a comment, having attended. */
	GIVE_FEEDBACK,
	/** Call the lecture off. */
	CANCEL
}
