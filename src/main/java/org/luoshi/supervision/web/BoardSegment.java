package org.luoshi.supervision.web;

import java.util.List;
import java.util.Map;

import org.luoshi.supervision.Light;
import org.luoshi.supervision.SupervisionBoards.Counts;
import org.luoshi.supervision.TaskStatus;

/**
 * How the boards split the tasks they count: open tasks by their light, and closed ones. Each segment knows its
 * count, its name and the task-list filter that lists exactly its tasks, so that a figure, a chart segment and the
 * list behind them agree.
 */
enum BoardSegment {

	RED, YELLOW, GREEN, CLOSED;

	/** The open statuses in their lifecycle order (TaskStatus.OPEN is an unordered set), so that a link never changes. */
	private static final List<String> OPEN = TaskStatus.OPEN.stream().sorted().map(Enum::name).toList();

	int count(Counts counts) {
		return switch (this) {
			case RED -> counts.red();
			case YELLOW -> counts.yellow();
			case GREEN -> counts.green();
			case CLOSED -> counts.closed();
		};
	}

	String messageKey() {
		return this == CLOSED ? "supervision.status.CLOSED" : "supervision.light." + name();
	}

	/**
	 * The task list's parameters for this segment. Drafts and finished tasks are green too, so green is narrowed to
	 * open tasks; red and yellow need no such narrowing since only open tasks ever carry them.
	 */
	Map<String, List<String>> taskListParameters() {
		return switch (this) {
			case RED, YELLOW -> Map.of("light", List.of(name()));
			case GREEN -> Map.of("light", List.of(Light.GREEN.name()), "status", OPEN);
			case CLOSED -> Map.of("status", List.of(TaskStatus.CLOSED.name()));
		};
	}
}
