package org.luoshi.supervision.web;

import java.util.ArrayList;
import java.util.List;

import org.luoshi.shared.Actor;
import org.luoshi.shared.ConflictException;
import org.luoshi.shared.CurrentActor;
import org.luoshi.shared.NotFoundException;
import org.luoshi.shared.PageQuery;
import org.luoshi.shared.Permissions;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;
import org.luoshi.shared.web.FormErrors;
import org.luoshi.supervision.GoalDetails;
import org.luoshi.supervision.GoalManagement;
import org.luoshi.supervision.Priority;
import org.luoshi.supervision.ReportCycle;
import org.luoshi.supervision.TaskSource;
import org.luoshi.supervision.TaskDetails;
import org.luoshi.supervision.TaskManagement;
import org.luoshi.supervision.TaskQueries;
import org.luoshi.supervision.TaskStep;
import org.springframework.security.access.AccessDeniedException;
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
 * The issuer's task form: a new task of a goal (or a subtask), issued at once or kept as a draft, and the correction
 * of a task. An edit carries the version it was read at; when someone saved first, the form keeps what the person
 * typed and says so. "Add a milestone" posts the form back with one more row, saving nothing.
 */
@Controller
@RequestMapping(TaskListQuery.PATH)
@PreAuthorize("hasAnyAuthority('supervision:manage', 'supervision:handle')")
class TaskFormController {

	static final String VIEW = "supervision/task-form";
	static final String STAFF_SELECT = VIEW + " :: staff-select";

	private final TaskManagement tasks;
	private final TaskQueries queries;
	private final GoalManagement goals;
	private final UnitChoices choices;

	TaskFormController(TaskManagement tasks, TaskQueries queries, GoalManagement goals, UnitChoices choices) {
		this.tasks = tasks;
		this.queries = queries;
		this.goals = goals;
		this.choices = choices;
	}

	@GetMapping("/new")
	String newForm(@RequestParam(required = false) String goal, @RequestParam(required = false) String parent, Model model) {
		Actor actor = CurrentActor.get();
		List<Violation> ignored = new ArrayList<>();
		Long parentId = Forms.id(parent, "parent", ignored);
		// Boxed on both sides: a ternary of long and Long unboxes, and an unreadable ?goal= would throw.
		Long goalId = parentId != null ? Long.valueOf(queries.task(parentId, actor).goalId()) : Forms.id(goal, "goal", ignored);
		// A handler comes here only to break down a task their unit leads (层层分解); everything else is the issuer's.
		if (!actor.can(Permissions.SUPERVISION_MANAGE) && (parentId == null || !queries.actions(parentId, actor).can(TaskStep.ADD_SUBTASK))) {
			throw new AccessDeniedException(Permissions.SUPERVISION_MANAGE);
		}
		if (goalId != null) {
			goals.goal(goalId, actor);
		}
		model.addAttribute("form", TaskForm.blank(goalId, parentId));
		return form(null, model, 1);
	}

	@PostMapping("/new")
	String create(@ModelAttribute("form") TaskForm form, BindingResult errors, @RequestParam(required = false) String addMilestone,
			Model model, RedirectAttributes redirect) {
		if (addMilestone != null) {
			return form(null, model, 1);
		}
		try {
			TaskDetails task = tasks.createTask(form.toCreate(), CurrentActor.get());
			redirect.addFlashAttribute("flash", Boolean.TRUE.equals(form.issue()) ? "tasks.created.issued" : "tasks.created.draft");
			return "redirect:/supervision/tasks/" + task.id();
		}
		catch (ValidationException e) {
			FormErrors.reject(errors, e);
		}
		return form(null, model, 0);
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		TaskDetails task = editable(id);
		model.addAttribute("form", TaskForm.of(task));
		return form(task, model, 1);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable long id, @ModelAttribute("form") TaskForm form, BindingResult errors,
			@RequestParam(required = false) String addMilestone, Model model, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		TaskDetails task = queries.task(id, actor);
		if (addMilestone != null) {
			return form(task, model, 1);
		}
		try {
			tasks.updateTask(form.toUpdate(id), actor);
			redirect.addFlashAttribute("flash", "flash.saved");
			return "redirect:/supervision/tasks/" + id;
		}
		catch (ValidationException e) {
			FormErrors.reject(errors, e);
		}
		catch (ConflictException e) {
			task = queries.task(id, actor);
			if (e.messageKey().equals(ConflictException.staleVersion().messageKey())) {
				// What the person typed stays; saving again is then a deliberate choice over the other person's change.
				model.addAttribute("form", form.withVersion(task.version()));
			}
			model.addAttribute("conflict", e.messageKey());
		}
		return form(task, model, 0);
	}

	/** The staff who can be responsible once a lead unit is chosen: the form swaps its select for this one. */
	@GetMapping("/staff-options")
	String staffOptions(@RequestParam(required = false) String leadUnitId, Model model) {
		model.addAttribute("staff", choices.staff(Forms.id(leadUnitId, "leadUnitId", new ArrayList<>()), CurrentActor.get()));
		model.addAttribute("selectedStaff", "");
		return STAFF_SELECT;
	}

	/** The task, if the actor may correct it now: 403 when it is not theirs to correct, 409 when it is finished. */
	private TaskDetails editable(long id) {
		Actor actor = CurrentActor.get();
		TaskDetails task = queries.task(id, actor);
		if (!queries.actions(id, actor).can(TaskStep.EDIT)) {
			if (task.status().isFinished()) {
				throw new ConflictException("supervision.task.finished");
			}
			throw new AccessDeniedException(Permissions.SUPERVISION_MANAGE);
		}
		return task;
	}

	/**
	 * The form page around the form in the model.
	 *
	 * @param task the task being corrected, {@code null} for a new one
	 * @param blankRows how many empty milestone rows to add to those typed
	 */
	private String form(TaskDetails task, Model model, int blankRows) {
		Actor actor = CurrentActor.get();
		TaskForm form = (TaskForm) model.getAttribute("form");
		// An id that cannot be read is reported when the form is saved; here it only means that nothing is chosen.
		List<Violation> ignored = new ArrayList<>();
		Long goalId = Forms.id(form.goalId(), "goalId", ignored);
		Long parentId = Forms.id(form.parentId(), "parentId", ignored);
		model.addAttribute("task", task);
		model.addAttribute("goal", goalId == null ? null : visibleGoal(goalId, actor));
		model.addAttribute("goals", goalId == null ? goals.goals(null, new PageQuery(0, PageQuery.MAX_SIZE, "year", true), actor).items()
				: List.of());
		model.addAttribute("parent", parentId == null || task != null ? null : queries.task(parentId, actor));
		// A lead unit breaking its task down (or correcting such a subtask) chooses among the units it may hand it to.
		Long related = task != null ? Long.valueOf(task.id()) : parentId;
		List<UnitChoices.UnitChoice> units = related == null ? choices.units(actor)
				: queries.breakDownUnits(related, actor).map(choices::only).orElseGet(() -> choices.units(actor));
		model.addAttribute("units", units);
		model.addAttribute("staff", choices.staff(Forms.id(form.leadUnitId(), "leadUnitId", ignored), actor));
		model.addAttribute("selectedStaff", form.responsibleStaffId());
		model.addAttribute("priorities", Priority.values());
		model.addAttribute("cycles", ReportCycle.values());
		model.addAttribute("sources", List.of(TaskSource.MANUAL, TaskSource.INSTRUCTION, TaskSource.DEMAND));
		model.addAttribute("milestoneRows", form.milestoneRows(blankRows));
		return VIEW;
	}

	private GoalDetails visibleGoal(long goalId, Actor actor) {
		try {
			return goals.goal(goalId, actor);
		}
		catch (NotFoundException e) {
			return null;
		}
	}
}
