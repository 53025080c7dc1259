package org.luoshi.projects.internal;

import static org.luoshi.projects.BlockerStatus.OPEN;
import static org.luoshi.projects.BlockerStatus.RAISED;
import static org.luoshi.projects.BlockerStatus.RESOLVED;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.luoshi.projects.BlockerStatus;
import org.luoshi.projects.BlockerStep;
import org.luoshi.projects.ProjectBlocker;
import org.luoshi.shared.Actor;
import org.luoshi.shared.Changes;
import org.luoshi.shared.ConflictException;
import org.luoshi.shared.NotFoundException;
import org.luoshi.shared.RecordChanged;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;
import org.luoshi.shared.lifecycle.TransitionTable;
import org.luoshi.shared.web.Times;
import org.luoshi.supervision.GoalDetails;
import org.luoshi.supervision.GoalManagement;
import org.luoshi.supervision.Priority;
import org.luoshi.supervision.ReportCycle;
import org.luoshi.supervision.TaskCommands.CreateGoal;
import org.luoshi.supervision.TaskCommands.CreateTask;
import org.luoshi.supervision.TaskDetails;
import org.luoshi.supervision.TaskManagement;
import org.luoshi.supervision.TaskSource;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's blocking problems (卡点) and their life, written once:
 *
 * <pre>
 * | step        | side                | allowed in | leads to |
 * | RAISE       | manager             | OPEN       | RAISED   |
 * | RESOLVE     | manager, lead unit  | OPEN       | RESOLVED |
 * | TASK_CLOSED | system              | RAISED     | RESOLVED |
 * </pre>
 *
 * Raising creates a supervised task through supervision's {@link TaskManagement} (lead unit the project's, the deadline
 * given, source {@link TaskSource#PROJECT} with the project's id), under the year's goal for blockers, and keeps the
 * task's id: a blocker is raised once, a second time is refused. The task's closing (销号) resolves it. Each step is
 * audited ({@code projects.blocker.recorded|raised|resolved}).
 */
@Service
@Transactional
public class ProjectBlockers {

	enum Side {
		MANAGER, LEAD_UNIT, SYSTEM
	}

	static final TransitionTable<BlockerStatus, BlockerStep, Side> TABLE = TransitionTable.of(BlockerStatus.class, BlockerStep.class, Side.class)
		.step(BlockerStep.RAISE).by(Side.MANAGER).in(OPEN).to(RAISED)
		.step(BlockerStep.RESOLVE).by(Side.MANAGER, Side.LEAD_UNIT).in(OPEN).to(RESOLVED)
		.step(BlockerStep.TASK_CLOSED).by(Side.SYSTEM).in(RAISED).to(RESOLVED)
		.build();

	private final JdbcClient jdbc;
	private final ProjectStore store;
	private final ProjectAccess access;
	private final ProjectAdministration administration;
	private final GoalManagement goals;
	private final TaskManagement tasks;
	private final ApplicationEventPublisher events;
	private final Times times;

	ProjectBlockers(JdbcClient jdbc, ProjectStore store, ProjectAccess access, ProjectAdministration administration, GoalManagement goals,
			TaskManagement tasks, ApplicationEventPublisher events, Times times) {
		this.jdbc = jdbc;
		this.store = store;
		this.access = access;
		this.administration = administration;
		this.goals = goals;
		this.tasks = tasks;
		this.events = events;
		this.times = times;
	}

	/** The blockers of a project the actor sees, each with its task's light read from supervision. */
	@Transactional(readOnly = true)
	public List<ProjectBlocker> blockers(long projectId, Actor actor) {
		administration.visible(projectId, actor);
		return store.blockers(projectId);
	}

	/** What the actor may do with the blocker now: the steps of the table for its status and the actor's sides. */
	@Transactional(readOnly = true)
	public Set<BlockerStep> actions(ProjectBlocker blocker, long leadUnitId, Actor actor) {
		return TABLE.available(blocker.status(), sides(leadUnitId, actor));
	}

	/** Records a blocking problem on the project (its lead unit or the district office). */
	public ProjectBlocker record(long projectId, String text, boolean demo, Actor actor) {
		ProjectStore.Row row = administration.visible(projectId, actor);
		administration.requireReport(row, actor);
		String typed = text == null ? "" : text.strip();
		if (typed.length() < 2 || typed.length() > 500) {
			throw new ValidationException(Violation.of("text", "projects.blocker.text.length", 2, 500));
		}
		long id = jdbc.sql("INSERT INTO project_blocker (project_id, text, demo, created_by) VALUES (?, ?, ?, ?) RETURNING id")
			.params(projectId, typed, demo, actor.username()).query(Long.class).single();
		events.publishEvent(RecordChanged.of("projects.blocker.recorded", "project-blocker", id, row.name() + "：" + abbreviate(typed),
				Changes.of().created("text", typed)));
		return store.blocker(id).orElseThrow();
	}

	/**
	 * Raises the blocker into a supervised task led by the project's lead unit and due on {@code deadline}
	 * ({@code YYYY-MM-DD}); refused when it was raised (or resolved) before.
	 */
	public ProjectBlocker raise(long projectId, long blockerId, String deadline, Actor actor) {
		ProjectStore.Row row = administration.visible(projectId, actor);
		ProjectBlocker blocker = locked(projectId, blockerId);
		check(BlockerStep.RAISE, blocker.status(), sides(row.leadUnitId(), actor));
		LocalDate due = date(deadline);
		int year = times.today().getYear();
		long goalId = goalOf(year, actor);
		String content = row.name() + "卡点：" + blocker.text();
		TaskDetails task = tasks.createTask(new CreateTask(goalId, null, content.length() > 500 ? content.substring(0, 500) : content,
				List.of("重点项目卡点"), row.leadUnitId(), List.of(), null, due.toString(), Priority.HIGH, ReportCycle.WEEKLY, List.of(), false, true,
				TaskSource.PROJECT, String.valueOf(row.id())), actor);
		int updated = jdbc.sql("""
				UPDATE project_blocker SET status = 'RAISED', task_id = ?, raised_at = now(), version = version + 1
				WHERE id = ? AND status = 'OPEN' AND task_id IS NULL""").params(task.id(), blockerId).update();
		if (updated != 1) {
			throw new ConflictException("projects.blocker.step.not-in-status.RAISED");
		}
		events.publishEvent(RecordChanged.of("projects.blocker.raised", "project-blocker", blockerId, row.name() + "：" + abbreviate(blocker.text()),
				Changes.of().field("blockerStatus", OPEN.name(), RAISED.name()).created("task", task.number() + " " + task.id()).created("deadline",
						due.toString())));
		return store.blocker(blockerId).orElseThrow();
	}

	/** Marks an open blocker resolved by hand (it was not raised, or there is no need to). */
	public ProjectBlocker resolve(long projectId, long blockerId, Actor actor) {
		ProjectStore.Row row = administration.visible(projectId, actor);
		ProjectBlocker blocker = locked(projectId, blockerId);
		check(BlockerStep.RESOLVE, blocker.status(), sides(row.leadUnitId(), actor));
		jdbc.sql("UPDATE project_blocker SET status = 'RESOLVED', resolved_at = now(), version = version + 1 WHERE id = ?").param(blockerId).update();
		events.publishEvent(RecordChanged.of("projects.blocker.resolved", "project-blocker", blockerId, row.name() + "：" + abbreviate(blocker.text()),
				Changes.of().field("blockerStatus", blocker.status().name(), RESOLVED.name())));
		return store.blocker(blockerId).orElseThrow();
	}

	/** Supervision closed a task raised from a blocker: the blocker is resolved (a fact of another module). */
	void taskClosed(long taskId) {
		Optional<Long> id = jdbc.sql("SELECT id FROM project_blocker WHERE task_id = ? FOR UPDATE").param(taskId).query(Long.class).optional();
		if (id.isEmpty()) {
			return;
		}
		ProjectBlocker blocker = store.blocker(id.get()).orElseThrow();
		if (TABLE.check(BlockerStep.TASK_CLOSED, blocker.status(), EnumSet.of(Side.SYSTEM)) != TransitionTable.Verdict.ALLOWED) {
			return;
		}
		jdbc.sql("UPDATE project_blocker SET status = 'RESOLVED', resolved_at = now(), version = version + 1 WHERE id = ?").param(blocker.id()).update();
		String name = store.row(blocker.projectId()).map(ProjectStore.Row::name).orElse("");
		events.publishEvent(RecordChanged.of("projects.blocker.resolved", "project-blocker", blocker.id(), name + "：" + abbreviate(blocker.text()),
				Changes.of().field("blockerStatus", RAISED.name(), RESOLVED.name())));
	}

	/** The year's goal the blockers are raised under, set up the first time one is raised. */
	private long goalOf(int year, Actor actor) {
		Optional<Long> known = jdbc.sql("SELECT goal_id FROM project_blocker_goal WHERE year = ?").param(year).query(Long.class).optional();
		if (known.isPresent()) {
			return known.get();
		}
		GoalDetails goal = goals.createGoal(new CreateGoal(year + "年重点项目卡点攻坚", "由重点项目的卡点转办而来的督办任务，牵头单位为项目的牵头单位。", year, null, null, null,
				null, null, false), actor);
		jdbc.sql("INSERT INTO project_blocker_goal (year, goal_id) VALUES (?, ?)").params(year, goal.id()).update();
		return goal.id();
	}

	private ProjectBlocker locked(long projectId, long blockerId) {
		jdbc.sql("SELECT id FROM project_blocker WHERE id = ? AND project_id = ? FOR UPDATE").params(blockerId, projectId).query(Long.class).optional()
			.orElseThrow(() -> new NotFoundException("blocker", blockerId));
		return store.blocker(blockerId).orElseThrow();
	}

	private Set<Side> sides(long leadUnitId, Actor actor) {
		ProjectAccess.Scope scope = access.scope(actor);
		Set<Side> sides = EnumSet.noneOf(Side.class);
		if (scope.manages() && scope.sees(leadUnitId)) {
			sides.add(Side.MANAGER);
		}
		if (scope.reports(leadUnitId)) {
			sides.add(Side.LEAD_UNIT);
		}
		return sides;
	}

	private static void check(BlockerStep step, BlockerStatus status, Set<Side> sides) {
		switch (TABLE.check(step, status, sides)) {
			case NOT_IN_THIS_STATUS -> throw new ConflictException("projects.blocker.step.not-in-status." + status.name());
			case NOT_FOR_THESE_SIDES -> throw new AccessDeniedException(step.name());
			case ALLOWED -> {
			}
		}
	}

	private static LocalDate date(String text) {
		if (text == null || text.isBlank()) {
			throw new ValidationException(Violation.of("deadline", "validation.required"));
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (java.time.format.DateTimeParseException e) {
			throw new ValidationException(Violation.of("deadline", "projects.date.format", text));
		}
	}

	private static String abbreviate(String text) {
		return text.length() <= 40 ? text : text.substring(0, 40) + "…";
	}
}
