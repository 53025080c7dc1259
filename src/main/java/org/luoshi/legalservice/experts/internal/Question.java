package org.luoshi.legalservice.experts.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.luoshi.legalservice.experts.DisputeOutcome;
import org.luoshi.legalservice.experts.QuestionCommands.OtherParty;
import org.luoshi.legalservice.experts.QuestionStatus;
import org.luoshi.shared.Actor;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;

/**
 * A question to the expert group and its written opinion, loaded whole and locked by the command path. Its steps check
 * their input whole, change the question and return what happened ({@link QuestionEvent}); the status each leads to
 * comes from the transition table ({@link QuestionLifecycle}), passed in as {@link Step#after}.
 *
 * <p>Lifecycle: asked → assigned by rotation (or waiting for the bureau) → the expert drafts and submits the opinion →
 * the bureau returns it with comments (back to drafting) or approves it → the expert signs it off. An ordinary question
 * ends signed; a major dispute is followed — notes, reminders when left without an update — until its outcome is
 * recorded and it is closed. Withdrawn by the enterprise or the bureau before the opinion is submitted.
 */
final class Question {

	static final int MAX_OPINION = 20000;
	static final int MAX_COMMENT = 2000;

	/** The context of one step: who, when, and the status the table leads to. */
	record Step(Actor actor, QuestionStatus after, Instant now, LocalDate today) {
	}

	private final long id;
	private final String number;
	private final long enterpriseId;
	private final String subject;
	private final String text;
	private final String specialty;
	private final List<OtherParty> parties;
	private final boolean major;
	private QuestionStatus status;
	private Long expertId;
	private Instant assignedAt;
	private String opinion;
	private Instant submittedAt;
	private String reviewComment;
	private String reviewedByName;
	private Instant reviewedAt;
	private Instant signedAt;
	private DisputeOutcome outcome;
	private LocalDate outcomeOn;
	private String outcomeNote;
	private Instant lastUpdateAt;
	private Instant remindedAt;
	private Instant closedAt;
	private final Long askedBy;
	private final String askedByName;
	private final Instant askedAt;
	private final int version;

	Question(long id, String number, long enterpriseId, String subject, String text, String specialty, List<OtherParty> parties, boolean major,
			QuestionStatus status, Long expertId, Instant assignedAt, String opinion, Instant submittedAt, String reviewComment,
			String reviewedByName, Instant reviewedAt, Instant signedAt, DisputeOutcome outcome, LocalDate outcomeOn, String outcomeNote,
			Instant lastUpdateAt, Instant remindedAt, Instant closedAt, Long askedBy, String askedByName, Instant askedAt, int version) {
		this.id = id;
		this.number = number;
		this.enterpriseId = enterpriseId;
		this.subject = subject;
		this.text = text;
		this.specialty = specialty;
		this.parties = List.copyOf(parties);
		this.major = major;
		this.status = status;
		this.expertId = expertId;
		this.assignedAt = assignedAt;
		this.opinion = opinion;
		this.submittedAt = submittedAt;
		this.reviewComment = reviewComment;
		this.reviewedByName = reviewedByName;
		this.reviewedAt = reviewedAt;
		this.signedAt = signedAt;
		this.outcome = outcome;
		this.outcomeOn = outcomeOn;
		this.outcomeNote = outcomeNote;
		this.lastUpdateAt = lastUpdateAt;
		this.remindedAt = remindedAt;
		this.closedAt = closedAt;
		this.askedBy = askedBy;
		this.askedByName = askedByName;
		this.askedAt = askedAt;
		this.version = version;
	}

	// ----- steps

	/** Given to {@code expertId} (by rotation as it is asked, or by the bureau: {@code text} its reason). */
	List<QuestionEvent> assign(Step step, long newExpertId, String expertName, Long expertAccountId, Long previousAccountId, boolean byRotation,
			String reason) {
		String why = optional(reason, "text", MAX_COMMENT);
		if (!byRotation && expertId != null && expertId == newExpertId) {
			throw new ValidationException(Violation.of("expertId", "legal.experts.assign.same"));
		}
		expertId = newExpertId;
		assignedAt = step.now();
		status = step.after();
		touch(step);
		return List.of(new QuestionEvent.Assigned(newExpertId, expertName, expertAccountId, byRotation, previousAccountId, why));
	}

	List<QuestionEvent> draft(Step step, String draft) {
		opinion = opinionText(draft, false);
		touch(step);
		return List.of(new QuestionEvent.Drafted(opinion == null ? 0 : opinion.length()));
	}

	/** Submitted for review: the text sent with the step, or the draft saved before. */
	List<QuestionEvent> submit(Step step, String sent) {
		String submitted = opinionText(sent == null || sent.isBlank() ? opinion : sent, true);
		opinion = submitted;
		submittedAt = step.now();
		status = step.after();
		touch(step);
		return List.of(new QuestionEvent.Submitted(submitted));
	}

	List<QuestionEvent> returnForChanges(Step step, String comments) {
		reviewComment = required(comments, "text", MAX_COMMENT, "legal.experts.review.comments.required");
		reviewedByName = step.actor().displayName();
		reviewedAt = step.now();
		status = step.after();
		touch(step);
		return List.of(new QuestionEvent.Returned(reviewComment));
	}

	List<QuestionEvent> approve(Step step, String comments) {
		reviewComment = optional(comments, "text", MAX_COMMENT);
		reviewedByName = step.actor().displayName();
		reviewedAt = step.now();
		status = step.after();
		touch(step);
		return List.of(new QuestionEvent.Approved(reviewComment));
	}

	List<QuestionEvent> sign(Step step) {
		signedAt = step.now();
		status = step.after();
		touch(step);
		return List.of(new QuestionEvent.Signed(major));
	}

	List<QuestionEvent> noteProgress(Step step, String note) {
		String written = required(note, "text", MAX_COMMENT, "legal.experts.note.required");
		touch(step);
		return List.of(new QuestionEvent.ProgressNoted(written));
	}

	List<QuestionEvent> recordOutcome(Step step, DisputeOutcome how, String on, String note) {
		List<Violation> violations = new ArrayList<>();
		if (how == null) {
			violations.add(Violation.of("outcome", "legal.experts.outcome.required"));
		}
		LocalDate day = null;
		if (on == null || on.isBlank()) {
			violations.add(Violation.of("outcomeOn", "legal.experts.outcome.date.required"));
		}
		else {
			try {
				day = LocalDate.parse(on.strip());
				if (day.isAfter(step.today())) {
					violations.add(Violation.of("outcomeOn", "legal.experts.outcome.date.future"));
				}
			}
			catch (DateTimeParseException e) {
				violations.add(Violation.of("outcomeOn", "legal.experts.date.unreadable"));
			}
		}
		String written = null;
		try {
			written = optional(note, "text", MAX_COMMENT);
		}
		catch (ValidationException e) {
			violations.addAll(e.violations());
		}
		ValidationException.throwIfAny(violations);
		outcome = how;
		outcomeOn = day;
		outcomeNote = written;
		closedAt = step.now();
		status = step.after();
		touch(step);
		return List.of(new QuestionEvent.OutcomeRecorded(how, day, written));
	}

	List<QuestionEvent> remind(Step step, int days) {
		remindedAt = step.now();
		return List.of(new QuestionEvent.Reminded(days));
	}

	List<QuestionEvent> withdraw(Step step, String reason) {
		String why = required(reason, "text", MAX_COMMENT, "legal.experts.withdraw.reason.required");
		closedAt = step.now();
		status = step.after();
		touch(step);
		return List.of(new QuestionEvent.Withdrawn(why));
	}

	/** Every expert was passed by: the question waits for the bureau. */
	List<QuestionEvent> leaveForBureau() {
		status = QuestionStatus.WAITING;
		return List.of(new QuestionEvent.LeftForBureau());
	}

	private void touch(Step step) {
		lastUpdateAt = step.now();
		remindedAt = null;
	}

	// ----- input

	private static String opinionText(String value, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				throw new ValidationException(Violation.of("text", "legal.experts.opinion.required"));
			}
			return null;
		}
		String written = value.strip();
		if (written.length() > MAX_OPINION) {
			throw new ValidationException(Violation.of("text", "legal.experts.text.too-long", MAX_OPINION));
		}
		return written;
	}

	private static String required(String value, String field, int max, String missing) {
		if (value == null || value.isBlank()) {
			throw new ValidationException(Violation.of(field, missing));
		}
		return optional(value, field, max);
	}

	private static String optional(String value, String field, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String written = value.strip();
		if (written.length() > max) {
			throw new ValidationException(Violation.of(field, "legal.experts.text.too-long", max));
		}
		return written;
	}

	// ----- reading

	long id() { return id; }
	String number() { return number; }
	long enterpriseId() { return enterpriseId; }
	String subject() { return subject; }
	String text() { return text; }
	String specialty() { return specialty; }
	List<OtherParty> parties() { return parties; }
	boolean major() { return major; }
	QuestionStatus status() { return status; }
	Long expertId() { return expertId; }
	Instant assignedAt() { return assignedAt; }
	String opinion() { return opinion; }
	Instant submittedAt() { return submittedAt; }
	String reviewComment() { return reviewComment; }
	String reviewedByName() { return reviewedByName; }
	Instant reviewedAt() { return reviewedAt; }
	Instant signedAt() { return signedAt; }
	DisputeOutcome outcome() { return outcome; }
	LocalDate outcomeOn() { return outcomeOn; }
	String outcomeNote() { return outcomeNote; }
	Instant lastUpdateAt() { return lastUpdateAt; }
	Instant remindedAt() { return remindedAt; }
	Instant closedAt() { return closedAt; }
	Long askedBy() { return askedBy; }
	String askedByName() { return askedByName; }
	Instant askedAt() { return askedAt; }
	int version() { return version; }
}
