package org.luoshi.supervision.ledger.web;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.luoshi.shared.CurrentActor;
import org.luoshi.shared.PageQuery;
import org.luoshi.shared.web.AuditedExport;
import org.luoshi.supervision.GoalDetails;
import org.luoshi.supervision.GoalManagement;
import org.luoshi.supervision.ledger.LedgerService;
import org.luoshi.supervision.web.TaskFilterParameters;
import org.luoshi.supervision.ledger.LedgerLayout;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Excel on the pages: the task list's two exports (任务分解表 and 台账, with the list's filters) and the import of a
 * breakdown table into a goal, whose every problem is listed by row and column while nothing is imported.
 */
@Controller
@PreAuthorize("hasAuthority('supervision:read')")
class LedgerController {

	private final LedgerService ledger;
	private final GoalManagement goals;
	private final LedgerFiles files;

	LedgerController(LedgerService ledger, GoalManagement goals, LedgerFiles files) {
		this.ledger = ledger;
		this.goals = goals;
		this.files = files;
	}

	@GetMapping("/supervision/tasks/export.xlsx")
	@AuditedExport("supervision.tasks.exported")
	void export(@RequestParam(required = false) String layout, TaskFilterParameters parameters, HttpServletResponse response)
			throws IOException {
		LedgerLayout form = LedgerFiles.layout(layout);
		var filter = parameters.toFilter();
		files.attach(response, LedgerFiles.fileName(form));
		ledger.export(filter, form, CurrentActor.get(), response.getOutputStream());
	}

	@GetMapping("/supervision/import")
	@PreAuthorize("hasAuthority('supervision:manage')")
	String importForm(@RequestParam(required = false) Long goal, Model model) {
		model.addAttribute("goals", manageableGoals());
		model.addAttribute("goalId", goal);
		model.addAttribute("issue", true);
		return "supervision/import";
	}

	@GetMapping("/supervision/import/template.xlsx")
	@PreAuthorize("hasAuthority('supervision:manage')")
	void template(HttpServletResponse response) throws IOException {
		files.attach(response, "任务分解表模板");
		ledger.template(response.getOutputStream());
	}

	@PostMapping("/supervision/import")
	@PreAuthorize("hasAuthority('supervision:manage')")
	String importFile(@RequestParam(required = false) Long goalId, @RequestParam(required = false) MultipartFile file,
			@RequestParam(defaultValue = "false") boolean issue, Model model, RedirectAttributes redirect) throws IOException {
		model.addAttribute("goals", manageableGoals());
		model.addAttribute("goalId", goalId);
		model.addAttribute("issue", issue);
		if (goalId == null) {
			model.addAttribute("formError", "supervision.import.goal.required");
			return "supervision/import";
		}
		if (file == null || file.isEmpty()) {
			model.addAttribute("formError", "supervision.import.file.required");
			return "supervision/import";
		}
		LedgerService.ImportResult result = ledger.importInto(goalId, file.getBytes(), issue, CurrentActor.get());
		if (!result.succeeded()) {
			model.addAttribute("problems", result.problems());
			model.addAttribute("fileName", file.getOriginalFilename());
			return "supervision/import";
		}
		redirect.addFlashAttribute("flash", "supervision.import.done");
		redirect.addFlashAttribute("imported", result.imported());
		return "redirect:/supervision/goals/" + goalId;
	}

	/** The goals the actor may import into: their own unit's, or all of them for the whole district. */
	private List<GoalDetails> manageableGoals() {
		var actor = CurrentActor.get();
		return goals.goals(null, PageQuery.of(0, PageQuery.MAX_SIZE, null, "createdAt", Set.of("createdAt")), actor).items().stream()
			.filter(goal -> actor.seesWholeDistrict() || goal.ownerUnit().id() == actor.scopeUnitId())
			.toList();
	}
}
