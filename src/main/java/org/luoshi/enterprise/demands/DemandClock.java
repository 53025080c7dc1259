package org.luoshi.enterprise.demands;

import java.time.LocalDate;

/**
 * A demand against its time limit, in working days (the district's calendar: weekends, holidays and make-up working
 * days as the State Council publishes them). Open: the working days left until {@code dueOn} (0 on the last day) or,
 * once past it, the working days it is overdue; finished: whether it was answered in time.
 *
 * @param light GREEN in time, YELLOW on its last working day or one before, RED overdue (or answered late)
 */
public record DemandClock(LocalDate dueOn, int workingDaysLeft, int workingDaysOverdue, boolean running, Light light) {

	public enum Light {
		GREEN, YELLOW, RED
	}

	public boolean overdue() {
		return workingDaysOverdue > 0;
	}
}
