package org.luoshi.supervision.web;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.luoshi.economy.EconomicIndicators;
import org.luoshi.shared.Actor;
import org.luoshi.shared.ConflictException;
import org.luoshi.shared.CurrentActor;
import org.luoshi.shared.PageQuery;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;
import org.luoshi.shared.web.FormErrors;
import org.luoshi.shared.web.Times;
import org.luoshi.supervision.GoalDetails;
import org.luoshi.supervision.GoalManagement;
import org.luoshi.supervision.TaskFilter;
import org.luoshi.supervision.TaskQueries;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Goals: the list by year with each goal's progress, a goal with its tasks, and the goal form. Managers set goals,
 * and issue a goal's complete drafts at once (e.g. after a conference report became a goal).
 */
@Controller
@RequestMapping("/supervision/goals")
@PreAuthorize("hasAuthority('supervision:read')")
class GoalController {

	/** A conference's breakdown of a goal usually fits on one page. */
	static final int TASKS_PER_GOAL_PAGE = 100;

	private final GoalManagement goals;
	private final TaskQueries queries;
	private final Times times;
	private final EconomicIndicators economy;

	GoalController(GoalManagement goals, TaskQueries queries, Times times, EconomicIndicators economy) {
		this.goals = goals;
		this.queries = queries;
		this.times = times;
		this.economy = economy;
	}

	@GetMapping
	String list(@RequestParam(required = false) String year, @RequestParam(required = false) String page, Model model) {
		List<Violation> problems = new ArrayList<>();
		Integer chosenYear = Forms.integer(year, "year", problems);
		PageQuery paging = Forms.paging(page, PageQuery.DEFAULT_SIZE, "year", problems);
		Actor actor = CurrentActor.get();
		org.luoshi.shared.Page<GoalDetails> found = goals.goals(chosenYear, paging, actor);
		model.addAttribute("goals", found);
		// Only bound goals have a standing: few on a page, each read from the figures as the goal's own page reads it.
		java.util.Map<Long, org.luoshi.supervision.GoalStanding> standings = new java.util.HashMap<>();
		found.items().stream().filter(goal -> goal.binding() != null)
			.forEach(goal -> goals.standing(goal.id(), actor).ifPresent(standing -> standings.put(goal.id(), standing)));
		model.addAttribute("standings", standings);
		model.addAttribute("year", chosenYear);
		int thisYear = times.today().getYear();
		model.addAttribute("years", IntStream.rangeClosed(0, 6).map(back -> thisYear + 1 - back).boxed().toList());
		model.addAttribute("problems", problems);
		return "supervision/goals";
	}

	@GetMapping("/{id}")
	String goal(@PathVariable long id, @RequestParam(required = false) String page, Model model) {
		Actor actor = CurrentActor.get();
		List<Violation> problems = new ArrayList<>();
		GoalDetails goal = goals.goal(id, actor);
		TaskFilter ofGoal = new TaskFilter(id, null, null, null, null, null, null, null, true);
		model.addAttribute("goal", goal);
		model.addAttribute("standing", goals.standing(id, actor).orElse(null));
		model.addAttribute("tasks", queries.tasks(ofGoal, Forms.paging(page, TASKS_PER_GOAL_PAGE, "number", problems), actor));
		// Only the drafts that can go now: "issue all complete drafts (3)" when none can be issued is a button that does nothing.
		model.addAttribute("drafts", goals.issuableDrafts(id, actor));
		model.addAttribute("problems", problems);
		return "supervision/goal";
	}

	@GetMapping("/new")
	@PreAuthorize("hasAuthority('supervision:manage')")
	String newForm(Model model) {
		model.addAttribute("form", GoalForm.blank(times.today().getYear()));
		return form(null, model);
	}

	@PostMapping("/new")
	@PreAuthorize("hasAuthority('supervision:manage')")
	String create(@ModelAttribute("form") GoalForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
		try {
			GoalDetails goal = goals.createGoal(form.toCreate(), CurrentActor.get());
			redirect.addFlashAttribute("flash", "goals.created");
			return "redirect:/supervision/goals/" + goal.id();
		}
		catch (ValidationException e) {
			FormErrors.reject(errors, e);
		}
		return form(null, model);
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize("hasAuthority('supervision:manage')")
	String editForm(@PathVariable long id, Model model) {
		GoalDetails goal = goals.goal(id, CurrentActor.get());
		model.addAttribute("form", GoalForm.of(goal));
		return form(goal, model);
	}

	@PostMapping("/{id}/edit")
	@PreAuthorize("hasAuthority('supervision:manage')")
	String update(@PathVariable long id, @ModelAttribute("form") GoalForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		GoalDetails goal = goals.goal(id, actor);
		try {
			goals.updateGoal(form.toUpdate(id), actor);
			redirect.addFlashAttribute("flash", "flash.saved");
			return "redirect:/supervision/goals/" + id;
		}
		catch (ValidationException e) {
			FormErrors.reject(errors, e);
		}
		catch (ConflictException e) {
			// What the person typed stays; saving again is then a deliberate choice over the other person's change.
			goal = goals.goal(id, actor);
			model.addAttribute("form", form.withVersion(goal.version()));
			model.addAttribute("conflict", e.messageKey());
		}
		return form(goal, model);
	}

	@PostMapping("/{id}/issue-drafts")
	@PreAuthorize("hasAuthority('supervision:manage')")
	String issueDrafts(@PathVariable long id, RedirectAttributes redirect) {
		int issued = goals.issueDrafts(id, CurrentActor.get());
		redirect.addFlashAttribute("issuedDrafts", issued);
		return "redirect:/supervision/goals/" + id;
	}

	private String form(GoalDetails goal, Model model) {
		model.addAttribute("goal", goal);
		model.addAttribute("comparators", GoalForm.COMPARATORS);
		model.addAttribute("indicators", economy.indicators(true));
		model.addAttribute("places", economy.places());
		return "supervision/goal-form";
	}
}
