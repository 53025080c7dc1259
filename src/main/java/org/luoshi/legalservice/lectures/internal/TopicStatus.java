package org.luoshi.legalservice.lectures.internal;

/** A topic on the menu: proposed (open to votes), taken into a lecture to come, held, or withdrawn. */
public enum TopicStatus {
	PROPOSED, SCHEDULED, HELD, WITHDRAWN
}
