package org.luoshi.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.luoshi.shared.AuditableEvent;

/**
 * A task went to its lead unit (交办), for the first time or again after a return or a change of lead unit. It is also
 * the step's audit entry.
 */
public record TaskIssued(long taskId, long goalId, String label, long leadUnitId, List<Long> coUnitIds, LocalDate deadline,
		TaskSource source, String sourceRef) implements AuditableEvent {

	public TaskIssued {
		coUnitIds = List.copyOf(coUnitIds);
	}

	@Override
	public String action() {
		return "supervision.task.issued";
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
		return Map.of("leadUnitId", new Change(null, leadUnitId), "deadline", new Change(null, String.valueOf(deadline)));
	}
}
