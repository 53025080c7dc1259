package org.luoshi.enterprise.proposals.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.luoshi.calendar.WorkingCalendar;
import org.luoshi.enterprise.proposals.AnswerCategory;
import org.luoshi.enterprise.proposals.Disposition;
import org.luoshi.enterprise.proposals.Evaluation;
import org.luoshi.enterprise.proposals.ProposalClock;
import org.luoshi.enterprise.proposals.ProposalStatus;
import org.luoshi.enterprise.proposals.ProposalStep;
import org.luoshi.shared.Actor;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;

/**
 * A CPPCC member's proposal (提案), loaded whole and locked by the command path. Its life is {@link ProposalLifecycle}'s
 * table: submitted; examined by the proposal committee — accepted (立案, numbered), not accepted with a reason, or
 * returned to be revised; assigned (交办) to a lead unit and co-handling units, the lead unit free to ask within
 * {@value #ADJUST_WORKING_DAYS} working days for another assignment, which the committee decides; answered within
 * {@value #ANSWER_MONTHS} calendar months of assignment, classed A, B or C, the co-handling units having sent their
 * opinions to the lead unit first; evaluated by its proposer — an A or C answer accepted closes it, a B answer accepted
 * keeps it in follow-up (跟踪落实) until the unit reports it done, 不满意 sends it back to be answered again within
 * {@value #REHANDLE_MONTHS} month (再次办理), every earlier answer kept on the timeline.
 *
 * <p>The daily follow-up ({@link ProposalFollowUp}) holds everyone to these limits through steps of the system's own
 * ({@link #followUpsDue}): the lead unit is reminded when its answer's due day is {@value ProposalClock#YELLOW_DAYS} days
 * off (the light turns yellow) and again once it has passed, and the committee is told when it is
 * {@value #ESCALATE_OVERDUE_DAYS} days overdue; the proposer has {@value #EVALUATE_MONTHS} month from the answer to
 * evaluate it, is reminded {@value ProposalClock#YELLOW_DAYS} days before that day and the committee is told after it
 * (it may record the evaluation a member gives by telephone or on paper); whatever waits for the committee itself — a
 * proposal to examine, one accepted to assign, a request for another assignment to decide — is reminded to it once
 * after {@value #OFFICE_WORKING_DAYS} working days, the limit the units are held to for their requests. Each reminder
 * is sent once for the clock it belongs to ({@link #followUpLevel}); a step that starts a clock again starts its
 * reminders again.
 *
 * <p>Each step checks its input whole, changes the proposal and returns what happened as {@link ProposalEvent}s; the
 * status it leads to comes from the table ({@link Step#to}).
 */
final class Proposal {

	static final int ANSWER_MONTHS = 3;
	static final int REHANDLE_MONTHS = 1;
	static final int ADJUST_WORKING_DAYS = 10;
	/** The days an answer may be overdue before the committee is told. */
	static final int ESCALATE_OVERDUE_DAYS = 15;
	/** The proposer's time to evaluate an answer, in calendar months from it. */
	static final int EVALUATE_MONTHS = 1;
	/** The working days the committee takes to examine, assign or decide a request before it is reminded. */
	static final int OFFICE_WORKING_DAYS = 10;
	/**
	 * The follow-up's levels on a clock: reminded as the day nears, the day passed (the unit reminded again, or for an
	 * evaluation the committee told), and on the answer's clock the committee told.
	 */
	static final int DUE_SOON = 1, OVERDUE = 2, ESCALATED = 3;
	static final int MAX_TITLE = 100;
	static final int MAX_TEXT = 4000;

	/** What every step is given: who, to which status, when, and the calendar the adjustment window counts on. */
	record Step(Actor actor, ProposalStatus to, Instant now, LocalDate today, WorkingCalendar calendar) {
	}

	/**
	 * A step the daily follow-up owes the proposal on a day: which, the level of the clock it reaches (0 for the
	 * committee's reminder, which has one), the day the clock counts from or to, and how many days it says.
	 */
	record FollowUp(ProposalStep step, int level, LocalDate day, long days) {
	}

	private final long id;
	private final Long proposerAccountId;
	private final String proposerName;
	private final List<Long> coSignerAccountIds;
	private final List<String> coSignerNames;
	private final List<Long> enterpriseIds;
	private final Long demandId;
	private final String demandNumber;
	private final Instant submittedAt;
	private final int version;

	private String number;
	private String title;
	private String reasons;
	private String suggestions;
	private ProposalStatus status;
	private Instant acceptedAt;
	private String rejectionReason;
	private Disposition disposition;
	private Long leadUnitId;
	private List<Long> coUnitIds;
	private LocalDate assignedOn;
	private LocalDate dueOn;
	private LocalDate adjustUntil;
	private Long adjustmentUnitId;
	private String adjustmentReason;
	private AnswerCategory answerCategory;
	private String answer;
	private LocalDate answeredOn;
	private int answerCount;
	private Evaluation evaluation;
	private Instant evaluatedAt;
	private Long opinionId;
	private Instant closedAt;
	private int followUpLevel;
	private LocalDate officeWaitsSince;
	private boolean officeReminded;

	Proposal(long id, String number, String title, String reasons, String suggestions, Long proposerAccountId, String proposerName,
			List<Long> coSignerAccountIds, List<String> coSignerNames, List<Long> enterpriseIds, Long demandId, String demandNumber,
			ProposalStatus status, Instant submittedAt, Instant acceptedAt, String rejectionReason, Disposition disposition, Long leadUnitId,
			List<Long> coUnitIds, LocalDate assignedOn, LocalDate dueOn, LocalDate adjustUntil, Long adjustmentUnitId, String adjustmentReason,
			AnswerCategory answerCategory, String answer, LocalDate answeredOn, int answerCount, Evaluation evaluation, Instant evaluatedAt,
			Long opinionId, Instant closedAt, int followUpLevel, LocalDate officeWaitsSince, boolean officeReminded, int version) {
		this.id = id;
		this.number = number;
		this.title = title;
		this.reasons = reasons;
		this.suggestions = suggestions;
		this.proposerAccountId = proposerAccountId;
		this.proposerName = proposerName;
		this.coSignerAccountIds = List.copyOf(coSignerAccountIds);
		this.coSignerNames = List.copyOf(coSignerNames);
		this.enterpriseIds = List.copyOf(enterpriseIds);
		this.demandId = demandId;
		this.demandNumber = demandNumber;
		this.status = status;
		this.submittedAt = submittedAt;
		this.acceptedAt = acceptedAt;
		this.rejectionReason = rejectionReason;
		this.disposition = disposition;
		this.leadUnitId = leadUnitId;
		this.coUnitIds = new ArrayList<>(coUnitIds);
		this.assignedOn = assignedOn;
		this.dueOn = dueOn;
		this.adjustUntil = adjustUntil;
		this.adjustmentUnitId = adjustmentUnitId;
		this.adjustmentReason = adjustmentReason;
		this.answerCategory = answerCategory;
		this.answer = answer;
		this.answeredOn = answeredOn;
		this.answerCount = answerCount;
		this.evaluation = evaluation;
		this.evaluatedAt = evaluatedAt;
		this.opinionId = opinionId;
		this.closedAt = closedAt;
		this.followUpLevel = followUpLevel;
		this.officeWaitsSince = officeWaitsSince;
		this.officeReminded = officeReminded;
		this.version = version;
	}

	// ----- the steps

	List<ProposalEvent> revise(Step step, String newTitle, String newReasons, String newSuggestions, String note) {
		List<Violation> violations = new ArrayList<>();
		String t = newTitle == null || newTitle.isBlank() ? title : text(newTitle, "title", MAX_TITLE, violations);
		String r = newReasons == null || newReasons.isBlank() ? reasons : text(newReasons, "reasons", MAX_TEXT, violations);
		String s = newSuggestions == null || newSuggestions.isBlank() ? suggestions : text(newSuggestions, "suggestions", MAX_TEXT, violations);
		if (s == null) {
			violations.add(Violation.of("suggestions", "proposal.suggestions.required"));
		}
		ValidationException.throwIfAny(violations);
		title = t;
		reasons = r;
		suggestions = s;
		status = step.to();
		waitForOffice(step);
		return List.of(new ProposalEvent.Revised(optional(note)));
	}

	List<ProposalEvent> withdraw(Step step, String reason) {
		String words = required(reason, "proposal.withdraw.reason.required");
		status = step.to();
		closedAt = step.now();
		officeWaitsSince = null;
		return List.of(new ProposalEvent.Withdrawn(words));
	}

	List<ProposalEvent> accept(Step step, String newNumber, String note) {
		if (suggestions == null) {
			throw new ValidationException(Violation.of("suggestions", "proposal.accept.suggestions-missing"));
		}
		number = newNumber;
		status = step.to();
		acceptedAt = step.now();
		waitForOffice(step);
		return List.of(new ProposalEvent.Accepted(newNumber, optional(note)));
	}

	List<ProposalEvent> reject(Step step, String reason, Disposition what) {
		List<Violation> violations = new ArrayList<>();
		if (reason == null || reason.isBlank()) {
			violations.add(Violation.of("text", "proposal.reject.reason.required"));
		}
		if (what == null) {
			violations.add(Violation.of("disposition", "proposal.reject.disposition.required"));
		}
		ValidationException.throwIfAny(violations);
		String words = required(reason, "proposal.reject.reason.required");
		status = step.to();
		rejectionReason = words;
		disposition = what;
		closedAt = step.now();
		officeWaitsSince = null;
		return List.of(new ProposalEvent.Rejected(what, words));
	}

	List<ProposalEvent> returnForRevision(Step step, String reason) {
		String words = required(reason, "proposal.return.reason.required");
		status = step.to();
		officeWaitsSince = null;
		return List.of(new ProposalEvent.ReturnedForRevision(words));
	}

	List<ProposalEvent> assign(Step step, Long lead, List<Long> coUnits, String note) {
		List<Long> co = checkUnits(lead, coUnits);
		leadUnitId = lead;
		coUnitIds = new ArrayList<>(co);
		startClock(step, ANSWER_MONTHS);
		status = step.to();
		officeWaitsSince = null;
		return List.of(new ProposalEvent.Assigned(lead, co, dueOn, optional(note)));
	}

	List<ProposalEvent> requestAdjustment(Step step, Long suggestedUnitId, String reason) {
		String words = required(reason, "proposal.adjustment.reason.required");
		if (suggestedUnitId != null && suggestedUnitId.equals(leadUnitId)) {
			throw new ValidationException(Violation.of("unitId", "proposal.adjustment.same-unit"));
		}
		adjustmentReason = words;
		adjustmentUnitId = suggestedUnitId;
		waitForOffice(step);
		return List.of(new ProposalEvent.AdjustmentRequested(leadUnitId, suggestedUnitId, words));
	}

	/** Granted, {@code lead} (and {@code coUnits}) take the proposal and its three months start again; refused, nothing moves. */
	List<ProposalEvent> decideAdjustment(Step step, Boolean approved, Long lead, List<Long> coUnits, String note) {
		List<Violation> violations = new ArrayList<>();
		if (approved == null) {
			violations.add(Violation.of("approved", "proposal.adjustment.decision.required"));
		}
		else if (approved && lead == null) {
			violations.add(Violation.of("unitId", "proposal.unit.required"));
		}
		else if (approved && lead.equals(leadUnitId)) {
			violations.add(Violation.of("unitId", "proposal.adjustment.same-unit"));
		}
		if (approved != null && !approved && (note == null || note.isBlank())) {
			violations.add(Violation.of("text", "proposal.adjustment.refusal.reason"));
		}
		ValidationException.throwIfAny(violations);
		long from = leadUnitId;
		adjustmentReason = null;
		adjustmentUnitId = null;
		officeWaitsSince = null;
		if (!approved) {
			return List.of(new ProposalEvent.AdjustmentDecided(false, from, from, List.copyOf(coUnitIds), dueOn, note.strip()));
		}
		List<Long> co = checkUnits(lead, coUnits);
		leadUnitId = lead;
		coUnitIds = new ArrayList<>(co);
		startClock(step, ANSWER_MONTHS);
		return List.of(new ProposalEvent.AdjustmentDecided(true, from, lead, co, dueOn, optional(note)));
	}

	List<ProposalEvent> contribute(Step step, long unitId, String opinion) {
		return List.of(new ProposalEvent.Contributed(unitId, required(opinion, "proposal.contribution.required")));
	}

	List<ProposalEvent> answer(Step step, AnswerCategory category, String text) {
		List<Violation> violations = new ArrayList<>();
		if (category == null) {
			violations.add(Violation.of("category", "proposal.answer.category.required"));
		}
		String words = text(text, "text", MAX_TEXT, violations);
		if (words == null && violations.stream().noneMatch(v -> v.field().equals("text"))) {
			violations.add(Violation.of("text", "proposal.answer.required"));
		}
		ValidationException.throwIfAny(violations);
		boolean inTime = !step.today().isAfter(dueOn);
		answerCategory = category;
		answer = words;
		answeredOn = step.today();
		answerCount++;
		evaluation = null;
		status = step.to();
		// The proposer's month to evaluate starts.
		followUpLevel = 0;
		return List.of(new ProposalEvent.Answered(leadUnitId, category, answerCount, inTime, words));
	}

	List<ProposalEvent> remind(Step step, String text) {
		return List.of(new ProposalEvent.Reminded(leadUnitId, required(text, "proposal.reminder.required")));
	}

	/** EVALUATE, TRACK or REHANDLE: the evaluation given, and (not satisfied) why. */
	List<ProposalEvent> evaluate(Step step, Evaluation given, String comment) {
		if (given == null) {
			throw new ValidationException(Violation.of("evaluation", "proposal.evaluation.required"));
		}
		if (!given.accepts() && (comment == null || comment.isBlank())) {
			throw new ValidationException(Violation.of("text", "proposal.evaluation.unsatisfied.reason"));
		}
		evaluation = given;
		evaluatedAt = step.now();
		status = step.to();
		followUpLevel = 0;
		if (status == ProposalStatus.CLOSED) {
			closedAt = step.now();
		}
		if (status == ProposalStatus.ASSIGNED) {
			// 再次办理: a month for the second answer, from today.
			dueOn = step.today().plusMonths(REHANDLE_MONTHS);
			answeredOn = null;
		}
		return List.of(new ProposalEvent.Evaluated(given, answerCategory, status, status == ProposalStatus.ASSIGNED ? dueOn : null,
				optional(comment)));
	}

	List<ProposalEvent> reportDone(Step step, String text) {
		String words = required(text, "proposal.done.required");
		status = step.to();
		closedAt = step.now();
		return List.of(new ProposalEvent.Fulfilled(leadUnitId, words));
	}

	/**
	 * A step of the daily follow-up, decided by {@link #followUpsDue} on the job's day: reminds or tells whom the step
	 * is for and marks it sent, so that the clock's next reminder is the next level's. Nothing happens when it was sent
	 * already (a follow-up run that failed and was run again).
	 */
	List<ProposalEvent> followUp(Step step, FollowUp due) {
		if (due.step() == ProposalStep.REMIND_OFFICE) {
			if (officeReminded || officeWaitsSince == null) {
				return List.of();
			}
			officeReminded = true;
			String waitsFor = status == ProposalStatus.SUBMITTED ? "examine" : status == ProposalStatus.ACCEPTED ? "assign" : "adjustment";
			return List.of(new ProposalEvent.OfficeReminded(waitsFor, due.day(), due.days()));
		}
		if (due.level() <= followUpLevel) {
			return List.of();
		}
		followUpLevel = due.level();
		return List.of(switch (due.step()) {
			case REMIND -> new ProposalEvent.RemindedAutomatically(leadUnitId, due.level() == OVERDUE, due.day(), due.days());
			case REMIND_PROPOSER -> new ProposalEvent.ProposerReminded(due.day(), due.days());
			case ESCALATE -> status == ProposalStatus.ANSWERED ? new ProposalEvent.EvaluationOverdue(due.day(), due.days())
					: new ProposalEvent.Escalated(leadUnitId, due.day(), due.days());
			default -> throw new IllegalArgumentException(due.step() + " is not the follow-up's");
		});
	}

	List<ProposalEvent> convertedToOpinion(long newOpinionId, String note) {
		opinionId = newOpinionId;
		return List.of(new ProposalEvent.ConvertedToOpinion(newOpinionId, optional(note)));
	}

	// ----- the clock

	ProposalClock clock(LocalDate today) {
		return clock(status, dueOn, answeredOn, today);
	}

	/**
	 * What the daily follow-up owes the proposal on {@code today}: on the clock that runs (the answer's or the
	 * evaluation's), the step of the highest level reached and not yet taken — a run missed, or a proposal met first
	 * when already overdue, goes straight to the level the day calls for; and the committee's reminder, once, when
	 * something has waited for it more than {@value #OFFICE_WORKING_DAYS} working days.
	 */
	List<FollowUp> followUpsDue(LocalDate today, WorkingCalendar calendar) {
		List<FollowUp> due = new ArrayList<>();
		if (status == ProposalStatus.ASSIGNED && dueOn != null) {
			ProposalClock clock = clock(today);
			int level = clock.daysOverdue() >= ESCALATE_OVERDUE_DAYS ? ESCALATED : clock.overdue() ? OVERDUE
					: clock.daysLeft() <= ProposalClock.YELLOW_DAYS ? DUE_SOON : 0;
			if (level > followUpLevel) {
				due.add(new FollowUp(level == ESCALATED ? ProposalStep.ESCALATE : ProposalStep.REMIND, level, dueOn,
						level == DUE_SOON ? clock.daysLeft() : clock.daysOverdue()));
			}
		}
		if (status == ProposalStatus.ANSWERED && answeredOn != null) {
			LocalDate evaluateBy = evaluateBy();
			long left = ChronoUnit.DAYS.between(today, evaluateBy);
			int level = left < 0 ? OVERDUE : left <= ProposalClock.YELLOW_DAYS ? DUE_SOON : 0;
			if (level > followUpLevel) {
				due.add(new FollowUp(level == OVERDUE ? ProposalStep.ESCALATE : ProposalStep.REMIND_PROPOSER, level, evaluateBy,
						Math.abs(left)));
			}
		}
		if (officeWaitsSince != null && !officeReminded) {
			long waited = calendar.between(officeWaitsSince, today).workingDays();
			if (waited > OFFICE_WORKING_DAYS) {
				due.add(new FollowUp(ProposalStep.REMIND_OFFICE, 0, officeWaitsSince, waited));
			}
		}
		return due;
	}

	/** The day by which the proposer is to evaluate the answer. */
	LocalDate evaluateBy() {
		return answeredOn == null ? null : answeredOn.plusMonths(EVALUATE_MONTHS);
	}

	/** Something now waits for the committee, from today; it has not been reminded of it. */
	private void waitForOffice(Step step) {
		officeWaitsSince = step.today();
		officeReminded = false;
	}

	static ProposalClock clock(ProposalStatus status, LocalDate dueOn, LocalDate answeredOn, LocalDate today) {
		return ProposalClock.of(dueOn, status.awaitsAnswer(), answeredOn, today);
	}

	/** Three calendar months from today (30 November + 3 months = 28 February): the rule counts months, not days. */
	private void startClock(Step step, int months) {
		followUpLevel = 0;
		assignedOn = step.today();
		dueOn = step.today().plusMonths(months);
		adjustUntil = step.calendar().deadline(step.today(), ADJUST_WORKING_DAYS).due();
	}

	private static List<Long> checkUnits(Long lead, List<Long> coUnits) {
		if (lead == null) {
			throw new ValidationException(Violation.of("unitId", "proposal.unit.required"));
		}
		LinkedHashSet<Long> co = new LinkedHashSet<>(coUnits == null ? List.of() : coUnits);
		co.remove(null);
		if (co.contains(lead)) {
			throw new ValidationException(Violation.of("coUnitIds", "proposal.co-unit.is-lead"));
		}
		return List.copyOf(co);
	}

	private static String required(String text, String key) {
		if (text == null || text.isBlank()) {
			throw new ValidationException(Violation.of("text", key));
		}
		return limited(text.strip(), "text");
	}

	private static String optional(String text) {
		return text == null || text.isBlank() ? null : limited(text.strip(), "text");
	}

	private static String limited(String words, String field) {
		if (words.length() > MAX_TEXT) {
			throw new ValidationException(Violation.of(field, "proposal.text.too-long", MAX_TEXT));
		}
		return words;
	}

	/** Text checked against its limit, {@code null} when blank (the caller says whether that is allowed). */
	static String text(String value, String field, int max, List<Violation> violations) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String words = value.strip();
		if (words.length() > max) {
			violations.add(Violation.of(field, "proposal.text.too-long", max));
		}
		return words;
	}

	// ----- reading

	long id() { return id; }
	String number() { return number; }
	String title() { return title; }
	String reasons() { return reasons; }
	String suggestions() { return suggestions; }
	Long proposerAccountId() { return proposerAccountId; }
	String proposerName() { return proposerName; }
	List<Long> coSignerAccountIds() { return coSignerAccountIds; }
	List<String> coSignerNames() { return coSignerNames; }
	List<Long> enterpriseIds() { return enterpriseIds; }
	Long demandId() { return demandId; }
	String demandNumber() { return demandNumber; }
	ProposalStatus status() { return status; }
	Instant submittedAt() { return submittedAt; }
	Instant acceptedAt() { return acceptedAt; }
	String rejectionReason() { return rejectionReason; }
	Disposition disposition() { return disposition; }
	Long leadUnitId() { return leadUnitId; }
	List<Long> coUnitIds() { return List.copyOf(coUnitIds); }
	LocalDate assignedOn() { return assignedOn; }
	LocalDate dueOn() { return dueOn; }
	LocalDate adjustUntil() { return adjustUntil; }
	Long adjustmentUnitId() { return adjustmentUnitId; }
	String adjustmentReason() { return adjustmentReason; }
	boolean adjustmentRequested() { return adjustmentReason != null; }
	AnswerCategory answerCategory() { return answerCategory; }
	String answer() { return answer; }
	LocalDate answeredOn() { return answeredOn; }
	int answerCount() { return answerCount; }
	Evaluation evaluation() { return evaluation; }
	Instant evaluatedAt() { return evaluatedAt; }
	Long opinionId() { return opinionId; }
	Instant closedAt() { return closedAt; }
	int followUpLevel() { return followUpLevel; }
	LocalDate officeWaitsSince() { return officeWaitsSince; }
	boolean officeReminded() { return officeReminded; }
	int version() { return version; }
}
