package org.luoshi.enterprise.proposals;

import java.time.Instant;

/** A public-opinion report in a list: enough to find it and see whether the office is late with it. */
public record OpinionSummary(long id, String title, String reporterName, OpinionStatus status, Instant submittedAt, boolean fromProposal,
		OpinionClock clock) {
}
