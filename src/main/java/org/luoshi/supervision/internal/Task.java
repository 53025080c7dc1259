package org.luoshi.supervision.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.luoshi.shared.Actor;
import org.luoshi.shared.ConflictException;
import org.luoshi.shared.NotFoundException;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;
import org.luoshi.supervision.Light;
import org.luoshi.supervision.Priority;
import org.luoshi.supervision.ReportCycle;
import org.luoshi.supervision.TaskDetails.Milestone;
import org.luoshi.supervision.TaskSource;
import org.luoshi.supervision.TaskStatus;

/**
 * A supervised task with its units, milestones and pending extension, loaded whole (and locked for a step) by
 * {@link TaskRows#lock}.
 *
 * <p><b>Lifecycle.</b> A task is written as a {@link TaskStatus#DRAFT} and issued (交办) to its lead unit once it has
 * one and a deadline. The lead unit signs for it (签收, in progress) or returns it (退回) to the issuer, who corrects and
 * issues it again or cancels it. In progress, the lead unit reports progress, reaches milestones, may ask for one
 * extension at a time, and finally asks for completion with evidence; co-operating units contribute. The issuer closes
 * the task (销号) or sends it back, and may remind, send a supervision notice (督办单) or cancel on the way; leaders
 * write instructions (批示). Finishing (closing or cancelling) withdraws a pending extension, and nothing changes a
 * finished task. Which step is allowed in which status for which side is written once, in {@link TaskLifecycle}; the
 * methods here only carry steps out: each validates its input whole, changes the task and returns what happened as
 * {@link TaskEvent}s.
 */
final class Task {

	private final long id;
	private final long goalId;
	private final String goalTitle;
	private final Long parentId;
	private final String number;
	private final long issuerUnitId;
	private final TaskSource source;
	private final String sourceRef;
	private final String targetsJson;
	private final Instant createdAt;
	private final int subtasks;
	private final int openSubtasks;
	private final List<Milestone> milestones;
	/** The share done as the lead unit last reported it (0 before any report). */
	private final int lastReportedPercent;
	/** Issued by the parent's lead unit, which broke its task down (层层分解), rather than by a supervising office. */
	private final boolean cascaded;
	/** The units and draft-ness as loaded: what decides who may find the task's goal. */
	private final java.util.Set<Long> loadedUnitIds;
	private final boolean loadedAsDraft;

	private String content;
	private List<String> tags;
	private Long leadUnitId;
	private List<Long> coUnitIds;
	private Long responsibleStaffId;
	private LocalDate deadline;
	private LocalDate originalDeadline;
	private Priority priority;
	private ReportCycle reportCycle;
	private TaskStatus status;
	private Light light;
	private int percent;
	private String progressText;
	private Instant lastReportAt;
	private Instant issuedAt;
	private Long issuedBy;
	private LocalDate signDue;
	private Instant signedAt;
	private Instant completionRequestedAt;
	private Instant closedAt;
	private Instant lastRemindedAt;
	private boolean published;
	private int version;
	private Instant updatedAt;
	private Extension pendingExtension;

	/** The extension the lead unit asked for that nobody decided yet. */
	record Extension(long id, long unitId, Long requestedBy, String requestedByName, LocalDate currentDeadline,
			LocalDate requestedDeadline, String reason, Instant createdAt) {
	}

	Task(TaskRecord row, String goalTitle, String number, List<Long> coUnitIds, List<Milestone> milestones, Extension pendingExtension,
			int subtasks, int openSubtasks, int lastReportedPercent, boolean cascaded) {
		this.id = row.id();
		this.goalId = row.goalId();
		this.goalTitle = goalTitle;
		this.parentId = row.parentId();
		this.number = number;
		this.issuerUnitId = row.issuerUnitId();
		this.source = row.source();
		this.sourceRef = row.sourceRef();
		this.targetsJson = row.targetsJson();
		this.createdAt = row.createdAt();
		this.subtasks = subtasks;
		this.openSubtasks = openSubtasks;
		this.milestones = new ArrayList<>(milestones);
		this.lastReportedPercent = lastReportedPercent;
		this.cascaded = cascaded;
		this.content = row.content();
		this.tags = row.tags();
		this.leadUnitId = row.leadUnitId();
		this.coUnitIds = List.copyOf(coUnitIds);
		this.responsibleStaffId = row.responsibleStaffId();
		this.deadline = row.deadline();
		this.originalDeadline = row.originalDeadline();
		this.priority = row.priority();
		this.reportCycle = row.reportCycle();
		this.status = row.status();
		this.light = row.light();
		this.percent = row.percent();
		this.progressText = row.progressText();
		this.lastReportAt = row.lastReportAt();
		this.issuedAt = row.issuedAt();
		this.issuedBy = row.issuedBy();
		this.signDue = row.signDue();
		this.signedAt = row.signedAt();
		this.completionRequestedAt = row.completionRequestedAt();
		this.closedAt = row.closedAt();
		this.lastRemindedAt = row.lastRemindedAt();
		this.published = row.published();
		this.version = row.version();
		this.updatedAt = row.updatedAt();
		this.pendingExtension = pendingExtension;
		this.loadedUnitIds = java.util.Set.copyOf(unitIds());
		this.loadedAsDraft = status == TaskStatus.DRAFT;
	}

	/**
	 * What a step needs besides its input: who takes it, the status the transition table leads to, the clock and the
	 * district's settings.
	 */
	record Step(Actor actor, TaskStatus to, Instant now, LocalDate today, ZoneId zone, SupervisionSettings settings) {
	}

	/** Fields of an edit, already checked against the organization (units, staff) by the service. */
	record Fields(String content, List<String> tags, Long leadUnitId, List<Long> coUnitIds, Long staffId, LocalDate deadline,
			List<TaskRows.NewMilestone> milestones, Priority priority, ReportCycle reportCycle, boolean published) {
	}

	// ----- the issuer's side

	/**
	 * Corrects the task. The milestones not reached yet are replaced by the service from {@code fields}; a new lead unit
	 * of an issued task receives it afresh ({@link #reassign}).
	 */
	List<TaskEvent> edit(Fields fields, int readVersion, List<String> changedFields, org.luoshi.shared.Changes changes, Step step) {
		if (readVersion != version) {
			throw ConflictException.staleVersion();
		}
		List<TaskEvent> events = new ArrayList<>();
		boolean deadlineMoved = !Objects.equals(deadline, fields.deadline());
		if (status != TaskStatus.DRAFT && deadlineMoved && originalDeadline == null) {
			originalDeadline = deadline;
		}
		content = fields.content();
		tags = fields.tags();
		leadUnitId = fields.leadUnitId();
		coUnitIds = List.copyOf(fields.coUnitIds());
		responsibleStaffId = fields.staffId();
		deadline = fields.deadline();
		priority = fields.priority();
		reportCycle = fields.reportCycle();
		published = fields.published();
		if (!changes.isEmpty()) {
			events.add(new TaskEvent.Edited(changedFields, deadlineMoved ? deadline : null, changes));
		}
		return events;
	}

	/** The issued task goes to its new lead unit, which has accepted nothing yet and signs for it afresh. */
	List<TaskEvent> reassign(Step step) {
		status = step.to();
		signedAt = null;
		signDue = step.today().plusDays(step.settings().signWithinDays());
		return List.of(new TaskEvent.Issued(true, leadUnitId, coUnitIds, deadline));
	}

	/** Whether the task has what issuing needs: a lead unit and a deadline not past. */
	boolean isIssuable(LocalDate today) {
		return leadUnitId != null && deadline != null && !deadline.isBefore(today);
	}

	/** 交办 (the same conditions as {@link #isIssuable}, each refused on its field). */
	List<TaskEvent> issue(Step step) {
		List<Violation> violations = new ArrayList<>();
		if (leadUnitId == null) {
			violations.add(Violation.of("leadUnitId", "supervision.task.lead.required"));
		}
		if (deadline == null) {
			violations.add(Violation.of("deadline", "supervision.task.deadline.required"));
		}
		else if (deadline.isBefore(step.today())) {
			violations.add(Violation.of("deadline", "supervision.task.deadline.past"));
		}
		ValidationException.throwIfAny(violations);
		boolean again = status == TaskStatus.RETURNED;
		status = step.to();
		issuedAt = step.now();
		issuedBy = step.actor().accountId();
		signDue = step.today().plusDays(step.settings().signWithinDays());
		signedAt = null;
		return List.of(new TaskEvent.Issued(again, leadUnitId, coUnitIds, deadline));
	}

	List<TaskEvent> cancel(String reason, int readVersion, Step step) {
		if (readVersion != version) {
			throw ConflictException.staleVersion();
		}
		List<Violation> violations = new ArrayList<>();
		String why = Inputs.required(reason, "reason", Inputs.MAX_TEXT, violations);
		if (openSubtasks > 0) {
			violations.add(Violation.of(null, "supervision.task.subtasks-open"));
		}
		ValidationException.throwIfAny(violations);
		TaskStatus from = status;
		status = step.to();
		return finishing(new TaskEvent.Cancelled(why, from));
	}

	/** 销号 */
	List<TaskEvent> close(String comment, Step step) {
		List<Violation> violations = new ArrayList<>();
		String words = Inputs.optional(comment, "comment", Inputs.MAX_TEXT, violations);
		if (openSubtasks > 0) {
			violations.add(Violation.of(null, "supervision.task.subtasks-open"));
		}
		ValidationException.throwIfAny(violations);
		boolean onTime = !completionRequestedAt.atZone(step.zone()).toLocalDate().isAfter(deadline);
		status = step.to();
		closedAt = step.now();
		percent = 100;
		return finishing(new TaskEvent.Closed(words, onTime));
	}

	/** A finished task has nothing to extend: a pending extension is withdrawn with it. */
	private List<TaskEvent> finishing(TaskEvent finished) {
		if (pendingExtension == null) {
			return List.of(finished);
		}
		TaskEvent withdrawn = new TaskEvent.ExtensionWithdrawn(pendingExtension.requestedDeadline(), status);
		pendingExtension = null;
		return List.of(finished, withdrawn);
	}

	List<TaskEvent> sendBack(String comment, Step step) {
		List<Violation> violations = new ArrayList<>();
		String words = Inputs.required(comment, "comment", Inputs.MAX_TEXT, violations);
		ValidationException.throwIfAny(violations);
		status = step.to();
		completionRequestedAt = null;
		// The request said 100 %; refused, the task is as far as the unit last reported.
		percent = lastReportedPercent;
		return List.of(new TaskEvent.SentBack(words));
	}

	List<TaskEvent> decideExtension(boolean approve, String note, Step step) {
		List<Violation> violations = new ArrayList<>();
		String words = approve ? Inputs.optional(note, "note", Inputs.MAX_CONTENT, violations)
				: Inputs.required(note, "note", Inputs.MAX_CONTENT, violations);
		ValidationException.throwIfAny(violations);
		Extension request = pendingExtension;
		pendingExtension = null;
		if (!approve) {
			return List.of(new TaskEvent.ExtensionRejected(words, request.requestedDeadline(), request.unitId(), request.requestedBy()));
		}
		LocalDate before = deadline;
		if (originalDeadline == null) {
			originalDeadline = deadline;
		}
		deadline = request.requestedDeadline();
		return List.of(new TaskEvent.ExtensionApproved(words, before, deadline, request.unitId(), request.requestedBy()));
	}

	/** 催办: to the lead unit, in the issuer's words (a reminder without words tells the unit nothing). */
	List<TaskEvent> remind(String text, Step step) {
		List<Violation> violations = new ArrayList<>();
		String words = Inputs.required(text, "text", Inputs.MAX_CONTENT, violations);
		ValidationException.throwIfAny(violations);
		lastRemindedAt = step.now();
		return List.of(new TaskEvent.Reminded(words, leadUnitId));
	}

	/** 督办单, the {@code seq}th of the {@code year} (numbers are counted across tasks, by the service). */
	List<TaskEvent> issueNotice(String issues, String requirements, String replyDue, int year, int seq, Step step) {
		List<Violation> violations = new ArrayList<>();
		String what = Inputs.required(issues, "issues", Inputs.MAX_CONTENT, violations);
		String required = Inputs.required(requirements, "requirements", Inputs.MAX_CONTENT, violations);
		LocalDate due = Inputs.date(replyDue, "replyDue", violations);
		if (due == null && violations.stream().noneMatch(v -> "replyDue".equals(v.field()))) {
			violations.add(Violation.of("replyDue", "validation.required"));
		}
		else if (due != null && due.isBefore(step.today())) {
			violations.add(Violation.of("replyDue", "supervision.date.past"));
		}
		ValidationException.throwIfAny(violations);
		lastRemindedAt = step.now();
		String number = step.settings().noticePrefix() + "〔" + year + "〕" + seq + "号";
		return List.of(new TaskEvent.NoticeIssued(null, year, seq, number, what, required, due, leadUnitId));
	}

	// ----- the lead and co-operating units' side

	/** 签收 */
	List<TaskEvent> sign(Step step) {
		status = step.to();
		signedAt = step.now();
		return List.of(new TaskEvent.Signed());
	}

	/** 退回 */
	List<TaskEvent> returnToIssuer(String reason, Step step) {
		List<Violation> violations = new ArrayList<>();
		String why = Inputs.required(reason, "reason", Inputs.MAX_CONTENT, violations);
		ValidationException.throwIfAny(violations);
		status = step.to();
		return List.of(new TaskEvent.Returned(why));
	}

	/**
	 * The lead unit's progress report. {@code evidence} are the files the actor may attach among those asked for
	 * ({@code asked}): any other is refused.
	 */
	List<TaskEvent> reportProgress(String text, Integer reported, List<Long> asked, List<Long> evidence, Step step) {
		List<Violation> violations = new ArrayList<>();
		String words = Inputs.required(text, "text", Inputs.MAX_TEXT, violations);
		if (reported == null) {
			violations.add(Violation.of("percent", "validation.required"));
		}
		else if (reported < 0 || reported > 100) {
			violations.add(Violation.of("percent", "supervision.progress.percent.range"));
		}
		evidence(asked, evidence, violations);
		ValidationException.throwIfAny(violations);
		int before = percent;
		percent = reported;
		progressText = words;
		lastReportAt = step.now();
		return List.of(new TaskEvent.ProgressReported(words, before, reported, evidence));
	}

	List<TaskEvent> contribute(String text, Integer reported, List<Long> asked, List<Long> evidence, Step step) {
		List<Violation> violations = new ArrayList<>();
		String words = Inputs.required(text, "text", Inputs.MAX_TEXT, violations);
		if (reported != null && (reported < 0 || reported > 100)) {
			violations.add(Violation.of("percent", "supervision.progress.percent.range"));
		}
		evidence(asked, evidence, violations);
		ValidationException.throwIfAny(violations);
		return List.of(new TaskEvent.ContributionMade(words, reported, evidence));
	}

	List<TaskEvent> reachMilestone(long milestoneId, Step step) {
		Milestone milestone = milestones.stream().filter(m -> m.id() == milestoneId).findFirst()
			.orElseThrow(() -> new NotFoundException("milestone", milestoneId));
		if (milestone.reached()) {
			throw new ConflictException("supervision.milestone.reached");
		}
		milestones.replaceAll(m -> m.id() == milestoneId ? new Milestone(m.id(), m.title(), m.dueDate(), step.now()) : m);
		return List.of(new TaskEvent.MilestoneReached(milestoneId, milestone.title(), milestone.dueDate()));
	}

	/** 申请销号: done, shown by evidence. */
	List<TaskEvent> requestCompletion(String text, List<Long> asked, List<Long> evidence, Step step) {
		List<Violation> violations = new ArrayList<>();
		String words = Inputs.required(text, "text", Inputs.MAX_TEXT, violations);
		evidence(asked, evidence, violations);
		if (evidence.isEmpty() && violations.stream().noneMatch(v -> "evidence".equals(v.field()))) {
			violations.add(Violation.of("evidence", "supervision.completion.evidence.required"));
		}
		ValidationException.throwIfAny(violations);
		status = step.to();
		completionRequestedAt = step.now();
		percent = 100;
		progressText = words;
		lastReportAt = step.now();
		return List.of(new TaskEvent.CompletionRequested(words, evidence));
	}

	List<TaskEvent> requestExtension(String newDeadline, String reason, Step step) {
		List<Violation> violations = new ArrayList<>();
		LocalDate requested = Inputs.date(newDeadline, "newDeadline", violations);
		if (requested == null && violations.isEmpty()) {
			violations.add(Violation.of("newDeadline", "validation.required"));
		}
		else if (requested != null && !requested.isAfter(deadline)) {
			violations.add(Violation.of("newDeadline", "supervision.extension.not-later"));
		}
		String why = Inputs.required(reason, "reason", Inputs.MAX_CONTENT, violations);
		ValidationException.throwIfAny(violations);
		pendingExtension = new Extension(0, leadUnitId, step.actor().accountId(), step.actor().displayName(), deadline, requested, why,
				step.now());
		return List.of(new TaskEvent.ExtensionRequested(requested, why));
	}

	// ----- leaders and the policy

	/** 批示 */
	List<TaskEvent> instruct(String text, Step step) {
		List<Violation> violations = new ArrayList<>();
		String words = Inputs.required(text, "text", Inputs.MAX_CONTENT, violations);
		ValidationException.throwIfAny(violations);
		return List.of(new TaskEvent.Instructed(words));
	}

	/** The light the overdue policy gives the task today; a change is an event of its own. */
	List<TaskEvent> applyPolicy(OverduePolicy policy, LocalDate today) {
		Light now = policy.light(new OverduePolicy.Facts(status, deadline, signDue, lastReportAt, reportCycle, firstOpenMilestone(),
				completionRequestedAt), today);
		if (now == light) {
			return List.of();
		}
		Light before = light;
		light = now;
		return List.of(new TaskEvent.LightChanged(before, now));
	}

	private LocalDate firstOpenMilestone() {
		return milestones.stream().filter(m -> !m.reached()).map(Milestone::dueDate).min(LocalDate::compareTo).orElse(null);
	}

	private static void evidence(List<Long> asked, List<Long> attachable, List<Violation> violations) {
		if (attachable.size() != asked.size()) {
			violations.add(Violation.of("evidence", "supervision.evidence.unknown"));
		}
	}

	/** After the row was written: its new version and time. */
	void stored(int newVersion, Instant newUpdatedAt) {
		version = newVersion;
		updatedAt = newUpdatedAt;
	}

	// ----- what the task is

	long id() { return id; }
	long goalId() { return goalId; }
	String goalTitle() { return goalTitle; }
	Long parentId() { return parentId; }

	boolean cascaded() { return cascaded; }
	String number() { return number; }
	long issuerUnitId() { return issuerUnitId; }
	TaskSource source() { return source; }
	String sourceRef() { return sourceRef; }
	String targetsJson() { return targetsJson; }
	Instant createdAt() { return createdAt; }
	int subtasks() { return subtasks; }
	List<Milestone> milestones() { return List.copyOf(milestones); }
	String content() { return content; }
	List<String> tags() { return tags; }
	Long leadUnitId() { return leadUnitId; }
	List<Long> coUnitIds() { return coUnitIds; }

	/**
	 * Whether the steps taken since loading changed who may find the task's goal: a goal is seen by the units of its
	 * tasks that are not drafts, so only new units or leaving or entering the draft state do.
	 */
	boolean changedWhoSeesItsGoal() {
		return !loadedUnitIds.equals(java.util.Set.copyOf(unitIds())) || loadedAsDraft != (status == TaskStatus.DRAFT);
	}

	/** The lead unit (when there is one) and the co-operating units. */
	List<Long> unitIds() {
		List<Long> ids = new ArrayList<>();
		if (leadUnitId != null) {
			ids.add(leadUnitId);
		}
		ids.addAll(coUnitIds);
		return ids;
	}
	Long responsibleStaffId() { return responsibleStaffId; }
	LocalDate deadline() { return deadline; }
	LocalDate originalDeadline() { return originalDeadline; }
	Priority priority() { return priority; }
	ReportCycle reportCycle() { return reportCycle; }
	TaskStatus status() { return status; }
	Light light() { return light; }
	int percent() { return percent; }
	String progressText() { return progressText; }
	Instant lastReportAt() { return lastReportAt; }
	Instant issuedAt() { return issuedAt; }
	Long issuedBy() { return issuedBy; }
	LocalDate signDue() { return signDue; }
	Instant signedAt() { return signedAt; }
	Instant completionRequestedAt() { return completionRequestedAt; }
	Instant closedAt() { return closedAt; }
	Instant lastRemindedAt() { return lastRemindedAt; }
	boolean published() { return published; }
	int version() { return version; }
	Instant updatedAt() { return updatedAt; }
	Extension pendingExtension() { return pendingExtension; }
}
