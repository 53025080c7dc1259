package org.luoshi.enterprise.demands.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.luoshi.calendar.WorkingCalendar;
import org.luoshi.enterprise.demands.DemandClock;
import org.luoshi.enterprise.demands.DemandSource;
import org.luoshi.enterprise.demands.DemandStatus;
import org.luoshi.enterprise.demands.DemandType;
import org.luoshi.enterprise.demands.Satisfaction;
import org.luoshi.shared.Actor;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;

/**
 * An enterprise's demand (诉求), loaded whole and locked by the command path. Its life is {@link DemandLifecycle}'s
 * table: raised and routed to a unit (首接负责) or dispatched by the desk; signed for or returned (a return the desk
 * decides); handled, with co-handling units if need be, and answered; rated by the enterprise — accepted, it is closed,
 * not, it is handled again on the same clock (重办). The clock is the category's time limit in working days from the day
 * it was raised; overdue, the daily follow-up reminds the unit, then takes it to the desk, then to the leaders.
 *
 * <p>Each step checks its input whole, changes the demand and returns what happened as {@link DemandEvent}s; the
 * status it leads to comes from the table ({@link Step#to}).
 */
final class Demand {

	/** The highest escalation: the district's leaders. 1 is the automatic reminder, 2 the desk. */
	static final int TOP_LEVEL = 3;
	static final int MAX_TEXT = 2000;

	/** What every step is given: who, to which status, when, and the calendar and settings it counts with. */
	record Step(Actor actor, DemandStatus to, Instant now, LocalDate today, java.time.ZoneId zone, WorkingCalendar calendar,
			DemandSettings settings) {
	}

	private final long id;
	private final String number;
	private final long enterpriseId;
	private final String divisionCode;
	private final DemandSource source;
	private final String sourceRef;
	private final Long visitId;
	private final DemandType type;
	private final long categoryId;
	private final String title;
	private final String content;
	private final String contactName;
	private final String contactPhone;
	private final Instant raisedAt;
	private final LocalDate raisedOn;
	private final int timeLimitDays;
	private final LocalDate dueOn;
	private final Long raisedBy;
	private final String raisedByName;
	private final int version;

	private DemandStatus status;
	private Long handlingUnitId;
	private List<Long> coUnitIds;
	private Instant assignedAt;
	private LocalDate signDueOn;
	private Instant signedAt;
	private String answer;
	private Instant answeredAt;
	private LocalDate answeredOn;
	private Satisfaction rating;
	private Boolean resolved;
	private Instant ratedAt;
	private Long ratedUnitId;
	private int reopenCount;
	private int escalationLevel;
	private Long similarTo;
	private Long mergedInto;
	private Long taskId;
	private String taskStatus;
	private Long proposalId;
	private String proposalNumber;
	private String proposalStatus;
	private Instant closedAt;

	Demand(long id, String number, long enterpriseId, String divisionCode, DemandSource source, String sourceRef, Long visitId,
			DemandType type, long categoryId, String title, String content, String contactName, String contactPhone, DemandStatus status,
			Long handlingUnitId, List<Long> coUnitIds, Instant raisedAt, LocalDate raisedOn, int timeLimitDays, LocalDate dueOn,
			Instant assignedAt, LocalDate signDueOn, Instant signedAt, String answer, Instant answeredAt, LocalDate answeredOn,
			Satisfaction rating, Boolean resolved, Instant ratedAt, Long ratedUnitId, int reopenCount, int escalationLevel, Long similarTo,
			Long mergedInto, Long taskId, String taskStatus, Long proposalId, String proposalNumber, String proposalStatus, Instant closedAt,
			Long raisedBy, String raisedByName, int version) {
		this.proposalId = proposalId;
		this.proposalNumber = proposalNumber;
		this.proposalStatus = proposalStatus;
		this.id = id;
		this.number = number;
		this.enterpriseId = enterpriseId;
		this.divisionCode = divisionCode;
		this.source = source;
		this.sourceRef = sourceRef;
		this.visitId = visitId;
		this.type = type;
		this.categoryId = categoryId;
		this.title = title;
		this.content = content;
		this.contactName = contactName;
		this.contactPhone = contactPhone;
		this.status = status;
		this.handlingUnitId = handlingUnitId;
		this.coUnitIds = new ArrayList<>(coUnitIds);
		this.raisedAt = raisedAt;
		this.raisedOn = raisedOn;
		this.timeLimitDays = timeLimitDays;
		this.dueOn = dueOn;
		this.assignedAt = assignedAt;
		this.signDueOn = signDueOn;
		this.signedAt = signedAt;
		this.answer = answer;
		this.answeredAt = answeredAt;
		this.answeredOn = answeredOn;
		this.rating = rating;
		this.resolved = resolved;
		this.ratedAt = ratedAt;
		this.ratedUnitId = ratedUnitId;
		this.reopenCount = reopenCount;
		this.escalationLevel = escalationLevel;
		this.similarTo = similarTo;
		this.mergedInto = mergedInto;
		this.taskId = taskId;
		this.taskStatus = taskStatus;
		this.closedAt = closedAt;
		this.raisedBy = raisedBy;
		this.raisedByName = raisedByName;
		this.version = version;
	}

	// ----- the steps

	List<DemandEvent> dispatch(Step step, Long unitId, String note) {
		require(unitId != null, "unitId", "demand.unit.required");
		assign(step, unitId);
		return List.of(new DemandEvent.Dispatched(unitId, blankToNull(note)));
	}

	List<DemandEvent> sign(Step step) {
		boolean inTime = respondedInTime(step);
		status = step.to();
		signedAt = step.now();
		return List.of(new DemandEvent.Signed(handlingUnitId, assignedOn(step), inTime));
	}

	List<DemandEvent> returnToDesk(Step step, String reason) {
		String text = required(reason, "text", "demand.return.reason.required");
		boolean inTime = respondedInTime(step);
		status = step.to();
		return List.of(new DemandEvent.Returned(handlingUnitId, assignedOn(step), inTime, text));
	}

	/** The desk's decision on a return: upheld, {@code unitId} (another unit) takes the demand; not, its unit keeps it. */
	List<DemandEvent> arbitrate(Step step, Boolean upheld, Long unitId, String note) {
		List<Violation> violations = new ArrayList<>();
		if (upheld == null) {
			violations.add(Violation.of("upheld", "demand.arbitration.decision.required"));
		}
		else if (upheld && unitId == null) {
			violations.add(Violation.of("unitId", "demand.unit.required"));
		}
		else if (upheld && unitId.equals(handlingUnitId)) {
			violations.add(Violation.of("unitId", "demand.arbitration.same-unit"));
		}
		if (note == null || note.isBlank()) {
			violations.add(Violation.of("text", "demand.arbitration.note.required"));
		}
		ValidationException.throwIfAny(violations);
		long from = handlingUnitId;
		long to = upheld ? unitId : from;
		assign(step, to);
		return List.of(new DemandEvent.Arbitrated(upheld, from, to, note.strip()));
	}

	List<DemandEvent> transfer(Step step, Long unitId, String reason) {
		List<Violation> violations = new ArrayList<>();
		if (unitId == null) {
			violations.add(Violation.of("unitId", "demand.unit.required"));
		}
		else if (unitId.equals(handlingUnitId)) {
			violations.add(Violation.of("unitId", "demand.transfer.same-unit"));
		}
		if (reason == null || reason.isBlank()) {
			violations.add(Violation.of("text", "demand.transfer.reason.required"));
		}
		ValidationException.throwIfAny(violations);
		long from = handlingUnitId;
		coUnitIds.remove(unitId);
		assign(step, unitId);
		return List.of(new DemandEvent.Transferred(from, unitId, reason.strip()));
	}

	List<DemandEvent> addCoUnit(Step step, Long unitId, String note) {
		require(unitId != null, "unitId", "demand.unit.required");
		require(!unitId.equals(handlingUnitId) && !coUnitIds.contains(unitId), "unitId", "demand.co-unit.already");
		coUnitIds.add(unitId);
		return List.of(new DemandEvent.CoUnitAdded(unitId, blankToNull(note)));
	}

	List<DemandEvent> contribute(Step step, long unitId, String text) {
		return List.of(new DemandEvent.Contributed(unitId, required(text, "text", "demand.contribution.required")));
	}

	List<DemandEvent> answer(Step step, String text) {
		String words = required(text, "text", "demand.answer.required");
		status = step.to();
		answer = words;
		answeredAt = step.now();
		answeredOn = step.today();
		return List.of(new DemandEvent.Answered(handlingUnitId, step.today(), !step.today().isAfter(dueOn), words));
	}

	/** The enterprise's rating: accepted closes the demand, not accepted sends it back to its unit (重办). */
	List<DemandEvent> judge(Step step, Satisfaction newRating, Boolean isResolved, String comment) {
		List<Violation> violations = new ArrayList<>();
		if (newRating == null) {
			violations.add(Violation.of("rating", "demand.rating.required"));
		}
		if (isResolved == null) {
			violations.add(Violation.of("resolved", "demand.resolved.required"));
		}
		if (newRating == Satisfaction.UNSATISFIED && (comment == null || comment.isBlank())) {
			violations.add(Violation.of("text", "demand.rating.unsatisfied.reason"));
		}
		ValidationException.throwIfAny(violations);
		DemandEvent.Judged judged = new DemandEvent.Judged(handlingUnitId, newRating, isResolved, blankToNull(comment), ratedUnitId, rating,
				resolved, ratedAt == null ? null : LocalDate.ofInstant(ratedAt, step.zone()));
		status = step.to();
		rating = newRating;
		resolved = isResolved;
		ratedAt = step.now();
		ratedUnitId = handlingUnitId;
		if (newRating.accepts()) {
			closedAt = step.now();
		}
		else {
			reopenCount++;
		}
		return List.of(judged);
	}

	List<DemandEvent> closeUnrated(Step step) {
		status = step.to();
		closedAt = step.now();
		return List.of(new DemandEvent.ClosedUnrated());
	}

	List<DemandEvent> remind(Step step, String text, boolean automatic) {
		String words = automatic ? text : required(text, "text", "demand.reminder.required");
		if (escalationLevel < 1 && automatic) {
			escalationLevel = 1;
		}
		return List.of(new DemandEvent.Reminded(handlingUnitId == null ? 0 : handlingUnitId, automatic, words));
	}

	List<DemandEvent> instruct(Step step, String text) {
		return List.of(new DemandEvent.Instructed(handlingUnitId, required(text, "text", "demand.instruction.required")));
	}

	List<DemandEvent> escalate(Step step, int level, int workingDaysOverdue) {
		escalationLevel = Math.max(escalationLevel, level);
		return List.of(new DemandEvent.Escalated(level, workingDaysOverdue));
	}

	/** The desk takes the demand to the district's leaders at once, saying why; the follow-up has nothing higher to add. */
	List<DemandEvent> escalateToLeaders(Step step, String text) {
		String reason = required(text, "text", "demand.escalation.reason.required");
		escalationLevel = TOP_LEVEL;
		return List.of(new DemandEvent.EscalatedByDesk(reason));
	}

	List<DemandEvent> raisedToTask(Step step, long newTaskId, String note) {
		taskId = newTaskId;
		taskStatus = "ISSUED";
		return List.of(new DemandEvent.RaisedToTask(newTaskId, blankToNull(note)));
	}

	List<DemandEvent> raisedToProposal(Step step, long newProposalId, String note) {
		proposalId = newProposalId;
		proposalStatus = "SUBMITTED";
		return List.of(new DemandEvent.RaisedToProposal(newProposalId, blankToNull(note)));
	}

	List<DemandEvent> proposalChanged(String number, String status) {
		if (Objects.equals(proposalStatus, status) && Objects.equals(proposalNumber, number)) {
			return List.of();
		}
		proposalNumber = number;
		proposalStatus = status;
		return List.of(new DemandEvent.ProposalStatusChanged(proposalId, number, status));
	}

	List<DemandEvent> mergeInto(Step step, Demand into, String note) {
		List<Violation> violations = new ArrayList<>();
		if (into.id == id) {
			violations.add(Violation.of("otherDemandId", "demand.merge.itself"));
		}
		else if (into.enterpriseId != enterpriseId) {
			violations.add(Violation.of("otherDemandId", "demand.merge.other-enterprise"));
		}
		else if (!into.status.isOpen() && into.status != DemandStatus.ANSWERED) {
			violations.add(Violation.of("otherDemandId", "demand.merge.finished"));
		}
		ValidationException.throwIfAny(violations);
		status = step.to();
		mergedInto = into.id;
		closedAt = step.now();
		return List.of(new DemandEvent.MergedInto(into.id, into.number, blankToNull(note)));
	}

	List<DemandEvent> withdraw(Step step, String reason) {
		String text = required(reason, "text", "demand.withdraw.reason.required");
		status = step.to();
		closedAt = step.now();
		return List.of(new DemandEvent.Withdrawn(text));
	}

	List<DemandEvent> taskChanged(String newStatus) {
		if (Objects.equals(taskStatus, newStatus)) {
			return List.of();
		}
		taskStatus = newStatus;
		return List.of(new DemandEvent.TaskStatusChanged(taskId, newStatus));
	}

	// ----- the clock

	/** Where the demand stands against its time limit today. */
	DemandClock clock(LocalDate today, WorkingCalendar calendar) {
		return clock(status, dueOn, answeredOn, today, calendar);
	}

	/** The same for a list row, from its columns. */
	static DemandClock clock(DemandStatus status, LocalDate dueOn, LocalDate answeredOn, LocalDate today, WorkingCalendar calendar) {
		boolean running = status.isOpen();
		LocalDate end = running ? today : answeredOn;
		if (end == null) {
			return new DemandClock(dueOn, 0, 0, false, DemandClock.Light.GREEN);
		}
		if (end.isAfter(dueOn)) {
			int overdue = (int) calendar.between(dueOn, end).workingDays();
			return new DemandClock(dueOn, 0, Math.max(overdue, 1), running, DemandClock.Light.RED);
		}
		int left = end.isBefore(dueOn) ? (int) calendar.between(end, dueOn).workingDays() : 0;
		DemandClock.Light light = running && left <= 1 ? DemandClock.Light.YELLOW : DemandClock.Light.GREEN;
		return new DemandClock(dueOn, left, 0, running, light);
	}

	// ----- helpers

	private void assign(Step step, long unitId) {
		handlingUnitId = unitId;
		status = step.to();
		assignedAt = step.now();
		signDueOn = step.calendar().deadline(step.today(), step.settings().signLimitDays()).due();
		signedAt = null;
	}

	private boolean respondedInTime(Step step) {
		return signDueOn == null || !step.today().isAfter(signDueOn);
	}

	private LocalDate assignedOn(Step step) {
		return assignedAt == null ? raisedOn : LocalDate.ofInstant(assignedAt, step.zone());
	}

	private static void require(boolean condition, String field, String key) {
		if (!condition) {
			throw new ValidationException(Violation.of(field, key));
		}
	}

	private static String required(String text, String field, String key) {
		if (text == null || text.isBlank()) {
			throw new ValidationException(Violation.of(field, key));
		}
		String words = text.strip();
		if (words.length() > MAX_TEXT) {
			throw new ValidationException(Violation.of(field, "demand.text.too-long", MAX_TEXT));
		}
		return words;
	}

	private static String blankToNull(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String words = text.strip();
		if (words.length() > MAX_TEXT) {
			throw new ValidationException(Violation.of("text", "demand.text.too-long", MAX_TEXT));
		}
		return words;
	}

	// ----- reading

	long id() { return id; }
	String number() { return number; }
	long enterpriseId() { return enterpriseId; }
	String divisionCode() { return divisionCode; }
	DemandSource source() { return source; }
	String sourceRef() { return sourceRef; }
	Long visitId() { return visitId; }
	DemandType type() { return type; }
	long categoryId() { return categoryId; }
	String title() { return title; }
	String content() { return content; }
	String contactName() { return contactName; }
	String contactPhone() { return contactPhone; }
	DemandStatus status() { return status; }
	Long handlingUnitId() { return handlingUnitId; }
	List<Long> coUnitIds() { return List.copyOf(coUnitIds); }
	Instant raisedAt() { return raisedAt; }
	LocalDate raisedOn() { return raisedOn; }
	int timeLimitDays() { return timeLimitDays; }
	LocalDate dueOn() { return dueOn; }
	Instant assignedAt() { return assignedAt; }
	LocalDate signDueOn() { return signDueOn; }
	Instant signedAt() { return signedAt; }
	String answer() { return answer; }
	Instant answeredAt() { return answeredAt; }
	LocalDate answeredOn() { return answeredOn; }
	Satisfaction rating() { return rating; }
	Boolean resolved() { return resolved; }
	Instant ratedAt() { return ratedAt; }
	Long ratedUnitId() { return ratedUnitId; }
	int reopenCount() { return reopenCount; }
	int escalationLevel() { return escalationLevel; }
	Long similarTo() { return similarTo; }
	Long mergedInto() { return mergedInto; }
	Long taskId() { return taskId; }
	String taskStatus() { return taskStatus; }
	Long proposalId() { return proposalId; }
	String proposalNumber() { return proposalNumber; }
	String proposalStatus() { return proposalStatus; }
	Instant closedAt() { return closedAt; }
	Long raisedBy() { return raisedBy; }
	String raisedByName() { return raisedByName; }
	int version() { return version; }
}
