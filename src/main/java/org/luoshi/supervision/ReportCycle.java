package org.luoshi.supervision;

/**
 * How often the lead unit reports progress. A report older than one cycle is no longer recent: near the deadline
 * that turns the light yellow, and the follow-up job reminds the unit.
 */
public enum ReportCycle {
	WEEKLY(7), MONTHLY(31), QUARTERLY(92);

	private final int days;

	ReportCycle(int days) {
		this.days = days;
	}

	public int days() {
		return days;
	}
}
