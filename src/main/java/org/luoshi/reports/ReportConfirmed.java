package org.luoshi.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.luoshi.shared.Actor;
import org.luoshi.shared.AuditableEvent;

/**
 * A reviewer confirmed a report's task list: supervision turns these tasks into work to follow. Published inside
 * the confirming transaction; it is also the confirmation's audit entry.
 *
 * @param unitId the data scope the report belongs to, {@code null} for the whole district
 * @param goals the quantitative targets the report sets as a whole (e.g. 千亿GDP), not tied to one task
 * @param tasks the reviewed tasks, in the order of the text, each with its group and the units the reviewer chose
 * @param confirmedBy the person who confirmed: supervision creates the goal and tasks in their name
 * @param plan which task is issued to whom and which stays a draft and why, as the confirmation page showed it
 */
public record ReportConfirmed(long reportId, String title, LocalDate documentDate, Long unitId,
		List<DeploymentDraft.Target> goals, List<DeploymentDraft.Task> tasks, Actor confirmedBy, HandOffPlan plan)
		implements AuditableEvent {

	public ReportConfirmed {
		goals = List.copyOf(goals);
		tasks = List.copyOf(tasks);
		java.util.Objects.requireNonNull(confirmedBy, "confirmedBy");
		java.util.Objects.requireNonNull(plan, "plan");
	}

	@Override
	public String action() {
		return "reports.report.confirmed";
	}

	@Override
	public String targetType() {
		return "report";
	}

	@Override
	public String targetId() {
		return String.valueOf(reportId);
	}

	@Override
	public String targetLabel() {
		return title;
	}

	@Override
	public Map<String, Change> changes() {
		return Map.of("status", new Change(ReportStatus.DRAFT.name(), ReportStatus.CONFIRMED.name()), "tasks",
				new Change(null, tasks.size()), "issued", new Change(null, plan.issuedCount()));
	}
}
