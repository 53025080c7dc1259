package org.luoshi.supervision.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.luoshi.organization.StaffSummary;
import org.luoshi.shared.Actor;
import org.luoshi.shared.Digests;
import org.luoshi.shared.NotFoundException;
import org.luoshi.shared.Page;
import org.luoshi.shared.PageQuery;
import org.luoshi.shared.Permissions;
import org.luoshi.supervision.EvidenceFile;
import org.luoshi.supervision.SupervisionNotice;
import org.luoshi.supervision.TaskActions;
import org.luoshi.supervision.TaskDetails;
import org.luoshi.supervision.TaskFilter;
import org.luoshi.supervision.TaskQueries;
import org.luoshi.supervision.TaskSummary;
import org.luoshi.supervision.TimelineEntry;
import org.luoshi.supervision.UnitRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;

/** Reads tasks, their timelines, notices and evidence within the actor's data scope. */
@Service
@Transactional(readOnly = true)
public class TaskReading implements TaskQueries {

	private static final Logger log = LoggerFactory.getLogger(TaskReading.class);

	private final TaskRows tasks;
	private final TimelineRows timeline;
	private final FollowUpRows followUps;
	private final TaskAccess access;
	private final Units units;
	private final BoardCache cache;

	TaskReading(TaskRows tasks, TimelineRows timeline, FollowUpRows followUps, TaskAccess access, Units units, BoardCache cache) {
		this.tasks = tasks;
		this.cache = cache;
		this.timeline = timeline;
		this.followUps = followUps;
		this.access = access;
		this.units = units;
	}

	/** The task if the actor may see it; otherwise, as when it does not exist, {@link NotFoundException}. */
	private Task visible(long id, TaskAccess.Scope scope) {
		TaskAccess.require(scope.actor(), Permissions.SUPERVISION_READ);
		return tasks.load(id).filter(scope::sees).orElseThrow(() -> new NotFoundException("task", id));
	}

	@Override
	public TaskDetails task(long id, Actor actor) {
		TaskAccess.Scope scope = access.scope(actor);
		return details(visible(id, scope), scope.names());
	}

	@Override
	public TaskActions actions(long id, Actor actor) {
		TaskAccess.Scope scope = access.scope(actor);
		Task task = visible(id, scope);
		return TaskLifecycle.actions(task, scope.sides(task));
	}

	@Override
	public Optional<Set<Long>> breakDownUnits(long taskId, Actor actor) {
		TaskAccess.Scope scope = access.scope(actor);
		Task task = visible(taskId, scope);
		if (task.cascaded()) {
			return Optional.of(units.breakDownTargets(task.issuerUnitId()));
		}
		Set<TaskSide> sides = scope.sides(task);
		boolean breaksDown = TaskSide.breaksDownAsLeadUnit(sides) && task.leadUnitId() != null;
		return breaksDown ? Optional.of(units.breakDownTargets(task.leadUnitId())) : Optional.empty();
	}

	TaskDetails details(Task task, Units.Names names) {
		String staffName = task.responsibleStaffId() == null ? null
				: units.directory().findStaff(task.responsibleStaffId()).map(StaffSummary::name).orElse(null);
		Task.Extension pending = task.pendingExtension();
		TaskDetails.ExtensionRequest extension = pending == null ? null
				: new TaskDetails.ExtensionRequest(pending.id(), names.ref(pending.unitId()), pending.currentDeadline(),
						pending.requestedDeadline(), pending.reason(), pending.requestedByName(), pending.createdAt());
		return new TaskDetails(task.id(), task.goalId(), task.goalTitle(), task.parentId(), task.number(), task.content(), task.tags(),
				targets(task.targetsJson()), task.source(), task.sourceRef(), names.ref(task.issuerUnitId()), names.ref(task.leadUnitId()),
				names.refs(task.coUnitIds()), task.responsibleStaffId(), staffName, task.deadline(), task.originalDeadline(),
				task.priority(), task.reportCycle(), task.status(), task.light(), task.percent(), task.progressText(),
				task.lastReportAt(), task.issuedAt(), task.signDue(), task.signedAt(), task.completionRequestedAt(), task.closedAt(),
				task.published(), task.milestones(), extension, task.subtasks(), task.version(), task.createdAt(), task.updatedAt());
	}

	static List<TaskDetails.TaskTarget> targets(String json) {
		if (json == null || json.isBlank()) {
			return List.of();
		}
		return TimelineRows.JSON.readValue(json, new TypeReference<List<TaskDetails.TaskTarget>>() {
		});
	}

	@Override
	public Page<TaskSummary> tasks(TaskFilter filter, PageQuery page, Actor actor) {
		TaskAccess.require(actor, Permissions.SUPERVISION_READ);
		List<Long> scope = units.scope(actor);
		List<Long> unitTree = filter.unitId() == null ? null : units.subtree(filter.unitId());
		Units.Names names = units.names();
		// Twenty people on the same list ask the same questions of 100,000 tasks: answered once until a task changes.
		List<TaskRows.Row> rows = cache.get(BoardCache.key("task-list", filter, scope, unitTree, page),
				() -> tasks.list(filter, scope, unitTree, page));
		long total = cache.get(BoardCache.key("task-count", filter, scope, unitTree),
				() -> tasks.count(filter, scope, unitTree));
		return page.toPage(rows.stream().map(row -> summary(row, names)).toList(), total);
	}

	@Override
	public List<TaskSummary> subtasks(long taskId, Actor actor) {
		TaskAccess.Scope scope = access.scope(actor);
		visible(taskId, scope);
		Units.Names names = scope.names();
		return tasks.subtasks(taskId).stream()
			.filter(row -> tasks.load(row.id()).map(scope::sees).orElse(false))
			.map(row -> summary(row, names))
			.toList();
	}

	public static TaskSummary summary(TaskRows.Row row, Units.Names names) {
		return new TaskSummary(row.id(), row.goalId(), row.number(), row.content(), row.tags(), names.ref(row.leadUnitId()),
				names.refs(row.coUnitIds()), row.deadline(), row.priority(), row.status(), row.light(), row.percent(),
				row.progressText(), row.lastReportAt(), row.published(), row.version());
	}

	@Override
	public List<TimelineEntry> timeline(long taskId, Actor actor) {
		TaskAccess.Scope scope = access.scope(actor);
		visible(taskId, scope);
		Units.Names names = scope.names();
		Map<Long, List<EvidenceFile>> evidence = timeline.evidenceByEvent(taskId);
		return timeline.events(taskId).stream()
			.map(event -> new TimelineEntry(event.id(), event.kind(), event.actorName(), names.ref(event.unitId()), event.text(),
					event.percent(), event.data().fromLight(), event.data().toLight(), event.data().deadline(),
					event.data().reference(), event.data().noticeId(), event.data().automatic(),
					evidence.getOrDefault(event.id(), List.of()), event.createdAt()))
			.toList();
	}

	@Override
	public List<SupervisionNotice> notices(long taskId, Actor actor) {
		TaskAccess.Scope scope = access.scope(actor);
		Task task = visible(taskId, scope);
		Units.Names names = scope.names();
		return followUps.notices(taskId).stream().map(notice -> notice(notice, task, names)).toList();
	}

	@Override
	public SupervisionNotice notice(long noticeId, Actor actor) {
		FollowUpRows.Notice notice = followUps.notice(noticeId).orElseThrow(() -> new NotFoundException("notice", noticeId));
		TaskAccess.Scope scope = access.scope(actor);
		Task task;
		try {
			task = visible(notice.taskId(), scope);
		}
		catch (NotFoundException e) {
			throw new NotFoundException("notice", noticeId);
		}
		return notice(notice, task, scope.names());
	}

	static SupervisionNotice notice(FollowUpRows.Notice notice, Task task, Units.Names names) {
		UnitRef unit = names.ref(notice.unitId());
		return new SupervisionNotice(notice.id(), notice.taskId(), notice.number(), unit, names.ref(notice.issuerUnitId()),
				notice.issuerName(), task.content(), task.deadline(), notice.issues(), notice.requirements(), notice.replyDue(),
				notice.issuedAt(), notice.answeredAt(), notice.issuedBy());
	}

	@Override
	public Optional<EvidenceContent> evidence(long fileId, Actor actor) {
		return timeline.evidenceWithContent(fileId).filter(stored -> {
			if (stored.taskId() == null) {
				return stored.uploadedBy() != null && stored.uploadedBy().equals(actor.accountId());
			}
			return tasks.load(stored.taskId()).map(access.scope(actor)::sees).orElse(false);
		}).map(stored -> {
			String actual = Digests.sha256(stored.content());
			if (!actual.equals(stored.file().sha256())) {
				// The bytes no longer match what was uploaded: never hand out altered evidence as if it were the original.
				log.error("Evidence file {} fails its checksum: stored {}, computed {}", fileId, stored.file().sha256(), actual);
				throw new IllegalStateException("Evidence file " + fileId + " fails its checksum");
			}
			return new EvidenceContent(stored.file(), stored.content());
		});
	}

	@Override
	public List<String> groups(Actor actor) {
		TaskAccess.require(actor, Permissions.SUPERVISION_READ);
		List<Long> scope = units.scope(actor);
		return cache.get(BoardCache.key("task-groups", scope), () -> tasks.tags(scope));
	}
}
