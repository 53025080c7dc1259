package org.luoshi.enterprise.proposals;

import java.time.Instant;
import java.util.List;

import org.luoshi.enterprise.proposals.ProposalDetails.Named;

/**
 * A public-opinion report as its page and the API show it.
 *
 * @param proposalId the proposal not accepted it was made from, if any
 * @param instructions the leaders' instructions recorded, latest last
 * @param clock where the office's examination (submitted, declined) or forwarding (adopted, forwarded) stands against
 *     its limit
 */
public record OpinionDetails(long id, String title, String content, String reporterName, List<Named> enterprises, Long demandId,
		String demandNumber, Long proposalId, OpinionStatus status, Instant submittedAt, Instant adoptedAt, String forwardedTo,
		List<Named> forwardedUnits, String instructions, OpinionClock clock, int version, List<ProposalTimelineEntry> timeline,
		OpinionActions actions) {

	public OpinionDetails {
		enterprises = List.copyOf(enterprises);
		forwardedUnits = List.copyOf(forwardedUnits);
		timeline = List.copyOf(timeline);
	}
}
