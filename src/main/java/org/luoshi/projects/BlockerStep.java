package org.luoshi.projects;

/** What may happen to a blocking problem: raised into a supervised task, resolved by hand, resolved as its task closed. */
public enum BlockerStep {
	RAISE, RESOLVE, TASK_CLOSED
}
