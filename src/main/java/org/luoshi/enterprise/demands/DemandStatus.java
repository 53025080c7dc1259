package org.luoshi.enterprise.demands;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a demand stands. Raised, it goes by its route to a unit ({@link #ASSIGNED}), or waits for the district's desk to
 * dispatch it ({@link #SUBMITTED}) when no route fits. The unit signs for it ({@link #IN_PROGRESS}) or returns it with a
 * reason ({@link #RETURNED}), which the desk decides (仲裁): the unit keeps it, or another takes it. The unit's answer
 * waits for the enterprise's rating ({@link #ANSWERED}); satisfied or basically satisfied, the demand is
 * {@link #CLOSED}; not satisfied, it is handled again (重办, back to {@link #IN_PROGRESS}) on the same clock. A demand
 * that repeats another is {@link #MERGED} into it; the enterprise may withdraw one not yet answered ({@link #WITHDRAWN}).
 */
public enum DemandStatus {
	SUBMITTED, ASSIGNED, RETURNED, IN_PROGRESS, ANSWERED, CLOSED, MERGED, WITHDRAWN;

	/** Somebody still owes the enterprise an answer: the clock runs, it can be overdue, reminded and escalated. */
	public static final Set<DemandStatus> OPEN = Set.copyOf(EnumSet.of(SUBMITTED, ASSIGNED, RETURNED, IN_PROGRESS));

	public boolean isOpen() {
		return OPEN.contains(this);
	}

	public boolean isFinished() {
		return this == CLOSED || this == MERGED || this == WITHDRAWN;
	}
}
