package org.luoshi.supervision.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.luoshi.shared.Actor;
import org.luoshi.shared.ConflictException;
import org.luoshi.shared.CurrentActor;
import org.luoshi.shared.NotFoundException;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;
import org.luoshi.supervision.SupervisionNotice;
import org.luoshi.supervision.TaskActions;
import org.luoshi.supervision.TaskCommands.DecideExtension;
import org.luoshi.supervision.TaskCommands.IssueNotice;
import org.luoshi.supervision.TaskCommands.ReportProgress;
import org.luoshi.supervision.TaskCommands.RequestCompletion;
import org.luoshi.supervision.TaskCommands.RequestExtension;
import org.luoshi.supervision.TaskCommands.Review;
import org.luoshi.supervision.TaskDetails;
import org.luoshi.supervision.TaskManagement;
import org.luoshi.supervision.TaskQueries;
import org.luoshi.supervision.TaskStep;
import org.luoshi.supervision.TimelineEntry;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A task's page: what it is, where it stands, its timeline (newest first), and beside it the steps the actor may take
 * now, each a small form. A step taken redirects back with a message; a step refused shows the page again with the
 * reasons beside that step's fields and everything typed kept. Evidence files are uploaded with the report they prove;
 * when the report is refused, the files stay uploaded and the form offers them again, ticked.
 */
@Controller
@RequestMapping(TaskListQuery.PATH + "/{id}")
@PreAuthorize("hasAuthority('supervision:read')")
class TaskController {

	/** The action forms of the page; each is in the model as {@code <name>Form}. */
	static final List<String> ACTIONS = List.of("issue", "cancel", "sign", "return", "progress", "milestone", "completion", "review",
			"extension", "decision", "instruction", "reminder", "notice");

	private final TaskManagement tasks;
	private final TaskQueries queries;

	TaskController(TaskManagement tasks, TaskQueries queries) {
		this.tasks = tasks;
		this.queries = queries;
	}

	@GetMapping
	String page(@PathVariable long id, Model model) {
		Actor actor = CurrentActor.get();
		TaskDetails task = queries.task(id, actor);
		TaskActions actions = queries.actions(id, actor);
		List<TimelineEntry> timeline = new ArrayList<>(queries.timeline(id, actor));
		Collections.reverse(timeline);
		model.addAttribute("task", task);
		model.addAttribute("actions", actions);
		model.addAttribute("timeline", timeline);
		model.addAttribute("parent", parent(task, actor));
		model.addAttribute("subtasks", queries.subtasks(id, actor));
		model.addAttribute("notices", queries.notices(id, actor));
		boolean reports = actions.can(TaskStep.REPORT_PROGRESS) || actions.can(TaskStep.CONTRIBUTE) || actions.can(TaskStep.REQUEST_COMPLETION);
		model.addAttribute("unattached", reports ? tasks.unattachedEvidence(actor) : List.of());
		ACTIONS.forEach(action -> Forms.offer(model, action + "Form", ActionForm.blank()));
		return "supervision/task";
	}

	@PostMapping("/issue")
	String issue(@PathVariable long id, ActionForm form, Model model, RedirectAttributes redirect) {
		return act(id, "issue", form, model, redirect, actor -> tasks.issue(id, version(form), actor));
	}

	@PostMapping("/cancel")
	String cancel(@PathVariable long id, ActionForm form, Model model, RedirectAttributes redirect) {
		return act(id, "cancel", form, model, redirect, actor -> tasks.cancel(id, version(form), form.reason(), actor));
	}

	@PostMapping("/sign")
	String sign(@PathVariable long id, ActionForm form, Model model, RedirectAttributes redirect) {
		return act(id, "sign", form, model, redirect, actor -> tasks.sign(id, actor));
	}

	@PostMapping("/return")
	String returnTask(@PathVariable long id, ActionForm form, Model model, RedirectAttributes redirect) {
		return act(id, "return", form, model, redirect, actor -> tasks.returnTask(id, form.reason(), actor));
	}

	/** The lead unit's progress report, or a co-operating unit's contribution: the service tells them apart. */
	@PostMapping("/progress")
	String reportProgress(@PathVariable long id, ActionForm form, @RequestParam(required = false) List<MultipartFile> files, Model model,
			RedirectAttributes redirect) {
		Uploaded uploaded = upload(form, files);
		return act(id, "progress", uploaded.form(), model, redirect, actor -> {
			List<Violation> problems = new ArrayList<>(uploaded.problems());
			Integer percent = Forms.integer(form.percent(), "percent", problems);
			List<Long> evidence = Forms.ids(uploaded.form().evidence(), "evidence", problems);
			Forms.stopIfAny(problems);
			tasks.reportProgress(new ReportProgress(id, form.text(), percent, evidence), actor);
		});
	}

	@PostMapping("/milestones/{milestoneId}/reached")
	String reachMilestone(@PathVariable long id, @PathVariable long milestoneId, ActionForm form, Model model,
			RedirectAttributes redirect) {
		return act(id, "milestone", form, model, redirect, actor -> tasks.reachMilestone(id, milestoneId, actor));
	}

	@PostMapping("/completion")
	String requestCompletion(@PathVariable long id, ActionForm form, @RequestParam(required = false) List<MultipartFile> files,
			Model model, RedirectAttributes redirect) {
		Uploaded uploaded = upload(form, files);
		return act(id, "completion", uploaded.form(), model, redirect, actor -> {
			List<Violation> problems = new ArrayList<>(uploaded.problems());
			List<Long> evidence = Forms.ids(uploaded.form().evidence(), "evidence", problems);
			Forms.stopIfAny(problems);
			tasks.requestCompletion(new RequestCompletion(id, form.text(), evidence), actor);
		});
	}

	@PostMapping("/review")
	String review(@PathVariable long id, ActionForm form, Model model, RedirectAttributes redirect) {
		return act(id, "review", verdict("review", form), form, model, redirect,
				actor -> tasks.review(new Review(id, form.approves(), form.comment()), actor));
	}

	@PostMapping("/extension")
	String requestExtension(@PathVariable long id, ActionForm form, Model model, RedirectAttributes redirect) {
		return act(id, "extension", form, model, redirect,
				actor -> tasks.requestExtension(new RequestExtension(id, form.newDeadline(), form.reason()), actor));
	}

	@PostMapping("/extension/decision")
	String decideExtension(@PathVariable long id, ActionForm form, Model model, RedirectAttributes redirect) {
		return act(id, "decision", verdict("decision", form), form, model, redirect,
				actor -> tasks.decideExtension(new DecideExtension(id, form.approves(), form.note()), actor));
	}

	@PostMapping("/instruction")
	String instruct(@PathVariable long id, ActionForm form, Model model, RedirectAttributes redirect) {
		return act(id, "instruction", form, model, redirect, actor -> tasks.instruct(id, form.text(), actor));
	}

	@PostMapping("/reminder")
	String remind(@PathVariable long id, ActionForm form, Model model, RedirectAttributes redirect) {
		return act(id, "reminder", form, model, redirect, actor -> tasks.remind(id, form.text(), actor));
	}

	/** The notice's number and PDF are offered on the page it redirects to. */
	@PostMapping("/notice")
	String issueNotice(@PathVariable long id, ActionForm form, Model model, RedirectAttributes redirect) {
		return act(id, "notice", form, model, redirect, actor -> {
			SupervisionNotice notice = tasks.issueNotice(new IssueNotice(id, form.issues(), form.requirements(), form.replyDue()), actor);
			redirect.addFlashAttribute("noticeId", notice.id());
			redirect.addFlashAttribute("noticeNumber", notice.number());
		});
	}

	/** One step of the task by the current actor. */
	@FunctionalInterface
	interface Step {
		void take(Actor actor);
	}

	private String act(long id, String action, ActionForm form, Model model, RedirectAttributes redirect, Step step) {
		return act(id, action, "tasks.done." + action, form, model, redirect, step);
	}

	/**
	 * Takes a step and redirects back to the task with the message {@code doneKey}; refused, shows the page again with
	 * the reasons on the step's form, or with why the task no longer allows it, and what was typed kept either way.
	 */
	private String act(long id, String action, String doneKey, ActionForm form, Model model, RedirectAttributes redirect, Step step) {
		try {
			step.take(CurrentActor.get());
			redirect.addFlashAttribute("flash", doneKey);
			return "redirect:" + TaskListQuery.PATH + "/" + id;
		}
		catch (ValidationException e) {
			Forms.refused(model, action + "Form", form, e);
		}
		catch (ConflictException e) {
			Forms.offer(model, action + "Form", form);
			model.addAttribute("conflict", e.messageKey());
			model.addAttribute("conflictForm", form);
		}
		model.addAttribute("openAction", action);
		return page(id, model);
	}

	/** What a verdict says once given: approved, or sent back / refused. */
	private static String verdict(String action, ActionForm form) {
		return "tasks.done." + action + (form.approves() ? ".approved" : ".refused");
	}

	private static int version(ActionForm form) {
		return form.version() == null ? -1 : form.version();
	}

	/** The form with the files it brought uploaded and added to its evidence, and why any file was refused. */
	record Uploaded(ActionForm form, List<Violation> problems) {
	}

	/** Each file is stored on its own, so that one refused (empty, too large) loses none of the others. */
	private Uploaded upload(ActionForm form, List<MultipartFile> files) {
		Actor actor = CurrentActor.get();
		List<Long> stored = new ArrayList<>();
		List<Violation> problems = new ArrayList<>();
		for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
			boolean noneChosen = file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank());
			if (noneChosen) {
				continue;
			}
			try {
				stored.add(tasks.uploadEvidence(file.getOriginalFilename(), file.getContentType(), file.getBytes(), actor).id());
			}
			catch (ValidationException e) {
				e.violations().forEach(v -> problems.add(Violation.of("evidence", v.messageKey(), v.argumentArray())));
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return new Uploaded(form.withEvidence(stored), problems);
	}

	/** The parent task, when the actor sees it (a unit may be given a subtask of a task it does not see). */
	private TaskDetails parent(TaskDetails task, Actor actor) {
		if (task.parentId() == null) {
			return null;
		}
		try {
			return queries.task(task.parentId(), actor);
		}
		catch (NotFoundException e) {
			return null;
		}
	}
}
