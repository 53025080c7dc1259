package org.luoshi.legalservice.lectures.internal;

import java.time.Instant;
import java.util.Map;

/**
 * One entry of a lecture's history: its kind (message key {@code legal.lecture.event.<kind>}) and the facts the
 * message takes, in order.
 */
public record LectureTimelineEntry(long id, String kind, Map<String, String> data, String actorName, Instant at) {

	public Object[] arguments() {
		return data.values().toArray();
	}
}
