package org.luoshi.reports.internal.drafts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.luoshi.organization.OrganizationDirectory;
import org.luoshi.organization.UnitNameResolution;
import org.luoshi.reports.DeploymentDraft.Task;
import org.luoshi.reports.HandOffPlan;
import org.luoshi.reports.HandOffPlan.AssignedUnit;
import org.luoshi.reports.HandOffPlan.DraftReason;
import org.luoshi.reports.HandOffPlan.DraftReason.Kind;
import org.luoshi.reports.HandOffPlan.PlannedTask;
import org.luoshi.shared.Actor;
import org.luoshi.shared.Permissions;
import org.luoshi.shared.web.Times;
import org.springframework.stereotype.Component;

/**
 * Decides the {@link HandOffPlan}: the only place that says which task is issued to whom. Unit names are resolved
 * within the confirming person's scope (the units they may give work to); the first lead name that resolves leads and
 * the other units co-operate. A task is issued only when every name resolved to one unit, a lead unit is known, the
 * text gives a deadline still ahead, and the person may issue tasks: {@code supervision:manage}, which covers their
 * issuing unit, the root of their own scope.
 */
@Component
class HandOffPlanner {

	private final OrganizationDirectory directory;
	private final Times times;

	HandOffPlanner(OrganizationDirectory directory, Times times) {
		this.directory = directory;
		this.times = times;
	}

	HandOffPlan plan(List<Task> tasks, Actor actor) {
		boolean mayIssue = actor.can(Permissions.SUPERVISION_MANAGE);
		LocalDate today = times.today();
		Map<String, UnitNameResolution> resolved = new LinkedHashMap<>();
		Map<Long, String> shownNames = directory.uniqueUnitNames(actor.scopeUnitId());
		List<PlannedTask> planned = new ArrayList<>();
		for (int index = 0; index < tasks.size(); index++) {
			Task task = tasks.get(index);
			List<DraftReason> reasons = new ArrayList<>();
			AssignedUnit lead = null;
			List<AssignedUnit> coUnits = new ArrayList<>();
			List<String> names = new ArrayList<>(task.leadUnits());
			names.addAll(task.coUnits());
			for (int n = 0; n < names.size(); n++) {
				String name = names.get(n);
				UnitNameResolution resolution = resolved.computeIfAbsent(name,
						key -> directory.resolveUnitName(key, actor.scopeUnitId()));
				if (resolution instanceof UnitNameResolution.Unique unique) {
					AssignedUnit unit = new AssignedUnit(unique.unit().id(),
							shownNames.getOrDefault(unique.unit().id(), unique.unit().displayName()));
					if (lead == null && n < task.leadUnits().size()) {
						lead = unit;
					}
					else if (!unit.equals(lead) && !coUnits.contains(unit)) {
						coUnits.add(unit);
					}
				}
				else if (resolution instanceof UnitNameResolution.Ambiguous ambiguous) {
					reasons.add(new DraftReason(Kind.UNIT_AMBIGUOUS, name,
							ambiguous.candidates().stream().map(UnitNameResolution.Candidate::uniqueName).toList()));
				}
				else {
					reasons.add(new DraftReason(Kind.UNIT_UNKNOWN, name, List.of()));
				}
			}
			if (task.leadUnits().isEmpty()) {
				reasons.add(DraftReason.of(Kind.NO_LEAD_UNIT));
			}
			LocalDate deadline = task.deadline();
			if (deadline == null) {
				reasons.add(DraftReason.of(Kind.NO_DEADLINE));
			}
			else if (deadline.isBefore(today)) {
				// A date already past would make the task late at birth: the office sets a new one before issuing.
				reasons.add(new DraftReason(Kind.DEADLINE_PAST, deadline.toString(), List.of()));
				deadline = null;
			}
			if (!mayIssue) {
				reasons.add(DraftReason.of(Kind.NOT_PERMITTED));
			}
			planned.add(new PlannedTask(index, lead, coUnits, deadline, reasons));
		}
		return new HandOffPlan(planned);
	}
}
