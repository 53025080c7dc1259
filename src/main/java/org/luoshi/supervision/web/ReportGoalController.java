package org.luoshi.supervision.web;

import org.luoshi.shared.CurrentActor;
import org.luoshi.shared.NotFoundException;
import org.luoshi.supervision.GoalManagement;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * From a confirmed report to the goal it became. The reports module links here by address alone: it knows nothing of
 * supervision, which listens to it.
 */
@Controller
@PreAuthorize("hasAuthority('supervision:read')")
class ReportGoalController {

	private final GoalManagement goals;

	ReportGoalController(GoalManagement goals) {
		this.goals = goals;
	}

	@GetMapping("/supervision/goals/from-report/{reportId}")
	String goalOfReport(@PathVariable long reportId) {
		return goals.goalOfReport(reportId, CurrentActor.get())
			.map(goal -> "redirect:/supervision/goals/" + goal.id())
			.orElseThrow(() -> new NotFoundException("report goal", reportId));
	}
}
