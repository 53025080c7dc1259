package org.luoshi.enterprise.proposals;

import java.util.Set;

/**
 * Where a proposal stands. Submitted, it waits for the proposal committee: accepted ({@link #ACCEPTED}, 立案, numbered),
 * not accepted ({@link #REJECTED}, 不予立案, with a reason), or returned to its proposer to revise
 * ({@link #RETURNED_FOR_REVISION}), who may also withdraw it ({@link #WITHDRAWN}). Accepted, it is assigned to its units
 * ({@link #ASSIGNED}, 交办), whose lead unit answers ({@link #ANSWERED}); the proposer's evaluation closes it
 * ({@link #CLOSED}), keeps a B answer in follow-up until it is done ({@link #IN_FOLLOW_UP}, 跟踪落实), or — 不满意 — sends
 * it back to {@link #ASSIGNED} to be answered again (再次办理).
 */
public enum ProposalStatus {
	SUBMITTED, RETURNED_FOR_REVISION, REJECTED, WITHDRAWN, ACCEPTED, ASSIGNED, ANSWERED, IN_FOLLOW_UP, CLOSED;

	/** A unit owes an answer: the clock runs. */
	public boolean awaitsAnswer() {
		return this == ASSIGNED;
	}

	/** Nothing more happens to it (a rejected one may still become a public-opinion report). */
	public boolean isFinished() {
		return FINISHED.contains(this);
	}

	private static final Set<ProposalStatus> FINISHED = Set.of(REJECTED, WITHDRAWN, CLOSED);
}
