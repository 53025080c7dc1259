package org.luoshi.supervision.internal;

import static org.luoshi.supervision.TaskStatus.CANCELLED;
import static org.luoshi.supervision.TaskStatus.CLOSED;
import static org.luoshi.supervision.TaskStatus.COMPLETION_REQUESTED;
import static org.luoshi.supervision.TaskStatus.DRAFT;
import static org.luoshi.supervision.TaskStatus.IN_PROGRESS;
import static org.luoshi.supervision.TaskStatus.ISSUED;
import static org.luoshi.supervision.TaskStatus.RETURNED;
import static org.luoshi.supervision.internal.TaskSide.CO_UNIT;
import static org.luoshi.supervision.internal.TaskSide.ISSUER;
import static org.luoshi.supervision.internal.TaskSide.LEADER;
import static org.luoshi.supervision.internal.TaskSide.LEAD_UNIT;

import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;

import org.luoshi.shared.ConflictException;
import org.luoshi.shared.lifecycle.TransitionTable;
import org.luoshi.shared.lifecycle.TransitionTable.Rule;
import org.luoshi.supervision.TaskActions;
import org.luoshi.supervision.TaskStatus;
import org.luoshi.supervision.TaskStep;
import org.springframework.security.access.AccessDeniedException;

/**
 * A task's life, written once: the transition table (which step, in which status, by which side, to which status), the
 * few conditions on a task's data that allow a step besides its status, and the message of each refusal. The command
 * path checks steps here, the page and the API offer what {@link #actions} says, and queries take their status sets
 * from here ({@link #OPEN_SQL}).
 */
public final class TaskLifecycle {

	/** Every status in which the task is not finished. */
	private static final TaskStatus[] UNFINISHED = { DRAFT, ISSUED, RETURNED, IN_PROGRESS, COMPLETION_REQUESTED };
	/** The statuses in which the lead unit has the task in hand. */
	private static final TaskStatus[] WORKING = { ISSUED, IN_PROGRESS };

	static final TransitionTable<TaskStatus, TaskStep, TaskSide> TABLE = TransitionTable
		.of(TaskStatus.class, TaskStep.class, TaskSide.class)
		.step(TaskStep.EDIT).by(ISSUER).in(UNFINISHED).staying()
		.step(TaskStep.REASSIGN).by(ISSUER).in(ISSUED, IN_PROGRESS, COMPLETION_REQUESTED).to(ISSUED)
		.step(TaskStep.ISSUE).by(ISSUER).in(DRAFT, RETURNED).to(ISSUED)
		.step(TaskStep.CANCEL).by(ISSUER).in(UNFINISHED).to(CANCELLED)
		.step(TaskStep.ADD_SUBTASK).by(ISSUER).in(UNFINISHED).staying()
		// 层层分解: once signed for, the lead unit breaks its task down for its offices (a department, also for towns).
		.step(TaskStep.ADD_SUBTASK).by(LEAD_UNIT).in(IN_PROGRESS).staying()
		.step(TaskStep.SIGN).by(LEAD_UNIT).in(ISSUED).to(IN_PROGRESS)
		.step(TaskStep.RETURN).by(LEAD_UNIT).in(ISSUED).to(RETURNED)
		.step(TaskStep.REPORT_PROGRESS).by(LEAD_UNIT).in(IN_PROGRESS).staying()
		.step(TaskStep.CONTRIBUTE).by(CO_UNIT).in(IN_PROGRESS).staying()
		.step(TaskStep.REACH_MILESTONE).by(LEAD_UNIT).in(IN_PROGRESS).staying()
		.step(TaskStep.REQUEST_COMPLETION).by(LEAD_UNIT).in(IN_PROGRESS).to(COMPLETION_REQUESTED)
		.step(TaskStep.CLOSE).by(ISSUER).in(COMPLETION_REQUESTED).to(CLOSED)
		.step(TaskStep.SEND_BACK).by(ISSUER).in(COMPLETION_REQUESTED).to(IN_PROGRESS)
		.step(TaskStep.REQUEST_EXTENSION).by(LEAD_UNIT).in(WORKING).staying()
		.step(TaskStep.DECIDE_EXTENSION).by(ISSUER).in(ISSUED, RETURNED, IN_PROGRESS, COMPLETION_REQUESTED).staying()
		.step(TaskStep.INSTRUCT).by(LEADER).in(UNFINISHED).staying()
		.step(TaskStep.REMIND).by(ISSUER).in(WORKING).staying()
		.step(TaskStep.ISSUE_NOTICE).by(ISSUER).in(WORKING).staying()
		.build();

	/** What allows a step besides the task's status and the actor's side, with the message when it does not hold. */
	private record Condition(BiPredicate<Task, Set<TaskSide>> holds, String refusal) {
	}

	private static final Map<TaskStep, Condition> CONDITIONS = Map.of(
			TaskStep.REQUEST_EXTENSION, new Condition((task, sides) -> task.pendingExtension() == null, "supervision.extension.pending"),
			TaskStep.DECIDE_EXTENSION, new Condition((task, sides) -> task.pendingExtension() != null, "supervision.extension.none-pending"),
			// Subtasks go one level deep.
			TaskStep.ADD_SUBTASK, new Condition((task, sides) -> task.parentId() == null, "supervision.task.parent.nested"),
			// A unit that leads the task reports its progress; it does not also contribute to it.
			TaskStep.CONTRIBUTE, new Condition((task, sides) -> !sides.contains(LEAD_UNIT), "supervision.task.not-in-progress"));

	/** Why a step is refused in a status, when the step has a message of its own. */
	private static final Map<TaskStep, String> NOT_IN_THIS_STATUS = Map.ofEntries(
			Map.entry(TaskStep.ISSUE, "supervision.task.not-issuable"),
			Map.entry(TaskStep.SIGN, "supervision.task.not-awaiting-signature"),
			Map.entry(TaskStep.RETURN, "supervision.task.not-awaiting-signature"),
			Map.entry(TaskStep.REPORT_PROGRESS, "supervision.task.not-in-progress"),
			Map.entry(TaskStep.CONTRIBUTE, "supervision.task.not-in-progress"),
			Map.entry(TaskStep.REACH_MILESTONE, "supervision.task.not-in-progress"),
			Map.entry(TaskStep.REQUEST_COMPLETION, "supervision.task.not-in-progress"),
			Map.entry(TaskStep.CLOSE, "supervision.task.not-awaiting-review"),
			Map.entry(TaskStep.SEND_BACK, "supervision.task.not-awaiting-review"),
			Map.entry(TaskStep.REQUEST_EXTENSION, "supervision.task.not-remindable"),
			Map.entry(TaskStep.DECIDE_EXTENSION, "supervision.extension.none-pending"),
			Map.entry(TaskStep.REMIND, "supervision.task.not-remindable"),
			Map.entry(TaskStep.ISSUE_NOTICE, "supervision.task.not-remindable"));

	/** Open: still somebody's work, so it can be late, reminded and supervised ({@link TaskStatus#OPEN}), as SQL. */
	public static final String OPEN_SQL = sql(TaskStatus.OPEN);
	/** Finished (closed or cancelled), as SQL. */
	static final String FINISHED_SQL = sql(EnumSet.of(CLOSED, CANCELLED));

	private TaskLifecycle() {
	}

	/**
	 * The rule by which the actor, with {@code sides}, takes {@code step} on {@code task}; refused with 409 when the
	 * task's status or data does not allow the step, 403 when it does but not for these sides.
	 */
	static Rule<TaskStatus, TaskStep, TaskSide> check(TaskStep step, Task task, Set<TaskSide> sides) {
		switch (TABLE.check(step, task.status(), sides)) {
			case NOT_IN_THIS_STATUS -> throw new ConflictException(refusal(step, task.status()));
			case NOT_FOR_THESE_SIDES -> throw new AccessDeniedException(step.name());
			case ALLOWED -> {
			}
		}
		Condition condition = CONDITIONS.get(step);
		if (condition != null && !condition.holds().test(task, sides)) {
			throw new ConflictException(condition.refusal());
		}
		return TABLE.rule(step, task.status(), sides);
	}

	/** What the actor may do with the task now. */
	static TaskActions actions(Task task, Set<TaskSide> sides) {
		Set<TaskStep> available = TABLE.available(task.status(), sides);
		available.removeIf(step -> CONDITIONS.containsKey(step) && !CONDITIONS.get(step).holds().test(task, sides));
		available.remove(TaskStep.REASSIGN);
		return new TaskActions(available);
	}

	/** The side on whose behalf one of {@code sides} takes the step: the first of the rule's sides the actor has. */
	static TaskSide side(Rule<TaskStatus, TaskStep, TaskSide> rule, Set<TaskSide> sides) {
		return rule.sides().stream().filter(sides::contains).findFirst().orElseThrow();
	}

	private static String refusal(TaskStep step, TaskStatus status) {
		if (status.isFinished()) {
			return "supervision.task.finished";
		}
		if (status == ISSUED && (step == TaskStep.REPORT_PROGRESS || step == TaskStep.REQUEST_COMPLETION)) {
			return "supervision.task.sign-first";
		}
		return NOT_IN_THIS_STATUS.getOrDefault(step, "supervision.task.finished");
	}

	/** Statuses as an SQL list: {@code 'ISSUED', 'RETURNED'}, in the enum's order. */
	static String sql(Collection<TaskStatus> statuses) {
		return statuses.stream().sorted(Comparator.naturalOrder()).map(status -> "'" + status.name() + "'")
			.collect(Collectors.joining(", "));
	}
}
