package org.luoshi.enterprise.proposals;

import java.time.Instant;
import java.util.List;

/**
 * One entry of a proposal's (or a public-opinion report's) timeline: what happened ({@code kind}, a message key
 * {@code proposal.event.<kind>} or {@code opinion.event.<kind>} with {@code arguments}), who did it for which unit, and
 * the words they wrote.
 */
public record ProposalTimelineEntry(long id, String kind, Instant at, String actorName, String unitName, String text, List<String> arguments) {

	public ProposalTimelineEntry {
		arguments = List.copyOf(arguments);
	}

	public Object[] argumentArray() {
		return arguments.toArray();
	}
}
