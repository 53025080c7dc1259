package org.luoshi.enterprise.proposals.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.luoshi.enterprise.proposals.OpinionStatus;
import org.luoshi.shared.Changes;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;
import org.luoshi.shared.lifecycle.LifecycleEvent;

/**
 * A public-opinion report (社情民意信息), loaded whole and locked: lighter than a proposal. Its life is
 * {@link OpinionLifecycle}'s table — submitted, edited by the CPPCC office (or its reporter before that), adopted (采用)
 * or declined, forwarded (报送) to leaders or units, and carrying the leaders' instructions (批示) the office records.
 * Each step returns its {@link Event}s: the report's timeline entry and audit entry at once.
 */
final class Opinion {

	static final int MAX_TITLE = 100;
	static final int MAX_TEXT = 4000;

	private final long id;
	private final Long reporterAccountId;
	private final String reporterName;
	private final List<Long> enterpriseIds;
	private final Long demandId;
	private final String demandNumber;
	private final Long proposalId;
	private final Instant submittedAt;
	private final int version;
	private String title;
	private String content;
	private OpinionStatus status;
	private Instant adoptedAt;
	private String forwardedTo;
	private List<Long> forwardedUnitIds;
	private String instructions;

	Opinion(long id, String title, String content, Long reporterAccountId, String reporterName, List<Long> enterpriseIds, Long demandId,
			String demandNumber, Long proposalId, OpinionStatus status, Instant submittedAt, Instant adoptedAt, String forwardedTo,
			List<Long> forwardedUnitIds, String instructions, int version) {
		this.id = id;
		this.title = title;
		this.content = content;
		this.reporterAccountId = reporterAccountId;
		this.reporterName = reporterName;
		this.enterpriseIds = List.copyOf(enterpriseIds);
		this.demandId = demandId;
		this.demandNumber = demandNumber;
		this.proposalId = proposalId;
		this.status = status;
		this.submittedAt = submittedAt;
		this.adoptedAt = adoptedAt;
		this.forwardedTo = forwardedTo;
		this.forwardedUnitIds = List.copyOf(forwardedUnitIds);
		this.instructions = instructions;
		this.version = version;
	}

	/** What a step on a report did: its timeline entry ({@code opinion.event.<kind>}) and its audit entry. */
	record Event(String kind, String text, Map<String, Object> data) implements LifecycleEvent {

		@Override
		public String action() {
			return "enterprise.opinion." + kind;
		}

		@Override
		public Changes changes() {
			Changes changes = Changes.of();
			data.forEach((field, value) -> changes.created(field, String.valueOf(value)));
			if (text != null) {
				changes.created("text", text);
			}
			return changes;
		}
	}

	List<Event> edit(OpinionStatus to, String newTitle, String newContent) {
		List<Violation> violations = new ArrayList<>();
		String t = Proposal.text(newTitle, "title", MAX_TITLE, violations);
		String c = Proposal.text(newContent, "content", MAX_TEXT, violations);
		if (t == null && c == null && violations.isEmpty()) {
			violations.add(Violation.of("content", "opinion.edit.nothing"));
		}
		ValidationException.throwIfAny(violations);
		Map<String, Object> changed = new LinkedHashMap<>();
		if (t != null && !t.equals(title)) {
			changed.put("title", t);
			title = t;
		}
		if (c != null && !c.equals(content)) {
			content = c;
		}
		return List.of(new Event("edited", null, changed));
	}

	List<Event> adopt(OpinionStatus to, Instant now, String note) {
		status = to;
		adoptedAt = now;
		return List.of(new Event("adopted", blankToNull(note), Map.of()));
	}

	List<Event> decline(OpinionStatus to, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new ValidationException(Violation.of("text", "opinion.decline.reason.required"));
		}
		status = to;
		return List.of(new Event("declined", limited(reason.strip()), Map.of()));
	}

	List<Event> forward(OpinionStatus to, String recipients, List<Long> unitIds, String note) {
		String named = recipients == null || recipients.isBlank() ? null : recipients.strip();
		if (named == null && (unitIds == null || unitIds.isEmpty())) {
			throw new ValidationException(Violation.of("recipients", "opinion.forward.recipients.required"));
		}
		if (named != null && named.length() > 200) {
			throw new ValidationException(Violation.of("recipients", "proposal.text.too-long", 200));
		}
		LinkedHashSet<Long> units = new LinkedHashSet<>(forwardedUnitIds);
		if (unitIds != null) {
			units.addAll(unitIds);
		}
		units.remove(null);
		status = to;
		forwardedTo = named == null ? forwardedTo : forwardedTo == null ? named : forwardedTo + "；" + named;
		forwardedUnitIds = List.copyOf(units);
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("recipients", named == null ? "" : named);
		return List.of(new Event("forwarded", blankToNull(note), data));
	}

	List<Event> recordInstruction(String text) {
		if (text == null || text.isBlank()) {
			throw new ValidationException(Violation.of("text", "opinion.instruction.required"));
		}
		String words = limited(text.strip());
		instructions = instructions == null ? words : instructions + "\n" + words;
		if (instructions.length() > MAX_TEXT) {
			throw new ValidationException(Violation.of("text", "proposal.text.too-long", MAX_TEXT));
		}
		return List.of(new Event("instruction-recorded", words, Map.of()));
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : limited(text.strip());
	}

	private static String limited(String words) {
		if (words.length() > MAX_TEXT) {
			throw new ValidationException(Violation.of("text", "proposal.text.too-long", MAX_TEXT));
		}
		return words;
	}

	long id() { return id; }
	String title() { return title; }
	String content() { return content; }
	Long reporterAccountId() { return reporterAccountId; }
	String reporterName() { return reporterName; }
	List<Long> enterpriseIds() { return enterpriseIds; }
	Long demandId() { return demandId; }
	String demandNumber() { return demandNumber; }
	Long proposalId() { return proposalId; }
	OpinionStatus status() { return status; }
	Instant submittedAt() { return submittedAt; }
	Instant adoptedAt() { return adoptedAt; }
	String forwardedTo() { return forwardedTo; }
	List<Long> forwardedUnitIds() { return forwardedUnitIds; }
	String instructions() { return instructions; }
	int version() { return version; }
}
