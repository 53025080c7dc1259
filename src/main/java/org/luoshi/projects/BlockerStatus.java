package org.luoshi.projects;

/**
 * Where a blocking problem (卡点) stands: recorded and {@code OPEN}; {@code RAISED} into a supervised task (once only);
 * {@code RESOLVED} by hand while open, or when the task it was raised into is closed (销号).
 */
public enum BlockerStatus {
	OPEN, RAISED, RESOLVED
}
