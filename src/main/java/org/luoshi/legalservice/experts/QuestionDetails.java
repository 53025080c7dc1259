package org.luoshi.legalservice.experts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A question as the reader sees it: the enterprise, the question, the expert, the opinion with its review and
 * sign-off, a major dispute's outcome, the timeline (oldest first) and what the reader may do now.
 */
public record QuestionDetails(long id, String number, long enterpriseId, String enterpriseName, String enterpriseCreditCode, String subject,
		String text, String specialty, List<QuestionCommands.OtherParty> parties, boolean major, QuestionStatus status, Long expertId,
		String expertName, String firmName, Instant assignedAt, String opinion, Instant submittedAt, String reviewComment, String reviewedByName,
		Instant reviewedAt, Instant signedAt, DisputeOutcome outcome, LocalDate outcomeOn, String outcomeNote, Instant closedAt, String askedByName,
		Instant askedAt, int version, List<QuestionTimelineEntry> timeline, QuestionActions actions) {

	/** One entry of the timeline; {@code kind} names its message {@code legal.experts.event.<kind>}. */
	public record QuestionTimelineEntry(long id, String kind, Instant at, String actorName, String text, List<String> arguments) {

		public Object[] argumentArray() {
			return arguments.toArray();
		}
	}

	/** Whether the opinion is signed and can be printed. */
	public boolean printable() {
		return signedAt != null;
	}

	/** A major dispute whose outcome is still to be recorded. */
	public boolean followed() {
		return major && status == QuestionStatus.SIGNED;
	}
}
