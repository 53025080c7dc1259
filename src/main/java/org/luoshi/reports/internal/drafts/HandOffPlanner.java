package org.luoshi.reports.internal.drafts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.luoshi.reports.DeploymentDraft.Task;
import org.luoshi.reports.DeploymentDraft.UnitMatch;
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
 * Decides the {@link HandOffPlan}: the only place that says which task is issued to whom. Each unit is the one its
 * written name matches ({@link UnitMatching}) within the confirming person's scope (the units they may give work to),
 * never the written string itself; the first lead name that matches one unit leads and the other units co-operate. A
 * task is issued only when every name matched one unit, a lead unit is known, the text gives a deadline still ahead,
 * and the person may issue tasks: {@code supervision:manage}, which covers their issuing unit, the root of their own
 * scope.
 */
@Component
class HandOffPlanner {

	private final UnitMatching matching;
	private final Times times;

	HandOffPlanner(UnitMatching matching, Times times) {
		this.matching = matching;
		this.times = times;
	}

	HandOffPlan plan(List<Task> tasks, Actor actor) {
		boolean mayIssue = actor.can(Permissions.SUPERVISION_MANAGE);
		LocalDate today = times.today();
		UnitMatching.Matches matches = matching.of(tasks.stream().flatMap(task -> UnitMatching.written(task).stream()).toList(),
				actor.scopeUnitId());
		List<PlannedTask> planned = new ArrayList<>();
		for (int index = 0; index < tasks.size(); index++) {
			Task task = matches.matched(tasks.get(index));
			List<DraftReason> reasons = new ArrayList<>();
			AssignedUnit lead = null;
			List<AssignedUnit> coUnits = new ArrayList<>();
			for (UnitMatch match : task.unitMatches()) {
				if (match.unique()) {
					AssignedUnit unit = new AssignedUnit(match.unitId(), match.unit(), match.written());
					if (lead == null && match.role() == UnitMatch.Role.LEAD) {
						lead = unit;
					}
					else if (!unit.sameUnit(lead) && coUnits.stream().noneMatch(unit::sameUnit)) {
						coUnits.add(unit);
					}
				}
				else if (match.match() == UnitMatch.Match.AMBIGUOUS) {
					reasons.add(new DraftReason(Kind.UNIT_AMBIGUOUS, match.written(), match.candidates()));
				}
				else {
					reasons.add(new DraftReason(Kind.UNIT_UNKNOWN, match.written(), List.of()));
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
