package org.luoshi.legalservice.lectures.internal;

/** Where a lecture stands: planned (registration not open yet), open for registration, held, or cancelled. */
public enum LectureStatus {
	PLANNED, OPEN, HELD, CANCELLED;

	public boolean finished() {
		return this == HELD || this == CANCELLED;
	}
}
