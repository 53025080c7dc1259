package org.luoshi.enterprise.visits.internal;

/** The parts an actor may play on a visit; which one an actor has is decided in {@link VisitAccess.Scope#sides}. */
enum VisitSide {
	/** {@code visit:record} over the organizing unit: plans, edits, records and cancels the visit. */
	ORGANIZER
}
