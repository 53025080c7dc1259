package org.luoshi.supervision.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.luoshi.organization.StaffSummary;
import org.luoshi.organization.UnitSummary;
import org.luoshi.shared.Actor;
import org.luoshi.shared.Changes;
import org.luoshi.shared.ConflictException;
import org.luoshi.shared.NotFoundException;
import org.luoshi.shared.Permissions;
import org.luoshi.shared.RecordChanged;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;
import org.luoshi.shared.web.Times;
import org.luoshi.supervision.EvidenceFile;
import org.luoshi.supervision.Light;
import org.luoshi.supervision.Priority;
import org.luoshi.supervision.ReportCycle;
import org.luoshi.supervision.SupervisionNotice;
import org.luoshi.supervision.TaskClosed;
import org.luoshi.supervision.TaskCommands.CreateTask;
import org.luoshi.supervision.TaskCommands.DecideExtension;
import org.luoshi.supervision.TaskCommands.IssueNotice;
import org.luoshi.supervision.TaskCommands.MilestoneInput;
import org.luoshi.supervision.TaskCommands.ReportProgress;
import org.luoshi.supervision.TaskCommands.RequestCompletion;
import org.luoshi.supervision.TaskCommands.RequestExtension;
import org.luoshi.supervision.TaskCommands.Review;
import org.luoshi.supervision.TaskCommands.UpdateTask;
import org.luoshi.supervision.TaskDetails;
import org.luoshi.supervision.TaskEventKind;
import org.luoshi.supervision.TaskIssued;
import org.luoshi.supervision.TaskManagement;
import org.luoshi.supervision.TaskSource;
import org.luoshi.supervision.TaskStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Carries out every step of a task (see {@link TaskManagement} for who may do what). Each step, in one transaction:
 * checks access and the task's status on the locked row, validates the input whole, writes the task, its timeline
 * entry and its audit event, recomputes its light, re-indexes it for search and tells the units concerned.
 */
@Service
@Transactional
class TaskService implements TaskManagement {

	static final long MAX_EVIDENCE_BYTES = 10L * 1024 * 1024;
	/** Where a task typed in by a person may say it came from; reports and imports bring their own tasks. */
	private static final Set<TaskSource> HAND_WRITTEN_SOURCES = Set.of(TaskSource.MANUAL, TaskSource.INSTRUCTION, TaskSource.DEMAND);
	/** The timeline reference of a creation whose note lists unit names not found in the organization. */
	/** The reference of a CREATED entry whose text gives the reasons the task stayed a draft, one per line. */
	static final String KEPT_DRAFT = "kept-draft";

	private final TaskRows tasks;
	private final GoalRows goals;
	private final TimelineRows timeline;
	private final FollowUpRows followUps;
	private final SettingsRows settings;
	private final TaskAccess access;
	private final TaskReading reading;
	private final Units units;
	private final SupervisionSearchRecords searchRecords;
	private final ApplicationEventPublisher events;
	private final Times times;

	TaskService(TaskRows tasks, GoalRows goals, TimelineRows timeline, FollowUpRows followUps, SettingsRows settings,
			TaskAccess access, TaskReading reading, Units units, SupervisionSearchRecords searchRecords, ApplicationEventPublisher events,
			Times times) {
		this.tasks = tasks;
		this.goals = goals;
		this.timeline = timeline;
		this.followUps = followUps;
		this.settings = settings;
		this.access = access;
		this.reading = reading;
		this.units = units;
		this.searchRecords = searchRecords;
		this.events = events;
		this.times = times;
	}

	// ----- the issuer's side

	@Override
	public TaskDetails createTask(CreateTask command, Actor actor) {
		TaskAccess.require(actor, Permissions.SUPERVISION_MANAGE);
		List<Violation> violations = new ArrayList<>();
		GoalRows.GoalRecord goal = command.goalId() == null ? null : goals.find(command.goalId())
			.filter(found -> actor.seesWholeDistrict() || units.isVisibleTo(found.ownerUnitId(), actor))
			.orElse(null);
		if (goal == null) {
			violations.add(Violation.of("goalId", "supervision.task.goal.unknown"));
		}
		TaskRecord parent = null;
		if (command.parentId() != null) {
			parent = tasks.find(command.parentId()).filter(found -> access.manages(found, actor)).orElse(null);
			if (parent == null || goal == null || parent.goalId() != goal.id()) {
				violations.add(Violation.of("parentId", "supervision.task.parent.unknown"));
			}
			else if (parent.parentId() != null) {
				violations.add(Violation.of("parentId", "supervision.task.parent.nested"));
			}
			else if (parent.status().isFinished()) {
				violations.add(Violation.of("parentId", "supervision.task.parent.finished"));
			}
		}
		Fields fields = fields(command.content(), command.tags(), command.leadUnitId(), command.coUnitIds(),
				command.responsibleStaffId(), command.deadline(), command.milestones(), command.issue(), null, actor, violations);
		TaskSource source = command.source() == null ? TaskSource.MANUAL : command.source();
		if (!HAND_WRITTEN_SOURCES.contains(source)) {
			violations.add(Violation.of("source", "supervision.task.source.invalid"));
		}
		String sourceRef = Inputs.optional(command.sourceRef(), "sourceRef", 100, violations);
		ValidationException.throwIfAny(violations);

		long id = tasks.insert(new TaskRows.NewTask(goal.id(), command.parentId(), fields.content(), fields.tags(), null,
				source, sourceRef, units.issuingUnit(actor), fields.leadUnitId(), fields.staffId(), fields.deadline(),
				priority(command.priority()), cycle(command.reportCycle()), command.published(), actor.accountId()));
		return created(id, fields, null, actor, command.issue());
	}

	/**
	 * Creates a task that another part of the platform brings (a confirmed report, an imported ledger, an escalated
	 * demand): validated like any other, issued when it has a lead unit and a deadline, else left as a draft.
	 */
	TaskDetails createFrom(long goalId, TaskSource source, String sourceRef, String content, List<String> tags, String targetsJson,
			Long leadUnitId, List<Long> coUnitIds, LocalDate deadline, String note, boolean issueWhenComplete, Actor actor) {
		List<Violation> violations = new ArrayList<>();
		boolean issue = issueWhenComplete && leadUnitId != null && deadline != null;
		Fields fields = fields(content, tags, leadUnitId, coUnitIds, null, deadline == null ? null : deadline.toString(), List.of(),
				issue, null, actor, violations);
		ValidationException.throwIfAny(violations);
		long id = tasks.insert(new TaskRows.NewTask(goalId, null, fields.content(), fields.tags(), targetsJson, source, sourceRef,
				units.issuingUnit(actor), fields.leadUnitId(), null, fields.deadline(), Priority.NORMAL, ReportCycle.MONTHLY, false,
				actor.accountId()));
		return created(id, fields, note, actor, issue);
	}

	private TaskDetails created(long id, Fields fields, String note, Actor actor, boolean issue) {
		tasks.replaceUnits(id, fields.leadUnitId(), fields.coUnitIds());
		tasks.replaceOpenMilestones(id, fields.milestones());
		TaskRecord task = tasks.find(id).orElseThrow();
		// A note says why a task brought from elsewhere stayed a draft (a confirmed report's hand-off plan).
		timeline.append(id, TaskEventKind.CREATED, actor, null, note, null,
				note == null ? TimelineRows.Data.NONE : new TimelineRows.Data(null, null, null, KEPT_DRAFT, null, false));
		events.publishEvent(RecordChanged.of("supervision.task.created", "task", id, label(task),
				Changes.of().created("content", task.content()).created("leadUnitId", task.leadUnitId())
					.created("coUnitIds", fields.coUnitIds().isEmpty() ? null : fields.coUnitIds())
					.created("deadline", string(task.deadline())).created("tags", task.tags().isEmpty() ? null : task.tags())));
		if (issue) {
			issueNow(task, actor, false);
		}
		return finish(id, actor);
	}

	@Override
	public TaskDetails updateTask(UpdateTask command, Actor actor) {
		TaskRecord task = access.lockVisible(command.id(), actor);
		access.requireManages(task, actor);
		if (task.status().isFinished()) {
			throw new ConflictException("supervision.task.finished");
		}
		if (task.version() != command.version()) {
			throw ConflictException.staleVersion();
		}
		List<Violation> violations = new ArrayList<>();
		boolean issued = task.status() != TaskStatus.DRAFT;
		Fields fields = fields(command.content(), command.tags(), command.leadUnitId(), command.coUnitIds(),
				command.responsibleStaffId(), command.deadline(), command.milestones(), issued, task, actor, violations);
		ValidationException.throwIfAny(violations);

		List<Long> coBefore = tasks.coUnits(task.id());
		boolean newLead = issued && !Objects.equals(task.leadUnitId(), fields.leadUnitId());
		Map<String, Object> columns = new LinkedHashMap<>();
		columns.put("content", fields.content());
		columns.put("tags", fields.tags());
		columns.put("lead_unit_id", fields.leadUnitId());
		columns.put("responsible_staff_id", fields.staffId());
		columns.put("deadline", fields.deadline());
		columns.put("priority", priority(command.priority()));
		columns.put("report_cycle", cycle(command.reportCycle()));
		columns.put("published", command.published());
		if (issued && !Objects.equals(task.deadline(), fields.deadline()) && task.originalDeadline() == null) {
			columns.put("original_deadline", task.deadline());
		}
		if (newLead && task.status() != TaskStatus.RETURNED) {
			// The new lead unit has not accepted anything yet: it signs for the task afresh.
			columns.put("status", TaskStatus.ISSUED);
			columns.put("signed_at", null);
			columns.put("sign_due", times.today().plusDays(settings.read().signWithinDays()));
		}
		if (!tasks.update(task.id(), task.version(), columns)) {
			throw ConflictException.staleVersion();
		}
		tasks.replaceUnits(task.id(), fields.leadUnitId(), fields.coUnitIds());
		tasks.replaceOpenMilestones(task.id(), fields.milestones());

		Changes changes = Changes.of().field("content", task.content(), fields.content())
			.field("tags", task.tags(), fields.tags())
			.field("leadUnitId", task.leadUnitId(), fields.leadUnitId())
			.field("coUnitIds", coBefore, fields.coUnitIds())
			.field("responsibleStaffId", task.responsibleStaffId(), fields.staffId())
			.field("deadline", string(task.deadline()), string(fields.deadline()))
			.field("priority", task.priority().name(), priority(command.priority()).name())
			.field("reportCycle", task.reportCycle().name(), cycle(command.reportCycle()).name())
			.field("published", task.published(), command.published());
		if (!changes.isEmpty()) {
			Units.Names names = units.names();
			List<String> said = new ArrayList<>();
			changes.asOrderedMap().forEach((field, change) -> said.add(field));
			timeline.append(task.id(), TaskEventKind.EDITED, actor, null, String.join(", ", said), null,
					Objects.equals(task.deadline(), fields.deadline()) ? TimelineRows.Data.NONE : TimelineRows.Data.deadline(fields.deadline()));
			events.publishEvent(RecordChanged.of("supervision.task.edited", "task", task.id(), label(task), changes));
			if (newLead) {
				TaskRecord updated = tasks.find(task.id()).orElseThrow();
				events.publishEvent(new TaskIssued(task.id(), task.goalId(), label(updated), fields.leadUnitId(), fields.coUnitIds(),
						fields.deadline(), task.source(), task.sourceRef()));
				notifyUnits(updated, unitsOf(fields.leadUnitId(), fields.coUnitIds()), Set.of(), actor, "supervision.notify.issued",
						null, names);
			}
		}
		return finish(task.id(), actor);
	}

	@Override
	public TaskDetails issue(long taskId, int version, Actor actor) {
		TaskRecord task = access.lockVisible(taskId, actor);
		access.requireManages(task, actor);
		if (task.status() != TaskStatus.DRAFT && task.status() != TaskStatus.RETURNED) {
			throw new ConflictException("supervision.task.not-issuable");
		}
		if (task.version() != version) {
			throw ConflictException.staleVersion();
		}
		List<Violation> violations = new ArrayList<>();
		if (task.leadUnitId() == null) {
			violations.add(Violation.of("leadUnitId", "supervision.task.lead.required"));
		}
		if (task.deadline() == null) {
			violations.add(Violation.of("deadline", "supervision.task.deadline.required"));
		}
		else if (task.deadline().isBefore(times.today())) {
			violations.add(Violation.of("deadline", "supervision.task.deadline.past"));
		}
		ValidationException.throwIfAny(violations);
		issueNow(task, actor, task.status() == TaskStatus.RETURNED);
		return finish(taskId, actor);
	}

	private void issueNow(TaskRecord task, Actor actor, boolean again) {
		Map<String, Object> columns = new LinkedHashMap<>();
		columns.put("status", TaskStatus.ISSUED);
		columns.put("issued_at", now());
		columns.put("issued_by", actor.accountId());
		columns.put("sign_due", times.today().plusDays(settings.read().signWithinDays()));
		columns.put("signed_at", null);
		if (!tasks.update(task.id(), task.version(), columns)) {
			throw ConflictException.staleVersion();
		}
		List<Long> coUnits = tasks.coUnits(task.id());
		timeline.append(task.id(), TaskEventKind.ISSUED, actor, task.leadUnitId(), again ? "reissued" : null, null,
				TimelineRows.Data.deadline(task.deadline()));
		TaskRecord issued = tasks.find(task.id()).orElseThrow();
		events.publishEvent(new TaskIssued(task.id(), task.goalId(), label(issued), task.leadUnitId(), coUnits, task.deadline(),
				task.source(), task.sourceRef()));
		notifyUnits(issued, unitsOf(task.leadUnitId(), coUnits), Set.of(), actor, "supervision.notify.issued", null, units.names());
	}

	@Override
	public TaskDetails cancel(long taskId, int version, String reason, Actor actor) {
		TaskRecord task = access.lockVisible(taskId, actor);
		access.requireManages(task, actor);
		if (task.status().isFinished()) {
			throw new ConflictException("supervision.task.finished");
		}
		if (task.version() != version) {
			throw ConflictException.staleVersion();
		}
		List<Violation> violations = new ArrayList<>();
		String why = Inputs.required(reason, "reason", Inputs.MAX_TEXT, violations);
		if (tasks.subtasks(taskId).stream().anyMatch(subtask -> !subtask.status().isFinished())) {
			violations.add(Violation.of(null, "supervision.task.subtasks-open"));
		}
		ValidationException.throwIfAny(violations);
		transition(task, columns("status", TaskStatus.CANCELLED));
		timeline.append(taskId, TaskEventKind.CANCELLED, actor, null, why, null, TimelineRows.Data.NONE);
		audit("supervision.task.cancelled", task, Changes.of().field("status", task.status().name(), TaskStatus.CANCELLED.name())
			.field("reason", null, why));
		if (task.status() != TaskStatus.DRAFT) {
			notifyUnits(task, unitsOf(task.leadUnitId(), tasks.coUnits(taskId)), Set.of(), actor, "supervision.notify.cancelled", why,
					units.names());
		}
		return finish(taskId, actor);
	}

	@Override
	public TaskDetails review(Review command, Actor actor) {
		TaskRecord task = access.lockVisible(command.taskId(), actor);
		access.requireManages(task, actor);
		if (task.status() != TaskStatus.COMPLETION_REQUESTED) {
			throw new ConflictException("supervision.task.not-awaiting-review");
		}
		List<Violation> violations = new ArrayList<>();
		String comment = command.approve() ? Inputs.optional(command.comment(), "comment", Inputs.MAX_TEXT, violations)
				: Inputs.required(command.comment(), "comment", Inputs.MAX_TEXT, violations);
		if (command.approve() && tasks.subtasks(task.id()).stream().anyMatch(subtask -> !subtask.status().isFinished())) {
			violations.add(Violation.of(null, "supervision.task.subtasks-open"));
		}
		ValidationException.throwIfAny(violations);
		if (command.approve()) {
			transition(task, columns("status", TaskStatus.CLOSED, "closed_at", now(), "percent", 100));
			timeline.append(task.id(), TaskEventKind.CLOSED, actor, null, comment, 100, TimelineRows.Data.NONE);
			boolean onTime = !times.date(task.completionRequestedAt()).isAfter(task.deadline());
			events.publishEvent(new TaskClosed(task.id(), task.goalId(), label(task), task.leadUnitId(), task.source(), task.sourceRef(),
					task.deadline(), onTime));
			notifyUnits(task, Set.of(task.leadUnitId()), Set.of(), actor, "supervision.notify.closed", comment, units.names());
		}
		else {
			transition(task, columns("status", TaskStatus.IN_PROGRESS, "completion_requested_at", null));
			timeline.append(task.id(), TaskEventKind.SENT_BACK, actor, null, comment, null, TimelineRows.Data.NONE);
			audit("supervision.task.sent-back", task, Changes.of().field("status", task.status().name(), TaskStatus.IN_PROGRESS.name())
				.field("comment", null, comment));
			notifyUnits(task, Set.of(task.leadUnitId()), Set.of(), actor, "supervision.notify.sent-back", comment, units.names());
		}
		return finish(task.id(), actor);
	}

	@Override
	public TaskDetails decideExtension(DecideExtension command, Actor actor) {
		TaskRecord task = access.lockVisible(command.taskId(), actor);
		access.requireManages(task, actor);
		FollowUpRows.Extension request = followUps.pendingExtension(task.id())
			.orElseThrow(() -> new ConflictException("supervision.extension.none-pending"));
		List<Violation> violations = new ArrayList<>();
		String note = command.approve() ? Inputs.optional(command.note(), "note", Inputs.MAX_CONTENT, violations)
				: Inputs.required(command.note(), "note", Inputs.MAX_CONTENT, violations);
		ValidationException.throwIfAny(violations);
		followUps.decideExtension(request.id(), command.approve(), actor.accountId(), note);
		if (command.approve()) {
			Map<String, Object> columns = new LinkedHashMap<>();
			columns.put("deadline", request.requestedDeadline());
			if (task.originalDeadline() == null) {
				columns.put("original_deadline", task.deadline());
			}
			transition(task, columns);
			timeline.append(task.id(), TaskEventKind.EXTENSION_APPROVED, actor, null, note, null,
					TimelineRows.Data.deadline(request.requestedDeadline()));
			audit("supervision.extension.approved", task,
					Changes.of().field("deadline", string(task.deadline()), string(request.requestedDeadline())).field("note", null, note));
		}
		else {
				timeline.append(task.id(), TaskEventKind.EXTENSION_REJECTED, actor, null, note, null,
					TimelineRows.Data.deadline(request.requestedDeadline()));
			audit("supervision.extension.rejected", task, Changes.of().field("requestedDeadline", null, string(request.requestedDeadline()))
				.field("note", null, note));
		}
		notifyUnits(task, Set.of(request.unitId()), accounts(request.requestedBy()), actor,
				command.approve() ? "supervision.notify.extension-approved" : "supervision.notify.extension-rejected", note, units.names());
		return finish(task.id(), actor);
	}

	@Override
	public TaskDetails remind(long taskId, String text, Actor actor) {
		TaskRecord task = access.lockVisible(taskId, actor);
		access.requireManages(task, actor);
		if (task.status() != TaskStatus.ISSUED && task.status() != TaskStatus.IN_PROGRESS) {
			throw new ConflictException("supervision.task.not-remindable");
		}
		List<Violation> violations = new ArrayList<>();
		String words = Inputs.optional(text, "text", Inputs.MAX_CONTENT, violations);
		ValidationException.throwIfAny(violations);
		transition(task, columns("last_reminded_at", now()));
		timeline.append(taskId, TaskEventKind.REMINDER, actor, task.leadUnitId(), words, null, TimelineRows.Data.NONE);
		audit("supervision.task.reminded", task, Changes.of().field("reminder", null, words == null ? "" : words));
		notifyUnits(task, Set.of(task.leadUnitId()), Set.of(), actor, "supervision.notify.reminder", words, units.names());
		return finish(taskId, actor);
	}

	@Override
	public SupervisionNotice issueNotice(IssueNotice command, Actor actor) {
		TaskRecord task = access.lockVisible(command.taskId(), actor);
		access.requireManages(task, actor);
		if (task.status() != TaskStatus.ISSUED && task.status() != TaskStatus.IN_PROGRESS) {
			throw new ConflictException("supervision.task.not-remindable");
		}
		List<Violation> violations = new ArrayList<>();
		String issues = Inputs.required(command.issues(), "issues", Inputs.MAX_CONTENT, violations);
		String requirements = Inputs.required(command.requirements(), "requirements", Inputs.MAX_CONTENT, violations);
		LocalDate replyDue = Inputs.date(command.replyDue(), "replyDue", violations);
		if (replyDue == null && violations.stream().noneMatch(v -> "replyDue".equals(v.field()))) {
			violations.add(Violation.of("replyDue", "validation.required"));
		}
		else if (replyDue != null && replyDue.isBefore(times.today())) {
			violations.add(Violation.of("replyDue", "supervision.date.past"));
		}
		ValidationException.throwIfAny(violations);
		int year = times.today().getYear();
		int seq = followUps.nextNoticeSeq(year);
		String number = settings.read().noticePrefix() + "〔" + year + "〕" + seq + "号";
		long issuerUnit = units.issuingUnit(actor);
		long noticeId = followUps.insertNotice(task.id(), year, seq, number, task.leadUnitId(), issues, requirements, replyDue, issuerUnit,
				actor.accountId(), actor.displayName());
		transition(task, columns("last_reminded_at", now()));
		timeline.append(task.id(), TaskEventKind.NOTICE, actor, task.leadUnitId(), issues, null,
				new TimelineRows.Data(null, null, replyDue, number, noticeId, false));
		events.publishEvent(RecordChanged.of("supervision.notice.issued", "notice", noticeId, number,
				Changes.of().created("taskId", task.id()).created("unitId", task.leadUnitId()).created("issues", issues)
					.created("requirements", requirements).created("replyDue", string(replyDue))));
		notifyUnits(task, Set.of(task.leadUnitId()), Set.of(), actor, "supervision.notify.notice", number + "：" + issues, units.names());
		finish(task.id(), actor);
		return TaskReading.notice(followUps.notice(noticeId).orElseThrow(), tasks.find(task.id()).orElseThrow(), units.names());
	}

	// ----- the lead unit's side

	@Override
	public TaskDetails sign(long taskId, Actor actor) {
		TaskRecord task = access.lockVisible(taskId, actor);
		access.requireLeads(task, actor);
		if (task.status() != TaskStatus.ISSUED) {
			throw new ConflictException("supervision.task.not-awaiting-signature");
		}
		transition(task, columns("status", TaskStatus.IN_PROGRESS, "signed_at", now()));
		timeline.append(taskId, TaskEventKind.SIGNED, actor, task.leadUnitId(), null, null, TimelineRows.Data.NONE);
		audit("supervision.task.signed", task, Changes.of().field("status", task.status().name(), TaskStatus.IN_PROGRESS.name()));
		return finish(taskId, actor);
	}

	@Override
	public TaskDetails returnTask(long taskId, String reason, Actor actor) {
		TaskRecord task = access.lockVisible(taskId, actor);
		access.requireLeads(task, actor);
		if (task.status() != TaskStatus.ISSUED) {
			throw new ConflictException("supervision.task.not-awaiting-signature");
		}
		List<Violation> violations = new ArrayList<>();
		String why = Inputs.required(reason, "reason", Inputs.MAX_CONTENT, violations);
		ValidationException.throwIfAny(violations);
		transition(task, columns("status", TaskStatus.RETURNED));
		timeline.append(taskId, TaskEventKind.RETURNED, actor, task.leadUnitId(), why, null, TimelineRows.Data.NONE);
		audit("supervision.task.returned", task, Changes.of().field("status", task.status().name(), TaskStatus.RETURNED.name())
			.field("reason", null, why));
		notifyUnits(task, Set.of(), accounts(task.issuedBy()), actor, "supervision.notify.returned", why, units.names());
		return finish(taskId, actor);
	}

	@Override
	public TaskDetails reportProgress(ReportProgress command, Actor actor) {
		TaskRecord task = access.lockVisible(command.taskId(), actor);
		boolean lead = access.leads(task, actor);
		if (!lead && !access.cooperates(task, actor)) {
			throw new AccessDeniedException(Permissions.SUPERVISION_HANDLE);
		}
		if (task.status() != TaskStatus.IN_PROGRESS) {
			throw new ConflictException(task.status() == TaskStatus.ISSUED ? "supervision.task.sign-first" : "supervision.task.not-in-progress");
		}
		List<Violation> violations = new ArrayList<>();
		String text = Inputs.required(command.text(), "text", Inputs.MAX_TEXT, violations);
		Integer percent = command.percent();
		if (lead && percent == null) {
			violations.add(Violation.of("percent", "validation.required"));
		}
		else if (percent != null && (percent < 0 || percent > 100)) {
			violations.add(Violation.of("percent", "supervision.progress.percent.range"));
		}
		List<Long> evidence = evidence(command.evidence(), actor, violations);
		ValidationException.throwIfAny(violations);

		Long unitId = lead ? task.leadUnitId() : reportingCoUnit(task, actor);
		long eventId = timeline.append(task.id(), lead ? TaskEventKind.PROGRESS : TaskEventKind.CONTRIBUTION, actor, unitId, text,
				percent, TimelineRows.Data.NONE);
		timeline.attach(evidence, task.id(), eventId);
		if (lead) {
			transition(task, columns("percent", percent, "progress_text", text, "last_report_at", now()));
			followUps.answerNotices(task.id());
		}
		audit(lead ? "supervision.progress.reported" : "supervision.progress.contributed", task,
				Changes.of().field("percent", lead ? task.percent() : null, percent).field("text", null, text)
					.field("evidence", null, evidence.isEmpty() ? null : evidence));
		return finish(task.id(), actor);
	}

	@Override
	public TaskDetails reachMilestone(long taskId, long milestoneId, Actor actor) {
		TaskRecord task = access.lockVisible(taskId, actor);
		access.requireLeads(task, actor);
		if (task.status() != TaskStatus.IN_PROGRESS) {
			throw new ConflictException("supervision.task.not-in-progress");
		}
		TaskDetails.Milestone milestone = tasks.milestones(taskId).stream().filter(m -> m.id() == milestoneId).findFirst()
			.orElseThrow(() -> new NotFoundException("milestone", milestoneId));
		if (!tasks.reachMilestone(taskId, milestoneId)) {
			throw new ConflictException("supervision.milestone.reached");
		}
		timeline.append(taskId, TaskEventKind.MILESTONE_REACHED, actor, task.leadUnitId(), milestone.title(), null,
				TimelineRows.Data.deadline(milestone.dueDate()));
		audit("supervision.milestone.reached", task, Changes.of().field("milestone", null, milestone.title()));
		return finish(taskId, actor);
	}

	@Override
	public TaskDetails requestCompletion(RequestCompletion command, Actor actor) {
		TaskRecord task = access.lockVisible(command.taskId(), actor);
		access.requireLeads(task, actor);
		if (task.status() != TaskStatus.IN_PROGRESS) {
			throw new ConflictException(task.status() == TaskStatus.ISSUED ? "supervision.task.sign-first" : "supervision.task.not-in-progress");
		}
		List<Violation> violations = new ArrayList<>();
		String text = Inputs.required(command.text(), "text", Inputs.MAX_TEXT, violations);
		List<Long> evidence = evidence(command.evidence(), actor, violations);
		if (evidence.isEmpty() && violations.stream().noneMatch(v -> "evidence".equals(v.field()))) {
			violations.add(Violation.of("evidence", "supervision.completion.evidence.required"));
		}
		ValidationException.throwIfAny(violations);
		long eventId = timeline.append(task.id(), TaskEventKind.COMPLETION_REQUESTED, actor, task.leadUnitId(), text, 100,
				TimelineRows.Data.NONE);
		timeline.attach(evidence, task.id(), eventId);
		transition(task, columns("status", TaskStatus.COMPLETION_REQUESTED, "completion_requested_at", now(), "progress_text", text,
				"last_report_at", now()));
		followUps.answerNotices(task.id());
		audit("supervision.completion.requested", task, Changes.of().field("status", task.status().name(),
				TaskStatus.COMPLETION_REQUESTED.name()).field("text", null, text).field("evidence", null, evidence));
		notifyUnits(task, Set.of(), accounts(task.issuedBy()), actor, "supervision.notify.completion-requested", text, units.names());
		return finish(task.id(), actor);
	}

	@Override
	public TaskDetails requestExtension(RequestExtension command, Actor actor) {
		TaskRecord task = access.lockVisible(command.taskId(), actor);
		access.requireLeads(task, actor);
		if (task.status() != TaskStatus.ISSUED && task.status() != TaskStatus.IN_PROGRESS) {
			throw new ConflictException("supervision.task.not-remindable");
		}
		if (followUps.pendingExtension(task.id()).isPresent()) {
			throw new ConflictException("supervision.extension.pending");
		}
		List<Violation> violations = new ArrayList<>();
		LocalDate requested = Inputs.date(command.newDeadline(), "newDeadline", violations);
		if (requested == null && violations.isEmpty()) {
			violations.add(Violation.of("newDeadline", "validation.required"));
		}
		else if (requested != null && !requested.isAfter(task.deadline())) {
			violations.add(Violation.of("newDeadline", "supervision.extension.not-later"));
		}
		String reason = Inputs.required(command.reason(), "reason", Inputs.MAX_CONTENT, violations);
		ValidationException.throwIfAny(violations);
		followUps.requestExtension(task.id(), task.leadUnitId(), actor.accountId(), task.deadline(), requested, reason);
		timeline.append(task.id(), TaskEventKind.EXTENSION_REQUESTED, actor, task.leadUnitId(), reason, null,
				TimelineRows.Data.deadline(requested));
		audit("supervision.extension.requested", task, Changes.of().field("requestedDeadline", null, string(requested))
			.field("reason", null, reason));
		notifyUnits(task, Set.of(), accounts(task.issuedBy()), actor, "supervision.notify.extension-requested", reason, units.names());
		return finish(task.id(), actor);
	}

	// ----- leaders

	@Override
	public TaskDetails instruct(long taskId, String text, Actor actor) {
		TaskRecord task = access.lockVisible(taskId, actor);
		if (!access.instructs(task, actor)) {
			throw new AccessDeniedException(Permissions.SUPERVISION_INSTRUCT);
		}
		List<Violation> violations = new ArrayList<>();
		String words = Inputs.required(text, "text", Inputs.MAX_CONTENT, violations);
		ValidationException.throwIfAny(violations);
		timeline.append(taskId, TaskEventKind.INSTRUCTION, actor, null, words, null, TimelineRows.Data.NONE);
		audit("supervision.task.instructed", task, Changes.of().field("instruction", null, words));
		if (task.status() != TaskStatus.DRAFT) {
			notifyUnits(task, unitsOf(task.leadUnitId(), tasks.coUnits(taskId)), accounts(task.issuedBy()), actor,
					"supervision.notify.instruction", words, units.names());
		}
		return finish(taskId, actor);
	}

	// ----- evidence

	@Override
	public EvidenceFile uploadEvidence(String name, String contentType, byte[] content, Actor actor) {
		TaskAccess.require(actor, Permissions.SUPERVISION_HANDLE);
		List<Violation> violations = new ArrayList<>();
		String fileName = name == null ? "" : name.replaceAll("[\\\\/]", "_").strip();
		if (content == null || content.length == 0) {
			violations.add(Violation.of("file", "supervision.evidence.empty"));
		}
		else if (content.length > MAX_EVIDENCE_BYTES) {
			violations.add(Violation.of("file", "supervision.evidence.too-large", MAX_EVIDENCE_BYTES / 1024 / 1024));
		}
		if (fileName.isEmpty()) {
			fileName = "evidence";
		}
		ValidationException.throwIfAny(violations);
		String type = contentType == null || contentType.isBlank() ? "application/octet-stream" : Inputs.abbreviate(contentType, 100);
		String sha256 = TaskReading.sha256(content);
		long id = timeline.storeEvidence(Inputs.abbreviate(fileName, 255), type, content, sha256, actor.accountId());
		events.publishEvent(RecordChanged.of("supervision.evidence.uploaded", "evidence", id, fileName,
				Changes.of().created("size", content.length).created("sha256", sha256)));
		return timeline.evidence(id).orElseThrow();
	}

	@Override
	@Transactional(readOnly = true)
	public List<EvidenceFile> unattachedEvidence(Actor actor) {
		return actor.accountId() == null ? List.of() : timeline.unattached(actor.accountId());
	}

	private List<Long> evidence(List<Long> ids, Actor actor, List<Violation> violations) {
		List<Long> wanted = ids.stream().filter(Objects::nonNull).distinct().toList();
		List<Long> attachable = timeline.attachable(wanted, actor.accountId());
		if (attachable.size() != wanted.size()) {
			violations.add(Violation.of("evidence", "supervision.evidence.unknown"));
		}
		return attachable;
	}

	// ----- shared steps

	/** What a create or update command says, checked. */
	private record Fields(String content, List<String> tags, Long leadUnitId, List<Long> coUnitIds, Long staffId,
			LocalDate deadline, List<TaskRows.NewMilestone> milestones) {
	}

	private Fields fields(String contentText, List<String> tagList, Long leadUnitId, List<Long> coUnitIds, Long staffId,
			String deadlineText, List<MilestoneInput> milestoneInputs, boolean issued, TaskRecord existing, Actor actor,
			List<Violation> violations) {
		String content = Inputs.required(contentText, "content", Inputs.MAX_CONTENT, violations);
		List<String> tags = Inputs.tags(tagList, violations);
		if (leadUnitId != null && !assignable(leadUnitId, actor)) {
			violations.add(Violation.of("leadUnitId", "supervision.task.unit.unknown"));
		}
		else if (leadUnitId == null && issued) {
			violations.add(Violation.of("leadUnitId", "supervision.task.lead.required"));
		}
		Set<Long> coUnits = new LinkedHashSet<>();
		for (Long unitId : coUnitIds) {
			if (unitId == null || !assignable(unitId, actor)) {
				violations.add(Violation.of("coUnitIds", "supervision.task.unit.unknown"));
			}
			else if (!unitId.equals(leadUnitId)) {
				coUnits.add(unitId);
			}
		}
		if (staffId != null) {
			StaffSummary staff = units.directory().findStaff(staffId).filter(StaffSummary::active).orElse(null);
			if (staff == null || leadUnitId == null || !units.subtree(leadUnitId).contains(staff.unitId())) {
				violations.add(Violation.of("responsibleStaffId", "supervision.task.staff.not-of-lead"));
			}
		}
		int before = violations.size();
		LocalDate deadline = Inputs.date(deadlineText, "deadline", violations);
		boolean deadlineChanged = existing == null || !Objects.equals(existing.deadline(), deadline);
		if (deadline == null && issued && violations.size() == before) {
			violations.add(Violation.of("deadline", "supervision.task.deadline.required"));
		}
		else if (deadline != null && deadlineChanged && deadline.isBefore(times.today())) {
			violations.add(Violation.of("deadline", "supervision.task.deadline.past"));
		}
		List<TaskRows.NewMilestone> milestones = new ArrayList<>();
		for (MilestoneInput input : milestoneInputs) {
			if (input == null || ((input.title() == null || input.title().isBlank()) && (input.dueDate() == null || input.dueDate().isBlank()))) {
				continue;
			}
			String title = Inputs.required(input.title(), "milestones", 200, violations);
			int count = violations.size();
			LocalDate due = Inputs.date(input.dueDate(), "milestones", violations);
			if (due == null && violations.size() == count) {
				violations.add(Violation.of("milestones", "supervision.milestone.date.required"));
			}
			else if (due != null && deadline != null && due.isAfter(deadline)) {
				violations.add(Violation.of("milestones", "supervision.milestone.after-deadline"));
			}
			if (title != null && due != null) {
				milestones.add(new TaskRows.NewMilestone(title, due));
			}
		}
		return new Fields(content, tags, leadUnitId, new ArrayList<>(coUnits), staffId, deadline, milestones);
	}

	/** A unit a task can go to: active, and within the issuer's scope. */
	private boolean assignable(long unitId, Actor actor) {
		UnitSummary unit = units.find(unitId).orElse(null);
		return unit != null && unit.active() && (actor.seesWholeDistrict() || units.isVisibleTo(unitId, actor));
	}

	/** Applies a step's columns to the locked row (the version moves on, so open forms of the task notice the change). */
	private void transition(TaskRecord task, Map<String, Object> columns) {
		if (!tasks.update(task.id(), task.version(), columns)) {
			throw ConflictException.staleVersion();
		}
	}

	/** After every step: the light by the policy (recorded on the timeline when it changes) and the search index. */
	private TaskDetails finish(long taskId, Actor actor) {
		TaskRecord task = tasks.find(taskId).orElseThrow();
		OverduePolicy policy = new OverduePolicy(settings.read(), times.zone());
		Light light = policy.light(new OverduePolicy.Facts(task.status(), task.deadline(), task.signDue(), task.lastReportAt(),
				task.reportCycle(), tasks.firstOpenMilestone(taskId).orElse(null), task.completionRequestedAt()), times.today());
		if (light != task.light()) {
			tasks.setLight(taskId, light);
			timeline.append(taskId, TaskEventKind.LIGHT_CHANGED, Actor.SYSTEM, null, null, null,
					TimelineRows.Data.light(task.light(), light));
		}
		index(task);
		return reading.details(tasks.find(taskId).orElseThrow());
	}

	// visibility engineer (issue 8): what a task's search document holds and who may find it is SupervisionSearchRecords'.
	void index(TaskRecord task) {
		searchRecords.index(task);
	}

	private void audit(String action, TaskRecord task, Changes changes) {
		events.publishEvent(RecordChanged.of(action, "task", task.id(), label(task), changes));
	}

	private void notifyUnits(TaskRecord task, Set<Long> unitIds, Set<Long> accountIds, Actor actor, String messageKey, String detail,
			Units.Names names) {
		Set<Long> notifiedUnits = new HashSet<>(unitIds);
		notifiedUnits.remove(null);
		if (notifiedUnits.isEmpty() && accountIds.isEmpty()) {
			return;
		}
		events.publishEvent(new TaskNotification(notifiedUnits, accountIds, actor.accountId(), messageKey,
				List.of(Inputs.abbreviate(task.content(), 40), string(task.deadline()) == null ? "" : string(task.deadline()),
						names.name(task.leadUnitId())),
				detail, "/supervision/tasks/" + task.id()));
	}

	/** Column names and values in pairs; unlike {@code Map.of}, a value may be {@code null} (a column cleared). */
	private static Map<String, Object> columns(Object... namesAndValues) {
		Map<String, Object> columns = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			columns.put((String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return columns;
	}

	private static Set<Long> unitsOf(Long leadUnitId, List<Long> coUnitIds) {
		Set<Long> unitIds = new LinkedHashSet<>();
		if (leadUnitId != null) {
			unitIds.add(leadUnitId);
		}
		unitIds.addAll(coUnitIds);
		return unitIds;
	}

	private static Set<Long> accounts(Long accountId) {
		return accountId == null ? Set.of() : Set.of(accountId);
	}

	/** The co-operating unit an actor reports for: the first of the task's co-operating units in their scope. */
	private Long reportingCoUnit(TaskRecord task, Actor actor) {
		return tasks.coUnits(task.id()).stream().filter(unit -> actor.seesWholeDistrict() || units.isVisibleTo(unit, actor)).findFirst()
			.orElse(null);
	}

	String label(TaskRecord task) {
		return tasks.number(task) + " " + Inputs.abbreviate(task.content(), 60);
	}

	private static Priority priority(Priority priority) {
		return priority == null ? Priority.NORMAL : priority;
	}

	private static ReportCycle cycle(ReportCycle cycle) {
		return cycle == null ? ReportCycle.MONTHLY : cycle;
	}

	private java.sql.Timestamp now() {
		return java.sql.Timestamp.from(times.now());
	}

	private static String string(LocalDate date) {
		return date == null ? null : date.toString();
	}
}
