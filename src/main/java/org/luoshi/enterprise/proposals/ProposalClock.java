package org.luoshi.enterprise.proposals;

import java.time.LocalDate;

/**
 * A proposal against its answer's due day (办复时限), counted in calendar days: three calendar months from its assignment,
 * one from an evaluation of 不满意. Running while a unit owes the answer; then whether it came in time.
 *
 * @param light GREEN in time, YELLOW within {@value #YELLOW_DAYS} days of the due day, RED overdue (or answered late)
 */
public record ProposalClock(LocalDate dueOn, long daysLeft, long daysOverdue, boolean running, Light light) {

	public static final int YELLOW_DAYS = 15;

	public enum Light {
		GREEN, YELLOW, RED
	}

	public boolean overdue() {
		return daysOverdue > 0;
	}

	/** Where a proposal due on {@code dueOn} stands on {@code today}, or, answered on {@code answeredOn}, how it ended. */
	public static ProposalClock of(LocalDate dueOn, boolean running, LocalDate answeredOn, LocalDate today) {
		if (dueOn == null) {
			return null;
		}
		LocalDate end = running ? today : answeredOn;
		if (end == null) {
			return new ProposalClock(dueOn, 0, 0, false, Light.GREEN);
		}
		if (end.isAfter(dueOn)) {
			return new ProposalClock(dueOn, 0, java.time.temporal.ChronoUnit.DAYS.between(dueOn, end), running, Light.RED);
		}
		long left = java.time.temporal.ChronoUnit.DAYS.between(end, dueOn);
		return new ProposalClock(dueOn, left, 0, running, running && left <= YELLOW_DAYS ? Light.YELLOW : Light.GREEN);
	}
}
