package org.luoshi.supervision;

import java.util.Set;

/**
 * Where a task stands. A task is written as a {@link #DRAFT} until it has a lead unit and a deadline, then
 * {@link #ISSUED} (交办) to its lead unit, which signs for it (签收, {@link #IN_PROGRESS}) or returns it with a reason
 * (退回, {@link #RETURNED}) to the issuer, who corrects and issues it again or cancels it. Work in progress ends with
 * a request for completion with evidence ({@link #COMPLETION_REQUESTED}); the issuer reviews it and closes the task
 * (销号, {@link #CLOSED}) or sends it back to {@link #IN_PROGRESS}.
 */
public enum TaskStatus {
	DRAFT, ISSUED, RETURNED, IN_PROGRESS, COMPLETION_REQUESTED, CLOSED, CANCELLED;

	/** Statuses in which the task is still somebody's work: it can be late, reminded and supervised. */
	public static final Set<TaskStatus> OPEN = Set.of(ISSUED, RETURNED, IN_PROGRESS, COMPLETION_REQUESTED);

	public boolean isOpen() {
		return OPEN.contains(this);
	}

	public boolean isFinished() {
		return this == CLOSED || this == CANCELLED;
	}
}
