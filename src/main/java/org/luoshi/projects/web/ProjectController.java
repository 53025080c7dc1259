package org.luoshi.projects.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.luoshi.projects.BlockerStep;
import org.luoshi.projects.MilestoneKind;
import org.luoshi.projects.ProjectBlocker;
import org.luoshi.projects.ProjectDetails;
import org.luoshi.projects.ProjectDetails.ProjectMilestone;
import org.luoshi.projects.ProjectDetails.ProjectMonth;
import org.luoshi.projects.ProjectSummary;
import org.luoshi.projects.internal.InvestmentImport;
import org.luoshi.projects.internal.ProjectAccess;
import org.luoshi.projects.internal.ProjectAdministration;
import org.luoshi.projects.internal.ProjectAdministration.InvestmentInput;
import org.luoshi.projects.internal.ProjectAdministration.ProjectInput;
import org.luoshi.projects.internal.ProjectBlockers;
import org.luoshi.projects.internal.ProjectStore;
import org.luoshi.projects.internal.ProjectStore.ProjectFilter;
import org.luoshi.projects.internal.ReportMentions;
import org.luoshi.shared.Actor;
import org.luoshi.shared.ConflictException;
import org.luoshi.shared.CurrentActor;
import org.luoshi.shared.NotFoundException;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;
import org.luoshi.shared.web.Times;
import org.luoshi.shared.web.TypedNumbers;
import org.luoshi.shared.workbook.ImportRefusedException;
import org.luoshi.shared.workbook.WorkbookRefusedException;
import org.springframework.http.ResponseEntity;
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

import tools.jackson.databind.json.JsonMapper;

/**
 * The key projects' pages: the list with its filters and investment against the year's plan, a project's page (facts,
 * milestones, the month-by-month chart, photos, blockers with their task's light), the form, reporting and importing.
 */
@Controller
@RequestMapping("/projects")
@PreAuthorize("hasAuthority('projects:read')")
class ProjectController {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ProjectStore store;
	private final ProjectAccess access;
	private final ProjectAdministration administration;
	private final ProjectBlockers blockers;
	private final InvestmentImport imports;
	private final ReportMentions mentions;
	private final Times times;

	ProjectController(ProjectStore store, ProjectAccess access, ProjectAdministration administration, ProjectBlockers blockers,
			InvestmentImport imports, ReportMentions mentions, Times times) {
		this.store = store;
		this.access = access;
		this.administration = administration;
		this.blockers = blockers;
		this.imports = imports;
		this.mentions = mentions;
		this.times = times;
	}

	@GetMapping
	String list(@RequestParam(required = false) String platform, @RequestParam(required = false) String town,
			@RequestParam(required = false) String lead, @RequestParam(required = false) String open, @RequestParam(required = false) String period,
			Model model) {
		YearMonth month = shown(period, model);
		String townCode = town == null || town.isBlank() ? null : town.strip();
		ProjectFilter filter = new ProjectFilter(TypedNumbers.id(platform), townCode, TypedNumbers.id(lead), "true".equals(open));
		List<ProjectSummary> projects = store.projects(filter, month.getYear(), month.getMonthValue(), CurrentActor.get());
		BigDecimal planned = projects.stream().map(ProjectSummary::planned).reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal completed = projects.stream().map(ProjectSummary::completed).reduce(BigDecimal.ZERO, BigDecimal::add);
		model.addAttribute("projects", projects);
		model.addAttribute("planned", planned);
		model.addAttribute("completed", completed);
		model.addAttribute("share", planned.signum() == 0 ? null : completed.multiply(BigDecimal.valueOf(100)).divide(planned, 2, java.math.RoundingMode.HALF_UP));
		model.addAttribute("filter", filter);
		model.addAttribute("period", month.toString());
		model.addAttribute("platforms", store.platforms());
		model.addAttribute("towns", store.towns());
		model.addAttribute("leadUnits", leadUnitsOf(projects));
		model.addAttribute("mayManage", access.scope(CurrentActor.get()).manages());
		return "projects/list";
	}

	/** The lead units the list can be narrowed to: those leading a project in sight. */
	private Map<Long, String> leadUnitsOf(List<ProjectSummary> projects) {
		Map<Long, String> units = new LinkedHashMap<>();
		store.projects(ProjectFilter.all(), times.today().getYear(), 1, CurrentActor.get())
			.forEach(project -> units.putIfAbsent(project.leadUnitId(), project.leadUnitName()));
		return units;
	}

	@GetMapping("/{id}")
	String project(@PathVariable long id, @RequestParam(required = false) String year, Model model) {
		Integer asked = TypedNumbers.integer(year);
		int shownYear = asked == null || asked < 2000 || asked > 2100 ? times.today().getYear() : asked;
		Actor actor = CurrentActor.get();
		ProjectDetails project = store.project(id, shownYear, actor);
		ProjectAccess.Scope scope = access.scope(actor);
		List<ProjectBlocker> list = blockers.blockers(id, actor);
		Map<Long, List<String>> actions = new LinkedHashMap<>();
		list.forEach(blocker -> actions.put(blocker.id(), blockers.actions(blocker, project.leadUnitId(), actor).stream().map(BlockerStep::name).toList()));
		model.addAttribute("project", project);
		model.addAttribute("year", shownYear);
		model.addAttribute("blockers", list);
		model.addAttribute("blockerActions", actions);
		model.addAttribute("photos", store.photos(id));
		model.addAttribute("chart", chart(project));
		model.addAttribute("cumulative", cumulative(project));
		model.addAttribute("mayManage", scope.manages());
		model.addAttribute("mayReport", scope.reports(project.leadUnitId()));
		model.addAttribute("kinds", MilestoneKind.values());
		model.addAttribute("thisMonth", YearMonth.from(times.today()).toString());
		model.addAttribute("today", times.today().toString());
		model.addAttribute("defaultDeadline", times.today().plusDays(30).toString());
		return "projects/project";
	}

	@GetMapping("/new")
	@PreAuthorize("hasAuthority('projects:manage')")
	String create(@RequestParam(required = false) String name, @RequestParam(required = false) String town,
			@RequestParam(required = false) String platform, @RequestParam(required = false) String fromReport, Model model) {
		Map<String, String> typed = new LinkedHashMap<>();
		typed.put("name", name == null ? "" : name.strip());
		typed.put("townCode", town == null ? "" : town.strip());
		typed.put("platformId", platform == null ? "" : platform.strip());
		typed.put("year", String.valueOf(times.today().getYear()));
		model.addAttribute("typed", typed);
		model.addAttribute("fromReport", TypedNumbers.id(fromReport));
		return form(null, model);
	}

	@PostMapping
	@PreAuthorize("hasAuthority('projects:manage')")
	String save(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
		try {
			ProjectDetails created = administration.createProject(input(params), CurrentActor.get());
			redirect.addFlashAttribute("flash", "projects.saved");
			return "redirect:/projects/" + created.id();
		}
		catch (ValidationException e) {
			model.addAttribute("problems", e.violations());
			model.addAttribute("typed", params);
			return form(null, model);
		}
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize("hasAuthority('projects:manage')")
	String edit(@PathVariable long id, Model model) {
		ProjectDetails project = store.project(id, times.today().getYear(), CurrentActor.get());
		Map<String, String> typed = new LinkedHashMap<>();
		typed.put("name", project.name());
		typed.put("townCode", project.townCode());
		typed.put("platformId", project.platformId() == null ? "" : String.valueOf(project.platformId()));
		typed.put("leadUnitId", String.valueOf(project.leadUnitId()));
		typed.put("totalInvestment", project.totalInvestment().toPlainString());
		typed.put("description", project.description() == null ? "" : project.description());
		typed.put("year", String.valueOf(project.year()));
		typed.put("planned", project.planned() == null ? "" : project.planned().toPlainString());
		typed.put("version", String.valueOf(project.version()));
		for (ProjectMilestone milestone : project.milestones()) {
			typed.put("planned_" + milestone.kind().name(), milestone.plannedOn() == null ? "" : milestone.plannedOn().toString());
			typed.put("actual_" + milestone.kind().name(), milestone.actualOn() == null ? "" : milestone.actualOn().toString());
		}
		model.addAttribute("typed", typed);
		return form(project, model);
	}

	@PostMapping("/{id}")
	@PreAuthorize("hasAuthority('projects:manage')")
	String update(@PathVariable long id, @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
		ProjectDetails project = store.project(id, times.today().getYear(), CurrentActor.get());
		try {
			administration.updateProject(id, TypedNumbers.integer(params.get("version")), input(params), CurrentActor.get());
			redirect.addFlashAttribute("flash", "projects.saved");
			return "redirect:/projects/" + id;
		}
		catch (ValidationException e) {
			model.addAttribute("problems", e.violations());
		}
		catch (ConflictException e) {
			model.addAttribute("conflict", e.messageKey());
		}
		model.addAttribute("typed", params);
		return form(project, model);
	}

	private String form(ProjectDetails project, Model model) {
		model.addAttribute("project", project);
		model.addAttribute("platforms", store.platforms());
		model.addAttribute("towns", store.towns());
		model.addAttribute("leadUnits", store.leadUnits());
		model.addAttribute("kinds", MilestoneKind.values());
		return "projects/form";
	}

	/** The form's fields as the command takes them; typing slips are reported with the rest. */
	static ProjectInput input(Map<String, String> params) {
		List<Violation> problems = new ArrayList<>();
		BigDecimal total = ProjectForms.amount(params.get("totalInvestment"), "totalInvestment", problems);
		BigDecimal planned = ProjectForms.amount(params.get("planned"), "planned", problems);
		List<ProjectMilestone> milestones = new ArrayList<>();
		for (MilestoneKind kind : MilestoneKind.values()) {
			LocalDate plannedOn = ProjectForms.date(params.get("planned_" + kind.name()), "milestone." + kind.name(), problems);
			LocalDate actualOn = ProjectForms.date(params.get("actual_" + kind.name()), "milestone." + kind.name(), problems);
			milestones.add(new ProjectMilestone(kind, plannedOn, actualOn));
		}
		ValidationException.throwIfAny(problems);
		Integer year = TypedNumbers.integer(params.get("year"));
		return new ProjectInput(params.get("name"), TypedNumbers.id(params.get("platformId")), params.get("townCode"),
				TypedNumbers.id(params.get("leadUnitId")), total, params.get("description"), year, planned, milestones, false);
	}

	// ----- reporting by the lead unit

	@PostMapping("/{id}/investment")
	String reportInvestment(@PathVariable long id, @RequestParam(required = false) String period, @RequestParam(required = false) String amount,
			@RequestParam(required = false) String source, Model model, RedirectAttributes redirect) {
		try {
			List<Violation> problems = new ArrayList<>();
			BigDecimal typed = ProjectForms.amount(amount, "amount", problems);
			ValidationException.throwIfAny(problems);
			YearMonth month = ProjectForms.period(period, null);
			administration.reportInvestment(id, new InvestmentInput(month == null ? null : month.getYear(), month == null ? null : month.getMonthValue(),
					typed, source, false), CurrentActor.get());
			redirect.addFlashAttribute("flash", "projects.investment.saved");
			return "redirect:/projects/" + id + (month == null ? "" : "?year=" + month.getYear()) + "#investment";
		}
		catch (ValidationException e) {
			model.addAttribute("problems", e.violations());
			model.addAttribute("typedInvestment", Map.of("period", period == null ? "" : period, "amount", amount == null ? "" : amount, "source",
					source == null ? "" : source));
			return project(id, null, model);
		}
	}

	@PostMapping("/{id}/milestones")
	String reportMilestone(@PathVariable long id, @RequestParam(required = false) String kind, @RequestParam(required = false) String actualOn,
			Model model, RedirectAttributes redirect) {
		try {
			List<Violation> problems = new ArrayList<>();
			LocalDate date = ProjectForms.date(actualOn, "actualOn", problems);
			MilestoneKind milestone = null;
			try {
				milestone = kind == null ? null : MilestoneKind.valueOf(kind.strip());
			}
			catch (IllegalArgumentException e) {
				problems.add(Violation.of("kind", "validation.Invalid"));
			}
			ValidationException.throwIfAny(problems);
			administration.reportMilestone(id, milestone, date, CurrentActor.get());
			redirect.addFlashAttribute("flash", "projects.milestone.saved");
			return "redirect:/projects/" + id + "#milestones";
		}
		catch (ValidationException e) {
			model.addAttribute("problems", e.violations());
			return project(id, null, model);
		}
	}

	@PostMapping("/{id}/photos")
	String addPhotos(@PathVariable long id, @RequestParam(name = "photos", required = false) List<MultipartFile> photos,
			@RequestParam(required = false) String caption, Model model, RedirectAttributes redirect) throws IOException {
		try {
			int added = administration.addPhotos(id, ProjectForms.photos(photos), caption, CurrentActor.get());
			redirect.addFlashAttribute("flash", "projects.photos.saved");
			redirect.addFlashAttribute("flashCount", added);
			return "redirect:/projects/" + id + "#photos";
		}
		catch (ValidationException e) {
			model.addAttribute("problems", e.violations());
			return project(id, null, model);
		}
	}

	@GetMapping("/{id}/photos/{photoId}")
	ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable long photoId) {
		return ProjectForms.photo(store.photo(id, photoId, CurrentActor.get()).orElseThrow(() -> new NotFoundException("photo", photoId)));
	}

	// ----- blockers

	@PostMapping("/{id}/blockers")
	String recordBlocker(@PathVariable long id, @RequestParam(required = false) String text, Model model, RedirectAttributes redirect) {
		try {
			blockers.record(id, text, false, CurrentActor.get());
			redirect.addFlashAttribute("flash", "projects.blocker.saved");
			return "redirect:/projects/" + id + "#blockers";
		}
		catch (ValidationException e) {
			model.addAttribute("problems", e.violations());
			model.addAttribute("typedBlocker", text);
			return project(id, null, model);
		}
	}

	@PostMapping("/{id}/blockers/{blockerId}/raise")
	String raise(@PathVariable long id, @PathVariable long blockerId, @RequestParam(required = false) String deadline, Model model,
			RedirectAttributes redirect) {
		try {
			blockers.raise(id, blockerId, deadline, CurrentActor.get());
			redirect.addFlashAttribute("flash", "projects.blocker.raised");
			return "redirect:/projects/" + id + "#blockers";
		}
		catch (ValidationException e) {
			model.addAttribute("problems", e.violations());
		}
		catch (ConflictException e) {
			model.addAttribute("conflict", e.messageKey());
		}
		return project(id, null, model);
	}

	@PostMapping("/{id}/blockers/{blockerId}/resolve")
	String resolve(@PathVariable long id, @PathVariable long blockerId, Model model, RedirectAttributes redirect) {
		try {
			blockers.resolve(id, blockerId, CurrentActor.get());
			redirect.addFlashAttribute("flash", "projects.blocker.resolved");
			return "redirect:/projects/" + id + "#blockers";
		}
		catch (ConflictException e) {
			model.addAttribute("conflict", e.messageKey());
			return project(id, null, model);
		}
	}

	// ----- import

	@GetMapping("/import")
	@PreAuthorize("hasAuthority('projects:manage')")
	String importPage(Model model) {
		model.addAttribute("thisMonth", YearMonth.from(times.today()).toString());
		return "projects/import";
	}

	@PostMapping("/import")
	@PreAuthorize("hasAuthority('projects:manage')")
	String importInvestment(@RequestParam(name = "file", required = false) MultipartFile file, @RequestParam(required = false) String period,
			Model model, RedirectAttributes redirect) throws IOException {
		try {
			if (file == null || file.isEmpty()) {
				throw new ValidationException(Violation.of("file", "projects.import.file.required"));
			}
			YearMonth month = ProjectForms.period(period, null);
			InvestmentImport.InvestmentImportOutcome outcome = imports.importInvestment(file.getOriginalFilename(), file.getBytes(), null,
					month == null ? null : month.getYear(), month == null ? null : month.getMonthValue(), CurrentActor.get());
			redirect.addFlashAttribute("imported", outcome);
			return "redirect:/projects";
		}
		catch (ImportRefusedException e) {
			model.addAttribute("importProblems", e.problems());
		}
		catch (WorkbookRefusedException e) {
			model.addAttribute("problems", List.of(Violation.of("file", "economy.import.refused." + e.reason().name(), e.limit())));
		}
		catch (ValidationException e) {
			model.addAttribute("problems", e.violations());
		}
		return importPage(model);
	}

	// ----- the report's projects, for the report's page

	@GetMapping("/report-mentions/{reportId}")
	String reportMentions(@PathVariable long reportId, Model model) {
		model.addAttribute("mentions", mentions.mentions(reportId, CurrentActor.get()));
		model.addAttribute("reportId", reportId);
		model.addAttribute("mayManage", access.scope(CurrentActor.get()).manages());
		return "projects/report-mentions :: mentions";
	}

	// ----- helpers

	/** The month a list shows: the one asked for, or — asked for one that is none — this month, saying so. */
	private YearMonth shown(String period, Model model) {
		try {
			return ProjectForms.period(period, YearMonth.from(times.today()));
		}
		catch (ValidationException e) {
			model.addAttribute("problems", e.violations());
			return YearMonth.from(times.today());
		}
	}

	/** Month-by-month and cumulative completed investment of the year, against the year's plan, as the chart script reads it. */
	private static String chart(ProjectDetails project) {
		Map<Integer, BigDecimal> byMonth = new LinkedHashMap<>();
		project.months().forEach(month -> byMonth.put(month.month(), month.amount()));
		List<String> months = new ArrayList<>();
		List<BigDecimal> amounts = new ArrayList<>();
		List<BigDecimal> cumulative = new ArrayList<>();
		BigDecimal sum = BigDecimal.ZERO;
		int last = project.months().stream().mapToInt(ProjectMonth::month).max().orElse(0);
		for (int m = 1; m <= 12; m++) {
			months.add(m + "月");
			BigDecimal amount = byMonth.get(m);
			amounts.add(amount);
			if (amount != null) {
				sum = sum.add(amount);
			}
			cumulative.add(m <= last ? sum : null);
		}
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("categories", months);
		chart.put("monthly", amounts);
		chart.put("cumulative", cumulative);
		chart.put("planned", project.planned());
		return JSON.writeValueAsString(chart);
	}

	private static BigDecimal cumulative(ProjectDetails project) {
		return project.months().stream().map(ProjectMonth::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
	}
}
