package org.luoshi.enterprise.proposals;

import java.time.Instant;

/** A public-opinion report in a list. */
public record OpinionSummary(long id, String title, String reporterName, OpinionStatus status, Instant submittedAt, boolean fromProposal) {
}
