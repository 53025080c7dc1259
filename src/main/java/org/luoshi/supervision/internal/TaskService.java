package org.luoshi.supervision.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongPredicate;

import org.luoshi.organization.StaffSummary;
import org.luoshi.organization.UnitSummary;
import org.luoshi.shared.Actor;
import org.luoshi.shared.AuditableEvent;
import org.luoshi.shared.Changes;
import org.luoshi.shared.Digests;
import org.luoshi.shared.NotFoundException;
import org.luoshi.shared.NotificationRequest;
import org.luoshi.shared.Permissions;
import org.luoshi.shared.RecordChanged;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.files.FileTypes;
import org.luoshi.shared.Violation;
import org.luoshi.shared.lifecycle.Audience;
import org.luoshi.shared.lifecycle.TransitionTable.Rule;
import org.luoshi.shared.web.Times;
import org.luoshi.supervision.EvidenceFile;
import org.luoshi.supervision.Priority;
import org.luoshi.supervision.ReportCycle;
import org.luoshi.supervision.SupervisionNotice;
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
import org.luoshi.supervision.TaskManagement;
import org.luoshi.supervision.TaskSource;
import org.luoshi.supervision.TaskStatus;
import org.luoshi.supervision.TaskStep;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Carries out every step of a task (see {@link TaskManagement}) along one command path ({@link #take}): load the task
 * whole and lock it, work out the actor's sides, check the step in the transition table ({@link TaskLifecycle}), let the
 * {@link Task} take the step, apply the overdue policy, write the task, then render each {@link TaskEvent} as a timeline
 * entry, an audit entry and a notification, and re-index the task for search. All in one transaction.
 */
@Service
@Transactional
class TaskService implements TaskManagement, TaskIntake {

	static final long MAX_EVIDENCE_BYTES = 10L * 1024 * 1024;
	/** Where a task created through the facade may say it came from (a demand or a project blocker raises one so); reports and imports bring their own tasks. */
	private static final Set<TaskSource> HAND_WRITTEN_SOURCES = Set.of(TaskSource.MANUAL, TaskSource.INSTRUCTION, TaskSource.DEMAND,
			TaskSource.PROJECT);
	/** The reference of a CREATED entry whose text gives the reasons the task stayed a draft, one per line. */
	static final String KEPT_DRAFT = "kept-draft";

	private final TaskRows tasks;
	private final GoalRows goals;
	private final TimelineRows timeline;
	private final FollowUpRows followUps;
	private final TaskAccess access;
	private final TaskReading reading;
	private final Units units;
	private final SupervisionSearchRecords searchRecords;
	private final ApplicationEventPublisher events;
	private final Times times;

	TaskService(TaskRows tasks, GoalRows goals, TimelineRows timeline, FollowUpRows followUps,
			TaskAccess access, TaskReading reading, Units units, SupervisionSearchRecords searchRecords, ApplicationEventPublisher events,
			Times times) {
		this.tasks = tasks;
		this.goals = goals;
		this.timeline = timeline;
		this.followUps = followUps;
		this.access = access;
		this.reading = reading;
		this.units = units;
		this.searchRecords = searchRecords;
		this.events = events;
		this.times = times;
	}

	// ----- the command path

	/** A step's work on the locked task: validate the input, change the task, say what happened. */
	@FunctionalInterface
	private interface StepWork {
		List<TaskEvent> apply(Task task, Task.Step step, Set<TaskSide> sides);
	}

	/** A step taken: the task after it, and the scope it was taken in (to render it without reading the units again). */
	private record Taken(Task task, TaskAccess.Scope scope, List<TaskEvent> events) {
	}

	/**
	 * The one way a step is taken. A task the actor may not see is {@link NotFoundException}; a step the table does not
	 * allow in the task's status, or whose condition does not hold, is a conflict (409); one allowed but not for the
	 * actor's sides is {@link AccessDeniedException} (403).
	 */
	private Taken take(long taskId, TaskStep stepName, Actor actor, StepWork work) {
		return take(taskId, sides -> stepName, actor, work);
	}

	/** Like the other, for a step that depends on the actor's sides (a lead unit reports, a co-operating unit contributes). */
	private Taken take(long taskId, java.util.function.Function<Set<TaskSide>, TaskStep> stepOfSides, Actor actor, StepWork work) {
		TaskAccess.require(actor, Permissions.SUPERVISION_READ);
		TaskAccess.Scope scope = access.scope(actor);
		TaskRows.Locked locked = tasks.lockWhole(taskId).filter(found -> scope.sees(found.task()))
			.orElseThrow(() -> new NotFoundException("task", taskId));
		Task task = locked.task();
		Set<TaskSide> sides = scope.sides(task);
		Rule<TaskStatus, TaskStep, TaskSide> rule = TaskLifecycle.check(stepOfSides.apply(sides), task, sides);
		SupervisionSettings current = locked.settings();
		Task.Step step = new Task.Step(actor, rule.after(task.status()), times.now(), times.today(), times.zone(), current);
		List<TaskEvent> happened = new ArrayList<>(work.apply(task, step, sides));
		happened.addAll(task.applyPolicy(new OverduePolicy(current, times.zone()), times.today()));
		tasks.save(task);
		if (task.parentId() != null) {
			tasks.rollUpPercent(task.parentId());
		}
		List<TaskEvent> recorded = record(task, happened, actor, scope.unitOf(TaskLifecycle.side(rule, sides), task));
		index(task);
		return new Taken(task, scope, recorded);
	}

	private TaskDetails details(Taken taken) {
		return reading.details(taken.task(), taken.scope().names());
	}

	/**
	 * Renders each event as what it is at once: the side records it writes, the timeline entry (on behalf of
	 * {@code actingUnitId}), the audit entry and the notification, which is keyed by its timeline entry so that two equal
	 * acts are two notifications and one act handed over twice is one.
	 */
	private List<TaskEvent> record(Task task, List<TaskEvent> happened, Actor actor, Long actingUnitId) {
		String label = label(task);
		List<TaskEvent> recorded = new ArrayList<>();
		for (TaskEvent event : happened) {
			TaskEvent stored = persist(task, event, actor);
			recorded.add(stored);
			boolean systems = stored instanceof TaskEvent.LightChanged;
			long entryId = timeline.append(task.id(), stored.kind(), systems ? Actor.SYSTEM : actor, systems ? null : actingUnitId,
					stored.text(), stored.percent(), stored.data());
			timeline.attach(stored.evidence(), task.id(), entryId);
			AuditableEvent audit = stored.audit(task, label);
			if (audit != null) {
				events.publishEvent(audit);
			}
			Audience audience = stored.audience(task);
			if (!audience.isEmpty()) {
				events.publishEvent(new NotificationRequest("task-event:" + entryId, audience.unitIds(), audience.accountIds(),
						actor.accountId(), stored.message(), List.of(Inputs.abbreviate(task.content(), 40),
								task.deadline() == null ? "" : task.deadline().toString(), units.names().name(task.leadUnitId())),
						stored.detail(), "/supervision/tasks/" + task.id()));
			}
		}
		return recorded;
	}

	/** The rows besides the task's own that an event writes; a stored notice comes back with its id. */
	private TaskEvent persist(Task task, TaskEvent event, Actor actor) {
		if (event instanceof TaskEvent.MilestoneReached reached) {
			tasks.reachMilestone(task.id(), reached.milestoneId());
		}
		else if (event instanceof TaskEvent.ProgressReported || event instanceof TaskEvent.CompletionRequested) {
			followUps.answerNotices(task.id());
		}
		else if (event instanceof TaskEvent.ExtensionRequested requested) {
			followUps.requestExtension(task.id(), task.leadUnitId(), actor.accountId(), task.deadline(), requested.requested(),
					requested.reason());
		}
		else if (event instanceof TaskEvent.ExtensionApproved approved) {
			followUps.decidePending(task.id(), FollowUpRows.ExtensionOutcome.APPROVED, actor.accountId(), approved.note());
		}
		else if (event instanceof TaskEvent.ExtensionRejected rejected) {
			followUps.decidePending(task.id(), FollowUpRows.ExtensionOutcome.REJECTED, actor.accountId(), rejected.note());
		}
		else if (event instanceof TaskEvent.ExtensionWithdrawn) {
			followUps.decidePending(task.id(), FollowUpRows.ExtensionOutcome.WITHDRAWN, actor.accountId(), null);
		}
		else if (event instanceof TaskEvent.NoticeIssued notice) {
			return notice.stored(followUps.insertNotice(task.id(), notice.year(), notice.seq(), notice.number(), notice.unitId(),
					notice.issues(), notice.requirements(), notice.replyDue(), units.issuingUnit(actor), actor.accountId(),
					actor.displayName()));
		}
		return event;
	}

	// ----- the issuer's side

	@Override
	public TaskDetails createTask(CreateTask command, Actor actor) {
		TaskAccess.require(actor, Permissions.SUPERVISION_READ);
		List<Violation> violations = new ArrayList<>();
		Task parent = null;
		boolean breakingDown = false;
		if (command.parentId() != null) {
			TaskAccess.Scope scope = access.scope(actor);
			parent = tasks.load(command.parentId()).filter(scope::sees).orElse(null);
			if (parent == null || !Objects.equals(command.goalId(), parent.goalId())) {
				violations.add(Violation.of("parentId", "supervision.task.parent.unknown"));
			}
			else {
				Set<TaskSide> sides = scope.sides(parent);
				breakingDown = TaskSide.breaksDownAsLeadUnit(sides);
				parentRefusal(parent, sides).ifPresent(violations::add);
			}
		}
		boolean cascading = breakingDown;
		if (!cascading) {
			TaskAccess.require(actor, Permissions.SUPERVISION_MANAGE);
		}
		GoalRows.GoalRecord goal = command.goalId() == null ? null : goals.find(command.goalId())
			.filter(found -> cascading || actor.seesWholeDistrict() || units.isVisibleTo(found.ownerUnitId(), actor))
			.orElse(null);
		if (goal == null) {
			violations.add(Violation.of("goalId", "supervision.task.goal.unknown"));
		}
		Long cascadedFrom = cascading ? parent.leadUnitId() : null;
		Fields fields = fields(command.content(), command.tags(), command.leadUnitId(), command.coUnitIds(),
				command.responsibleStaffId(), command.deadline(), command.milestones(), command.issue(), null,
				assignable(actor, cascadedFrom), violations);
		TaskSource source = command.source() == null ? TaskSource.MANUAL : command.source();
		if (!HAND_WRITTEN_SOURCES.contains(source)) {
			violations.add(Violation.of("source", "supervision.task.source.invalid"));
		}
		String sourceRef = Inputs.optional(command.sourceRef(), "sourceRef", 100, violations);
		ValidationException.throwIfAny(violations);

		long issuerUnit = cascading ? cascadedFrom : units.issuingUnit(actor);
		long id = tasks.insert(new TaskRows.NewTask(goal.id(), command.parentId(), fields.content(), fields.tags(), null,
				source, sourceRef, issuerUnit, fields.leadUnitId(), fields.staffId(), fields.deadline(),
				priority(command.priority()), cycle(command.reportCycle()), command.published(), actor.accountId(), cascading));
		return created(id, fields, null, actor, command.issue());
	}

	/** Why a task cannot be broken down by this actor: the table's word on {@link TaskStep#ADD_SUBTASK}, as a violation. */
	private static java.util.Optional<Violation> parentRefusal(Task parent, Set<TaskSide> sides) {
		try {
			TaskLifecycle.check(TaskStep.ADD_SUBTASK, parent, sides);
			return java.util.Optional.empty();
		}
		catch (org.luoshi.shared.ConflictException e) {
			return java.util.Optional.of(Violation.of("parentId", parent.status().isFinished() ? "supervision.task.parent.finished"
					: e.messageKey()));
		}
		catch (AccessDeniedException e) {
			return java.util.Optional.of(Violation.of("parentId", "supervision.task.parent.unknown"));
		}
	}

	@Override
	public TaskDetails createFrom(long goalId, TaskSource source, String sourceRef, String content, List<String> tags, String targetsJson,
			Long leadUnitId, List<Long> coUnitIds, LocalDate deadline, String note, boolean issueWhenComplete, Actor actor) {
		List<Violation> violations = new ArrayList<>();
		boolean issue = issueWhenComplete && leadUnitId != null && deadline != null;
		Fields fields = fields(content, tags, leadUnitId, coUnitIds, null, deadline == null ? null : deadline.toString(), List.of(),
				issue, null, assignable(actor, null), violations);
		ValidationException.throwIfAny(violations);
		long id = tasks.insert(new TaskRows.NewTask(goalId, null, fields.content(), fields.tags(), targetsJson, source, sourceRef,
				units.issuingUnit(actor), fields.leadUnitId(), null, fields.deadline(), Priority.NORMAL, ReportCycle.MONTHLY, false,
				actor.accountId()));
		return created(id, fields, note, actor, issue);
	}

	/** A task just inserted as a draft: its units and milestones, its creation on the timeline, and issued when asked. */
	private TaskDetails created(long id, Fields fields, String note, Actor actor, boolean issue) {
		tasks.replaceUnits(id, fields.leadUnitId(), fields.coUnitIds());
		tasks.replaceOpenMilestones(id, fields.milestones());
		Task task = tasks.load(id).orElseThrow();
		record(task, List.of(new TaskEvent.Created(note, Changes.of().created("content", task.content())
			.created("leadUnitId", task.leadUnitId()).created("coUnitIds", fields.coUnitIds().isEmpty() ? null : fields.coUnitIds())
			.created("deadline", string(task.deadline())).created("tags", task.tags().isEmpty() ? null : task.tags()))), actor,
				access.scope(actor).unitOf(TaskSide.ISSUER, task));
		if (issue) {
			return details(take(id, TaskStep.ISSUE, actor, (locked, step, sides) -> locked.issue(step)));
		}
		index(task);
		return reading.details(task, units.names());
	}

	@Override
	public TaskDetails updateTask(UpdateTask command, Actor actor) {
		return details(take(command.id(), TaskStep.EDIT, actor, (task, step, sides) -> {
			List<Violation> violations = new ArrayList<>();
			boolean issued = task.status() != TaskStatus.DRAFT;
			Fields fields = fields(command.content(), command.tags(), command.leadUnitId(), command.coUnitIds(),
					command.responsibleStaffId(), command.deadline(), command.milestones(), issued, task,
					assignable(actor, task.cascaded() ? task.issuerUnitId() : null), violations);
			ValidationException.throwIfAny(violations);
			Changes changes = Changes.of().field("content", task.content(), fields.content())
				.field("tags", task.tags(), fields.tags())
				.field("leadUnitId", task.leadUnitId(), fields.leadUnitId())
				.field("coUnitIds", task.coUnitIds(), fields.coUnitIds())
				.field("responsibleStaffId", task.responsibleStaffId(), fields.staffId())
				.field("deadline", string(task.deadline()), string(fields.deadline()))
				.field("priority", task.priority().name(), priority(command.priority()).name())
				.field("reportCycle", task.reportCycle().name(), cycle(command.reportCycle()).name())
				.field("published", task.published(), command.published());
			boolean newLead = !Objects.equals(task.leadUnitId(), fields.leadUnitId());
			List<TaskEvent> happened = new ArrayList<>(task.edit(new Task.Fields(fields.content(), fields.tags(), fields.leadUnitId(),
					fields.coUnitIds(), fields.staffId(), fields.deadline(), fields.milestones(), priority(command.priority()),
					cycle(command.reportCycle()), command.published()), command.version(),
					new ArrayList<>(changes.asOrderedMap().keySet()), changes, step));
			tasks.replaceUnits(task.id(), fields.leadUnitId(), fields.coUnitIds());
			tasks.replaceOpenMilestones(task.id(), fields.milestones());
			if (newLead && TaskLifecycle.TABLE.statusesAllowing(TaskStep.REASSIGN).contains(task.status())) {
				Rule<TaskStatus, TaskStep, TaskSide> reassign = TaskLifecycle.check(TaskStep.REASSIGN, task, sides);
				happened.addAll(task.reassign(new Task.Step(actor, reassign.after(task.status()), step.now(), step.today(), step.zone(),
						step.settings())));
			}
			return happened;
		}));
	}

	@Override
	public TaskDetails issue(long taskId, int version, Actor actor) {
		return details(take(taskId, TaskStep.ISSUE, actor, (task, step, sides) -> {
			if (task.version() != version) {
				throw org.luoshi.shared.ConflictException.staleVersion();
			}
			return task.issue(step);
		}));
	}

	@Override
	public TaskDetails cancel(long taskId, int version, String reason, Actor actor) {
		return details(take(taskId, TaskStep.CANCEL, actor, (task, step, sides) -> task.cancel(reason, version, step)));
	}

	@Override
	public TaskDetails review(Review command, Actor actor) {
		TaskStep step = command.approve() ? TaskStep.CLOSE : TaskStep.SEND_BACK;
		return details(take(command.taskId(), step, actor, (task, taking, sides) -> command.approve()
				? task.close(command.comment(), taking) : task.sendBack(command.comment(), taking)));
	}

	@Override
	public TaskDetails decideExtension(DecideExtension command, Actor actor) {
		return details(take(command.taskId(), TaskStep.DECIDE_EXTENSION, actor,
				(task, step, sides) -> task.decideExtension(command.approve(), command.note(), step)));
	}

	@Override
	public TaskDetails remind(long taskId, String text, Actor actor) {
		return details(take(taskId, TaskStep.REMIND, actor, (task, step, sides) -> task.remind(text, step)));
	}

	@Override
	public SupervisionNotice issueNotice(IssueNotice command, Actor actor) {
		Taken taken = take(command.taskId(), TaskStep.ISSUE_NOTICE, actor, (task, step, sides) -> {
			int year = step.today().getYear();
			return task.issueNotice(command.issues(), command.requirements(), command.replyDue(), year, followUps.nextNoticeSeq(year),
					step);
		});
		long noticeId = taken.events().stream().filter(TaskEvent.NoticeIssued.class::isInstance).map(TaskEvent.NoticeIssued.class::cast)
			.findFirst().orElseThrow().noticeId();
		return TaskReading.notice(followUps.notice(noticeId).orElseThrow(), taken.task(), taken.scope().names());
	}

	// ----- the lead unit's side

	@Override
	public TaskDetails sign(long taskId, Actor actor) {
		return details(take(taskId, TaskStep.SIGN, actor, (task, step, sides) -> task.sign(step)));
	}

	@Override
	public TaskDetails returnTask(long taskId, String reason, Actor actor) {
		return details(take(taskId, TaskStep.RETURN, actor, (task, step, sides) -> task.returnToIssuer(reason, step)));
	}

	/** The lead unit reports; a co-operating unit (that does not also lead the task) contributes. */
	@Override
	public TaskDetails reportProgress(ReportProgress command, Actor actor) {
		List<Long> asked = distinct(command.evidence());
		List<Long> evidence = timeline.attachable(asked, actor.accountId());
		return details(take(command.taskId(), TaskService::reportOrContribution, actor, (task, step, sides) ->
				reportOrContribution(sides) == TaskStep.REPORT_PROGRESS
						? task.reportProgress(command.text(), command.percent(), asked, evidence, step)
						: task.contribute(command.text(), command.percent(), asked, evidence, step)));
	}

	private static TaskStep reportOrContribution(Set<TaskSide> sides) {
		return sides.contains(TaskSide.LEAD_UNIT) ? TaskStep.REPORT_PROGRESS : TaskStep.CONTRIBUTE;
	}

	@Override
	public TaskDetails reachMilestone(long taskId, long milestoneId, Actor actor) {
		return details(take(taskId, TaskStep.REACH_MILESTONE, actor, (task, step, sides) -> task.reachMilestone(milestoneId, step)));
	}

	@Override
	public TaskDetails requestCompletion(RequestCompletion command, Actor actor) {
		List<Long> asked = distinct(command.evidence());
		List<Long> evidence = timeline.attachable(asked, actor.accountId());
		return details(take(command.taskId(), TaskStep.REQUEST_COMPLETION, actor,
				(task, step, sides) -> task.requestCompletion(command.text(), asked, evidence, step)));
	}

	@Override
	public TaskDetails requestExtension(RequestExtension command, Actor actor) {
		return details(take(command.taskId(), TaskStep.REQUEST_EXTENSION, actor,
				(task, step, sides) -> task.requestExtension(command.newDeadline(), command.reason(), step)));
	}

	// ----- leaders

	@Override
	public TaskDetails instruct(long taskId, String text, Actor actor) {
		return details(take(taskId, TaskStep.INSTRUCT, actor, (task, step, sides) -> task.instruct(text, step)));
	}

	private static List<Long> distinct(List<Long> ids) {
		return ids.stream().filter(Objects::nonNull).distinct().toList();
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
		ValidationException.throwIfAny(violations);
		// What the file is, from its content: the browser's content type and the name alone would let an .exe in as .docx.
		FileTypes.Verdict verdict = FileTypes.check(fileName, content);
		if (verdict instanceof FileTypes.UnknownExtension) {
			throw new ValidationException(Violation.of("file", "supervision.evidence.type", fileName, FileTypes.acceptedExtensions()));
		}
		if (verdict instanceof FileTypes.Mismatch mismatch) {
			throw new ValidationException(Violation.of("file", "supervision.evidence.mismatch", fileName, mismatch.extension()));
		}
		String type = ((FileTypes.Accepted) verdict).type().contentType();
		String sha256 = Digests.sha256(content);
		long id = timeline.storeEvidence(Inputs.abbreviate(fileName, 255), type, content, sha256, actor.accountId(), times.now());
		events.publishEvent(RecordChanged.of("supervision.evidence.uploaded", "evidence", id, fileName,
				Changes.of().created("size", content.length).created("sha256", sha256)));
		return timeline.evidence(id).orElseThrow();
	}

	@Override
	@Transactional(readOnly = true)
	public List<EvidenceFile> unattachedEvidence(Actor actor) {
		return actor.accountId() == null ? List.of() : timeline.unattached(actor.accountId());
	}


	// ----- shared steps

	/** What a create or update command says, checked. */
	private record Fields(String content, List<String> tags, Long leadUnitId, List<Long> coUnitIds, Long staffId,
			LocalDate deadline, List<TaskRows.NewMilestone> milestones) {
	}

	private Fields fields(String contentText, List<String> tagList, Long leadUnitId, List<Long> coUnitIds, Long staffId,
			String deadlineText, List<MilestoneInput> milestoneInputs, boolean issued, Task existing, LongPredicate assignable,
			List<Violation> violations) {
		String content = Inputs.required(contentText, "content", Inputs.MAX_CONTENT, violations);
		List<String> tags = Inputs.tags(tagList, violations);
		if (leadUnitId != null && !assignable.test(leadUnitId)) {
			violations.add(Violation.of("leadUnitId", "supervision.task.unit.unknown"));
		}
		else if (leadUnitId == null && issued) {
			violations.add(Violation.of("leadUnitId", "supervision.task.lead.required"));
		}
		Set<Long> coUnits = new LinkedHashSet<>();
		for (Long unitId : coUnitIds) {
			if (unitId == null || !assignable.test(unitId)) {
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

	/**
	 * The units a task issued by {@code actor} can go to: active, and within the issuer's scope; for a subtask its lead
	 * unit breaks down ({@code cascadedFrom}, 层层分解), the units it may break it down for.
	 */
	private LongPredicate assignable(Actor actor, Long cascadedFrom) {
		Set<Long> targets = cascadedFrom == null ? null : units.breakDownTargets(cascadedFrom);
		return unitId -> {
			UnitSummary unit = units.find(unitId).orElse(null);
			if (unit == null || !unit.active()) {
				return false;
			}
			return targets != null ? targets.contains(unitId) : actor.seesWholeDistrict() || units.isVisibleTo(unitId, actor);
		};
	}

	/** The task in the search index, with who may find it (SupervisionSearchRecords, by TaskVisibility). */
	void index(Task task) {
		searchRecords.index(task);
	}

	static String label(Task task) {
		return task.number() + " " + Inputs.abbreviate(task.content(), 60);
	}

	private static Priority priority(Priority priority) {
		return priority == null ? Priority.NORMAL : priority;
	}

	private static ReportCycle cycle(ReportCycle cycle) {
		return cycle == null ? ReportCycle.MONTHLY : cycle;
	}

	private static String string(LocalDate date) {
		return date == null ? null : date.toString();
	}
}
