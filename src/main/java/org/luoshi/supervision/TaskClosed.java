package org.luoshi.supervision;

import java.time.LocalDate;
import java.util.Map;

import org.luoshi.shared.AuditableEvent;

/**
 * A task was reviewed and closed (销号): e.g. the enterprise module answers the demand a task was opened for. It is also
 * the step's audit entry.
 *
 * @param onTime whether completion was asked for by the deadline
 */
public record TaskClosed(long taskId, long goalId, String label, long leadUnitId, TaskSource source, String sourceRef,
		LocalDate deadline, boolean onTime) implements AuditableEvent {

	@Override
	public String action() {
		return "supervision.task.closed";
	}

	@Override
	public String targetType() {
		return "task";
	}

	@Override
	public String targetId() {
		return String.valueOf(taskId);
	}

	@Override
	public String targetLabel() {
		return label;
	}

	@Override
	public Map<String, Change> changes() {
		return Map.of("status", new Change(TaskStatus.COMPLETION_REQUESTED.name(), TaskStatus.CLOSED.name()));
	}
}
