package org.luoshi.reports.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.luoshi.organization.OrganizationDirectory;
import org.luoshi.reports.DeploymentDraft.Task;
import org.luoshi.reports.Report;
import org.luoshi.reports.internal.drafts.SourceSpans;
import org.luoshi.reports.ReportDrafts;
import org.luoshi.reports.ReportDrafts.TaskEdit;
import org.luoshi.shared.ConflictException;
import org.luoshi.shared.CurrentActor;
import org.luoshi.shared.PageQuery;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;
import org.luoshi.shared.web.FormErrors;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The reports pages: the list of drafts, reading a new report (pasted or uploaded), and the review page where the
 * source text stands beside the task cards. Every change is a form post answered by a redirect to the review page;
 * a refused change re-renders the page with the reason beside the task it concerns.
 */
@Controller
@RequestMapping("/reports")
@PreAuthorize("hasAuthority('reports:manage')")
class ReportController {

	private static final Set<String> SORTABLE = Set.of("createdAt", "title", "documentDate");
	/** Where a refused change's reasons go when it concerns no existing task: the add form, the title. */
	private static final int ADDED = -2;
	private static final int RENAMED = -3;

	private final ReportDrafts drafts;
	private final OrganizationDirectory directory;

	ReportController(ReportDrafts drafts, OrganizationDirectory directory) {
		this.drafts = drafts;
		this.directory = directory;
	}

	record NewReportForm(String text, String date, MultipartFile file) {
	}

	@GetMapping
	String list(@RequestParam(required = false) Integer page, Model model) {
		PageQuery paging;
		try {
			paging = PageQuery.of(page, null, "createdAt,desc", "createdAt", SORTABLE);
		}
		catch (ValidationException e) {
			paging = PageQuery.of(null, null, "createdAt,desc", "createdAt", SORTABLE);
		}
		model.addAttribute("reports", drafts.list(paging, CurrentActor.get()));
		return "reports/list";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		model.addAttribute("form", new NewReportForm("", "", null));
		return "reports/new";
	}

	@PostMapping("/new")
	String create(@ModelAttribute("form") NewReportForm form, BindingResult errors, RedirectAttributes redirect) {
		try {
			Report report = drafts.create(ReportInputs.of(form.text(), form.file(), form.date()), CurrentActor.get());
			redirect.addFlashAttribute("flash", "reports.created");
			return "redirect:/reports/" + report.id();
		}
		catch (ValidationException e) {
			boolean pasted = form.file() == null || form.file().isEmpty();
			FormErrors.reject(errors, pasted ? ReportInputs.onText(e) : e);
			return "reports/new";
		}
	}

	@GetMapping("/{id}")
	String review(@PathVariable long id, Model model) {
		return review(drafts.get(id, CurrentActor.get()), model);
	}

	@PostMapping("/{id}/tasks/{task}")
	String edit(@PathVariable long id, @PathVariable int task, @RequestParam(defaultValue = "-1") int version,
			@RequestParam(required = false) String text, @RequestParam(required = false) List<String> leadUnits,
			@RequestParam(required = false) List<String> coUnits, @RequestParam(required = false) String deadline, Model model,
			RedirectAttributes redirect) {
		return change(id, task, model, redirect,
				() -> drafts.editTask(id, version, task, new TaskEdit(text, leadUnits, coUnits, deadline), CurrentActor.get()));
	}

	@PostMapping("/{id}/tasks/{task}/delete")
	String delete(@PathVariable long id, @PathVariable int task, @RequestParam(defaultValue = "-1") int version, Model model,
			RedirectAttributes redirect) {
		return change(id, task, model, redirect, () -> drafts.deleteTask(id, version, task, CurrentActor.get()));
	}

	@PostMapping("/{id}/tasks/{task}/merge")
	String merge(@PathVariable long id, @PathVariable int task, @RequestParam(defaultValue = "-1") int version, Model model,
			RedirectAttributes redirect) {
		return change(id, task, model, redirect, () -> drafts.mergeWithNext(id, version, task, CurrentActor.get()));
	}

	@PostMapping("/{id}/tasks/{task}/split")
	String split(@PathVariable long id, @PathVariable int task, @RequestParam(defaultValue = "-1") int version,
			@RequestParam(required = false) String secondPart, Model model, RedirectAttributes redirect) {
		return change(id, task, model, redirect, () -> drafts.splitTask(id, version, task, secondPart, CurrentActor.get()));
	}

	@PostMapping("/{id}/tasks")
	String add(@PathVariable long id, @RequestParam(defaultValue = "-1") int version, @RequestParam(required = false) String text,
			@RequestParam(required = false) List<String> leadUnits, @RequestParam(required = false) List<String> coUnits,
			@RequestParam(required = false) String deadline, Model model, RedirectAttributes redirect) {
		model.addAttribute("addedText", text);
		return change(id, ADDED, model, redirect,
				() -> drafts.addTask(id, version, new TaskEdit(text, leadUnits, coUnits, deadline), CurrentActor.get()));
	}

	@PostMapping("/{id}/title")
	String rename(@PathVariable long id, @RequestParam(defaultValue = "-1") int version, @RequestParam(required = false) String title,
			Model model, RedirectAttributes redirect) {
		model.addAttribute("typedTitle", title);
		return change(id, RENAMED, model, redirect, () -> drafts.rename(id, version, title, CurrentActor.get()));
	}

	@PostMapping("/{id}/discard")
	String discard(@PathVariable long id, @RequestParam(defaultValue = "-1") int version, Model model, RedirectAttributes redirect) {
		try {
			drafts.discard(id, version, CurrentActor.get());
			redirect.addFlashAttribute("flash", "reports.discarded");
			return "redirect:/reports";
		}
		catch (ConflictException e) {
			model.addAttribute("conflict", e.messageKey());
			return review(drafts.get(id, CurrentActor.get()), model);
		}
	}

	/** What confirming would create and issue, with the button that does it. */
	@GetMapping("/{id}/confirm")
	String confirmation(@PathVariable long id, Model model) {
		Report report = drafts.get(id, CurrentActor.get());
		if (report.status() != org.luoshi.reports.ReportStatus.DRAFT) {
			return "redirect:/reports/" + id;
		}
		model.addAttribute("report", report);
		model.addAttribute("plan", drafts.preview(id, CurrentActor.get()));
		return "reports/confirm";
	}

	@PostMapping("/{id}/confirm")
	String confirm(@PathVariable long id, @RequestParam(defaultValue = "-1") int version, Model model, RedirectAttributes redirect) {
		try {
			drafts.confirm(id, version, CurrentActor.get());
			redirect.addFlashAttribute("flash", "reports.confirmed");
			return "redirect:/reports/" + id;
		}
		catch (ConflictException e) {
			model.addAttribute("conflict", e.messageKey());
		}
		catch (ValidationException e) {
			model.addAttribute("confirmErrors", e.violations());
		}
		return review(drafts.get(id, CurrentActor.get()), model);
	}

	/** Runs a change of one task; on refusal shows the page again with the reasons on that task's card. */
	private String change(long id, int task, Model model, RedirectAttributes redirect, java.util.function.Supplier<Report> write) {
		try {
			write.get();
			redirect.addFlashAttribute("flash", "flash.saved");
			return "redirect:/reports/" + id;
		}
		catch (ValidationException e) {
			model.addAttribute("errorTask", task);
			model.addAttribute("taskErrors", e.violations());
		}
		catch (ConflictException e) {
			model.addAttribute("conflict", e.messageKey());
		}
		return review(drafts.get(id, CurrentActor.get()), model);
	}

	private String review(Report report, Model model) {
		model.addAttribute("report", report);
		model.addAttribute("pieces", SourceSpans.of(report.sourceText(), report.tasks()));
		model.addAttribute("groups", groups(report.tasks()));
		model.addAttribute("units", List.copyOf(directory.uniqueUnitNames(CurrentActor.get().scopeUnitId()).values()));
		for (String list : List.of("taskErrors", "confirmErrors")) {
			if (!model.containsAttribute(list)) {
				model.addAttribute(list, List.<Violation>of());
			}
		}
		return "reports/review";
	}

	/** A task card with its position in the whole list (edits address tasks by it). */
	record Card(int index, Task task) {
	}

	/** Consecutive tasks of one deployment group under its heading ({@code ""}: tasks outside any group). */
	record GroupRun(String heading, List<Card> cards) {
	}

	/**
	 * The cards in the order of the text, a heading wherever the group changes: a group resumed after tasks of another
	 * (or of none) is shown again where it resumes rather than pulling its later tasks up.
	 */
	static List<GroupRun> groups(List<Task> tasks) {
		List<GroupRun> runs = new ArrayList<>();
		for (int i = 0; i < tasks.size(); i++) {
			String group = tasks.get(i).group() == null ? "" : tasks.get(i).group();
			if (runs.isEmpty() || !runs.get(runs.size() - 1).heading().equals(group)) {
				runs.add(new GroupRun(group, new ArrayList<>()));
			}
			runs.get(runs.size() - 1).cards().add(new Card(i, tasks.get(i)));
		}
		return runs;
	}
}
