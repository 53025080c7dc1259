package org.luoshi.legalservice.experts.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.luoshi.legalservice.experts.DisputeOutcome;
import org.luoshi.shared.Changes;
import org.luoshi.shared.lifecycle.Audience;
import org.luoshi.shared.lifecycle.TimelineEvent;

/**
 * What happened to a {@link Question}, in the past tense. Each event is at once the question's timeline entry
 * ({@link #kind}, {@link #text}, {@link #data}: the message {@code legal.experts.event.<kind>} and its arguments), its
 * audit entry ({@link #action}, {@link #changes}) and, when someone must hear of it, its notification
 * ({@link #audience}, {@code legal.experts.notify.<kind>}).
 */
sealed interface QuestionEvent extends TimelineEvent {

	@Override
	default String actionPrefix() {
		return "legal.expert-question.";
	}

	default Audience audience(Question question, Recipients recipients) {
		return Audience.NOBODY;
	}

	default String message() {
		return "legal.experts.notify." + kind();
	}

	/** Who may be told: the justice bureau's accounts, the assigned expert's account, whoever asked. */
	record Recipients(Set<Long> bureau, Long expert, Long asker) {

		Audience bureauAudience() {
			return new Audience(Set.of(), bureau);
		}
	}

	private static Map<String, Object> entries(Object... pairs) {
		Map<String, Object> data = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			if (pairs[i + 1] != null) {
				data.put((String) pairs[i], pairs[i + 1]);
			}
		}
		return data;
	}

	record Asked(String subject, boolean major) implements QuestionEvent {

		public String kind() {
			return major ? "asked-major" : "asked";
		}

		public Map<String, Object> data() {
			return entries("questionSubject", subject);
		}
	}

	/** The rotation passed an expert by: away on the day. */
	record PassedByAbsent(long expertId, String expert, LocalDate from, LocalDate to, String reason) implements QuestionEvent {

		public String kind() {
			return "passed-absent";
		}

		public Map<String, Object> data() {
			return entries("expertName", expert, "absentFrom", from, "absentTo", to, "reason", reason);
		}
	}

	/** The rotation passed an expert by: they ({@code byFirm} false) or a colleague of their firm acted for the other party. */
	record PassedByConflict(long expertId, String expert, boolean byFirm, String party, String actedBy, String matter, LocalDate actedOn)
			implements QuestionEvent {

		public String kind() {
			return byFirm ? "passed-firm-conflict" : "passed-conflict";
		}

		public Map<String, Object> data() {
			return entries("expertName", expert, "opposingParty", party, "conflictActedBy", actedBy, "conflictMatter", matter, "conflictActedOn", actedOn);
		}
	}

	/** Given to an expert: by rotation, or by the bureau's choice. */
	record Assigned(long expertId, String expert, Long expertAccountId, boolean byRotation, Long previousExpertAccountId, String text)
			implements QuestionEvent {

		public String kind() {
			return byRotation ? "assigned-by-rotation" : "assigned";
		}

		public Map<String, Object> data() {
			return entries("expertName", expert, "assignedExpertId", expertId);
		}

		public Audience audience(Question question, Recipients recipients) {
			return new Audience(Set.of(), java.util.stream.Stream.of(expertAccountId, previousExpertAccountId).filter(java.util.Objects::nonNull)
				.collect(java.util.stream.Collectors.toSet()));
		}

		public String message() {
			return "legal.experts.notify.assigned";
		}
	}

	/** Every expert was passed by: the bureau must choose. */
	record LeftForBureau() implements QuestionEvent {

		public String kind() {
			return "left-for-bureau";
		}

		public Audience audience(Question question, Recipients recipients) {
			return recipients.bureauAudience();
		}
	}

	record Drafted(int length) implements QuestionEvent {

		public String kind() {
			return "drafted";
		}

		public Map<String, Object> data() {
			return entries("opinionLength", length);
		}
	}

	record Submitted(String opinion) implements QuestionEvent {

		public String kind() {
			return "submitted";
		}

		public Changes changes() {
			return Changes.of().created("opinionText", opinion);
		}

		public Audience audience(Question question, Recipients recipients) {
			return recipients.bureauAudience();
		}
	}

	record Returned(String text) implements QuestionEvent {

		public String kind() {
			return "returned";
		}

		public Audience audience(Question question, Recipients recipients) {
			return Audience.account(recipients.expert());
		}
	}

	record Approved(String text) implements QuestionEvent {

		public String kind() {
			return "approved";
		}

		public Audience audience(Question question, Recipients recipients) {
			return Audience.account(recipients.expert());
		}
	}

	record Signed(boolean major) implements QuestionEvent {

		public String kind() {
			return major ? "signed-major" : "signed";
		}

		public Audience audience(Question question, Recipients recipients) {
			return Audience.account(recipients.asker());
		}

		public String message() {
			return "legal.experts.notify.signed";
		}
	}

	record ProgressNoted(String text) implements QuestionEvent {

		public String kind() {
			return "progress-noted";
		}
	}

	record OutcomeRecorded(DisputeOutcome outcome, LocalDate on, String text) implements QuestionEvent {

		public String kind() {
			return "outcome-" + outcome.name().toLowerCase(java.util.Locale.ROOT);
		}

		public Map<String, Object> data() {
			return entries("disputeOutcome", outcome, "disputeOutcomeOn", on);
		}

		public Audience audience(Question question, Recipients recipients) {
			return recipients.bureauAudience();
		}

		public String message() {
			return "legal.experts.notify.outcome";
		}
	}

	/** The follow-up's reminder: a major dispute without an update for {@code days} days. */
	record Reminded(int days) implements QuestionEvent {

		public String kind() {
			return "reminded";
		}

		public Map<String, Object> data() {
			return entries("days", days);
		}

		public Audience audience(Question question, Recipients recipients) {
			Set<Long> accounts = new java.util.HashSet<>(recipients.bureau());
			if (recipients.expert() != null) {
				accounts.add(recipients.expert());
			}
			return new Audience(Set.of(), accounts);
		}
	}

	record Withdrawn(String text) implements QuestionEvent {

		public String kind() {
			return "withdrawn";
		}

		public Audience audience(Question question, Recipients recipients) {
			return Audience.account(recipients.expert());
		}
	}
}
