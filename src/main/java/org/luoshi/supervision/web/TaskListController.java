package org.luoshi.supervision.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.luoshi.shared.Actor;
import org.luoshi.shared.CurrentActor;
import org.luoshi.shared.NotFoundException;
import org.luoshi.shared.Violation;
import org.luoshi.supervision.GoalManagement;
import org.luoshi.supervision.Light;
import org.luoshi.supervision.TaskQueries;
import org.luoshi.supervision.TaskStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The task list (任务清单): every task of the actor's scope, filtered, sorted and paged by its address, so that a board,
 * the home page or a colleague can link to exactly the tasks they mean, and the ledger exports take the same filters.
 */
@Controller
@RequestMapping(TaskListQuery.PATH)
@PreAuthorize("hasAuthority('supervision:read')")
class TaskListController {

	private final TaskQueries queries;
	private final GoalManagement goals;
	private final UnitChoices choices;

	TaskListController(TaskQueries queries, GoalManagement goals, UnitChoices choices) {
		this.queries = queries;
		this.goals = goals;
		this.choices = choices;
	}

	@GetMapping
	String list(@ModelAttribute("params") TaskListQuery.Params params, Model model) {
		Actor actor = CurrentActor.get();
		List<UnitChoices.UnitChoice> units = choices.units(actor);
		Set<Long> offered = units.stream().map(UnitChoices.UnitChoice::id).collect(Collectors.toSet());
		List<Violation> problems = new ArrayList<>();
		TaskListQuery query = TaskListQuery.read(params, goal -> visible(goal, actor), offered::contains, problems);
		model.addAttribute("query", query);
		model.addAttribute("problems", problems);
		model.addAttribute("tasks", queries.tasks(query.filter(), query.page(), actor));
		model.addAttribute("goal", query.goal() == null ? null : goals.goal(query.goal(), actor));
		model.addAttribute("units", units);
		model.addAttribute("groups", queries.groups(actor));
		model.addAttribute("statuses", TaskStatus.values());
		model.addAttribute("lights", Light.values());
		return "supervision/tasks";
	}

	private boolean visible(long goalId, Actor actor) {
		try {
			goals.goal(goalId, actor);
			return true;
		}
		catch (NotFoundException e) {
			return false;
		}
	}
}
