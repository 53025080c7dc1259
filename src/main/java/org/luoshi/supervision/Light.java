package org.luoshi.supervision;

/**
 * A task's traffic light, set by the district's overdue policy: red when the deadline has passed, yellow when it is
 * near without a recent progress report, a milestone has slipped or the task waits too long for signing, green
 * otherwise. Finished tasks are green.
 */
public enum Light {
	GREEN, YELLOW, RED;

	/** Lower is more urgent: red first. */
	public int urgency() {
		return switch (this) {
			case RED -> 0;
			case YELLOW -> 1;
			case GREEN -> 2;
		};
	}
}
