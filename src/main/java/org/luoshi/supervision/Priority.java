package org.luoshi.supervision;

/** How much a task matters to the issuer; boards list high-priority tasks first. */
public enum Priority {
	HIGH, NORMAL, LOW
}
