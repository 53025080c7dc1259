package org.luoshi.enterprise.visits;

/** A visit is planned, then recorded once it took place, or cancelled. Recorded and cancelled visits do not change. */
public enum VisitStatus {
	PLANNED, RECORDED, CANCELLED;

	public boolean isFinished() {
		return this != PLANNED;
	}
}
