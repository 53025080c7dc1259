package org.luoshi.enterprise.proposals;

import java.time.LocalDate;

/**
 * A public-opinion report against the office's time limit for its next step, in working days (the district's
 * calendar): {@link Limit#EXAMINE} — adopt or decline it — from its submission, {@link Limit#FORWARD} — forward it —
 * from its adoption. While the office owes the step: the working days left until {@code dueOn} (0 on the last day) or,
 * once past it, the working days it is overdue; once taken, whether it was taken in time.
 *
 * @param light GREEN in time, YELLOW on its last working day or the one before ({@value #DUE_SOON_WORKING_DAYS} left or
 *     fewer), RED overdue (or taken late)
 */
public record OpinionClock(Limit limit, LocalDate dueOn, int workingDaysLeft, int workingDaysOverdue, boolean running, Light light) {

	/** The working days left at which a limit is due soon, as demands' limits are. */
	public static final int DUE_SOON_WORKING_DAYS = 1;

	/** Which of the office's steps the limit is for. */
	public enum Limit {
		EXAMINE, FORWARD
	}

	public enum Light {
		GREEN, YELLOW, RED
	}

	public boolean overdue() {
		return workingDaysOverdue > 0;
	}
}
