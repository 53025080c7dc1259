package org.luoshi.enterprise.demands;

import java.time.Instant;
import java.util.List;

/**
 * One entry of a demand's timeline: what happened ({@code kind}, a message key {@code demand.event.<kind>} with
 * {@code arguments}), who did it for which unit, and the words they wrote.
 */
public record DemandTimelineEntry(long id, String kind, Instant at, String actorName, String unitName, String text, List<String> arguments) {

	public DemandTimelineEntry {
		arguments = List.copyOf(arguments);
	}

	public Object[] argumentArray() {
		return arguments.toArray();
	}
}
