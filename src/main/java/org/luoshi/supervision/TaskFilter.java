package org.luoshi.supervision;

import java.time.LocalDate;
import java.util.Set;

/**
 * Which tasks a list, board or ledger shows; every criterion is optional and they all apply together. The actor's
 * data scope applies on top.
 *
 * @param unitId tasks that this unit or one below it leads or co-operates on
 * @param group a tag, such as a conference's task group
 * @param dueFrom deadline on or after; {@code dueTo} on or before
 * @param text words of the task's content
 * @param subtasks whether subtasks are listed beside top-level tasks
 */
public record TaskFilter(Long goalId, Long unitId, Set<TaskStatus> statuses, Set<Light> lights, String group,
		LocalDate dueFrom, LocalDate dueTo, String text, boolean subtasks) {

	public static final int MAX_TEXT = 100;

	/** The fields a task list can be sorted by ({@code sort=deadline,desc}); {@code number} is the default. */
	public static final Set<String> SORTABLE = Set.of("number", "deadline", "light", "percent", "updatedAt");

	public TaskFilter {
		statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
		lights = lights == null ? Set.of() : Set.copyOf(lights);
		group = group == null || group.isBlank() ? null : group.strip();
		text = text == null || text.isBlank() ? null : text.strip();
	}

	public static TaskFilter all() {
		return new TaskFilter(null, null, null, null, null, null, null, null, false);
	}

	public static TaskFilter ofGoal(long goalId) {
		return new TaskFilter(goalId, null, null, null, null, null, null, null, false);
	}

	public static TaskFilter ofUnit(long unitId) {
		return new TaskFilter(null, unitId, null, null, null, null, null, null, false);
	}

	public TaskFilter withLights(Set<Light> newLights) {
		return new TaskFilter(goalId, unitId, statuses, newLights, group, dueFrom, dueTo, text, subtasks);
	}

	public TaskFilter withStatuses(Set<TaskStatus> newStatuses) {
		return new TaskFilter(goalId, unitId, newStatuses, lights, group, dueFrom, dueTo, text, subtasks);
	}

	public TaskFilter withDue(LocalDate from, LocalDate to) {
		return new TaskFilter(goalId, unitId, statuses, lights, group, from, to, text, subtasks);
	}
}
