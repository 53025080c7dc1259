package org.luoshi.projects.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.luoshi.projects.MilestoneKind;
import org.luoshi.projects.ProjectBlocker;
import org.luoshi.projects.ProjectDetails;
import org.luoshi.projects.ProjectDetails.ProjectMilestone;
import org.luoshi.projects.ProjectDetails.ProjectMonth;
import org.luoshi.projects.ProjectPhoto;
import org.luoshi.projects.ProjectPlatform;
import org.luoshi.projects.ProjectSummary;
import org.luoshi.projects.ProjectsOverview;
import org.luoshi.projects.internal.InvestmentImport;
import org.luoshi.projects.internal.ProjectAdministration;
import org.luoshi.projects.internal.ProjectAdministration.InvestmentInput;
import org.luoshi.projects.internal.ProjectAdministration.PlatformInput;
import org.luoshi.projects.internal.ProjectAdministration.ProjectInput;
import org.luoshi.projects.internal.ProjectBlockers;
import org.luoshi.projects.internal.ProjectStore;
import org.luoshi.projects.internal.ProjectStore.ProjectFilter;
import org.luoshi.shared.CurrentActor;
import org.luoshi.shared.NotFoundException;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;
import org.luoshi.shared.web.Times;
import org.luoshi.shared.workbook.ImportRefusedException;
import org.luoshi.shared.workbook.WorkbookRefusedException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Key projects", description = """
		Key projects and platforms (重点项目和平台), amounts in 万元. Reading needs projects:read: whoever sees the whole district \
		sees every project, a unit's handler the projects its units lead (another's is 404). The lead unit (projects:report) \
		reports monthly completed investment, milestones' actual dates, photos and blocking problems; the district office \
		(projects:manage) keeps projects and platforms, imports the investment table and raises a blocker into a supervised \
		task (once: a second time is 409). Bad input answers 400 with every problem and changes nothing.""")
@PreAuthorize("hasAuthority('projects:read')")
class ProjectApiController {

	private final ProjectStore store;
	private final ProjectAdministration administration;
	private final ProjectBlockers blockers;
	private final InvestmentImport imports;
	private final Times times;

	ProjectApiController(ProjectStore store, ProjectAdministration administration, ProjectBlockers blockers, InvestmentImport imports, Times times) {
		this.store = store;
		this.administration = administration;
		this.blockers = blockers;
		this.imports = imports;
		this.times = times;
	}

	/** A project as written by the API (amounts in 万元; {@code planned} is {@code year}'s). */
	record ProjectRequest(String name, Long platformId, String townCode, Long leadUnitId, BigDecimal totalInvestment, String description,
			Integer year, BigDecimal planned, List<ProjectMilestone> milestones, Integer version) {
	}

	/** A project's investment in a year: the plan, each month's completed amount, the sums. */
	record ProjectInvestment(long projectId, int year, BigDecimal totalInvestment, BigDecimal planned, BigDecimal completedInYear,
			BigDecimal completedTotal, List<ProjectMonth> months) {
	}

	record InvestmentRequest(Integer year, Integer month, BigDecimal amount, String source) {
	}

	record MilestoneRequest(MilestoneKind kind, LocalDate actualOn) {
	}

	record BlockerRequest(String text) {
	}

	record RaiseRequest(String deadline) {
	}

	record PlatformRequest(String name, Long parentId, String townCode, String description, Integer version) {
	}

	// ----- projects

	@GetMapping("/projects")
	@Operation(summary = "The projects in sight", description = "Filters, optional and together: `platform` (id; a platform's parts "
			+ "count), `town` (division code), `lead` (unit id), `openBlocker` true. `period` YYYY-MM (default this month): "
			+ "`completed` is January to that month, `planned` that year's plan.")
	List<ProjectSummary> projects(@RequestParam(required = false) Long platform, @RequestParam(required = false) String town,
			@RequestParam(required = false) Long lead, @RequestParam(required = false) Boolean openBlocker,
			@RequestParam(required = false) String period) {
		YearMonth month = ProjectForms.period(period, YearMonth.from(times.today()));
		return store.projects(new ProjectFilter(platform, town == null || town.isBlank() ? null : town.strip(), lead, Boolean.TRUE.equals(openBlocker)),
				month.getYear(), month.getMonthValue(), CurrentActor.get());
	}

	@GetMapping("/projects/overview")
	@Operation(summary = "The figures the dashboard shows", description = "This year's plan, completed to `period` (YYYY-MM, default "
			+ "this month), the share, per town and per platform, and the open blockers with their task's light.")
	ProjectsOverview overview(@RequestParam(required = false) String period) {
		YearMonth month = ProjectForms.period(period, YearMonth.from(times.today()));
		return store.overview(month.getYear(), month.getMonthValue(), CurrentActor.get());
	}

	@PostMapping("/projects")
	@PreAuthorize("hasAuthority('projects:manage')")
	@Operation(summary = "Create a project", description = "`name`, `platformId`, `townCode` (a town's division code), `leadUnitId`, "
			+ "`totalInvestment` (万元, above 0), `year` and its `planned` investment, `milestones` [{kind SIGNED|LAND|STARTED|PRODUCTION, "
			+ "plannedOn, actualOn (not in the future)}]. 201 with Location.")
	ResponseEntity<ProjectDetails> create(@RequestBody ProjectRequest request) {
		ProjectDetails created = administration.createProject(input(request), CurrentActor.get());
		return ResponseEntity.created(URI.create("/api/v1/projects/" + created.id())).body(created);
	}

	@GetMapping("/projects/{id}")
	@Operation(summary = "One project", description = "`year` (default this year): the plan and months shown.")
	ProjectDetails project(@PathVariable long id, @RequestParam(required = false) Integer year) {
		return store.project(id, year == null ? times.today().getYear() : year, CurrentActor.get());
	}

	@PutMapping("/projects/{id}")
	@PreAuthorize("hasAuthority('projects:manage')")
	@Operation(summary = "Change a project", description = "As creating, with the `version` read (409 when stale). The total investment "
			+ "may not fall below what is completed.")
	ProjectDetails update(@PathVariable long id, @RequestBody ProjectRequest request) {
		return administration.updateProject(id, request.version(), input(request), CurrentActor.get());
	}

	private ProjectInput input(ProjectRequest request) {
		return new ProjectInput(request.name(), request.platformId(), request.townCode(), request.leadUnitId(), request.totalInvestment(),
				request.description(), request.year() == null ? times.today().getYear() : request.year(), request.planned(), request.milestones(), false);
	}

	// ----- investment

	@GetMapping("/projects/{id}/investment")
	@Operation(summary = "A project's investment in a year", description = "`year` (default this year): each month's completed amount "
			+ "(not cumulative), the year's sum, the plan, and everything completed so far against the total investment.")
	ProjectInvestment investment(@PathVariable long id, @RequestParam(required = false) Integer year) {
		ProjectDetails project = project(id, year);
		return investment(project);
	}

	@PostMapping("/projects/{id}/investment")
	@Operation(summary = "Report a month's completed investment", description = "The lead unit (projects:report) or the district office: "
			+ "`year`, `month` (not to come), `amount` (万元, this month's, 0 or more), `source`. A month reported again is replaced "
			+ "(audited). Refused when everything completed would exceed the total investment.")
	ProjectInvestment report(@PathVariable long id, @RequestBody InvestmentRequest request) {
		ProjectDetails project = administration.reportInvestment(id, new InvestmentInput(request.year(), request.month(), request.amount(),
				request.source(), false), CurrentActor.get());
		return investment(project);
	}

	@PostMapping(path = "/projects/investment/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAuthority('projects:manage')")
	@Operation(summary = "Import the investment table (.xlsx or .csv)", description = "Columns 项目名称, 期别 (2026年9月 or 2026-09; or "
			+ "`year` and `month` for all rows), 本月完成投资 (万元), optionally 来源, and 镇街, 所属平台, 牵头单位 checked against the "
			+ "project. All or nothing: 400 with every bad row as a problem on the field \"row <n> <column>\", or 200 with the counts.")
	InvestmentImport.InvestmentImportOutcome importTable(@RequestPart("file") MultipartFile file, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) Integer month) {
		return importFile(file, null, year, month);
	}

	@PostMapping(path = "/projects/{id}/investment/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAuthority('projects:manage')")
	@Operation(summary = "Import one project's months (.xlsx or .csv)", description = "As the table's import; the 项目名称 column may be "
			+ "left out, and a row naming another project is refused.")
	InvestmentImport.InvestmentImportOutcome importProject(@PathVariable long id, @RequestPart("file") MultipartFile file,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer month) {
		return importFile(file, id, year, month);
	}

	private InvestmentImport.InvestmentImportOutcome importFile(MultipartFile file, Long projectId, Integer year, Integer month) {
		try {
			return imports.importInvestment(file.getOriginalFilename(), file.getBytes(), projectId, year, month, CurrentActor.get());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (ImportRefusedException e) {
			throw e.asValidation();
		}
		catch (WorkbookRefusedException e) {
			throw new ValidationException(List.of(Violation.of("file", "economy.import.refused." + e.reason().name(), e.limit())));
		}
	}

	private ProjectInvestment investment(ProjectDetails project) {
		BigDecimal inYear = project.months().stream().map(ProjectMonth::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
		return new ProjectInvestment(project.id(), project.year(), project.totalInvestment(), project.planned(), inYear, project.completedTotal(),
				project.months());
	}

	@PostMapping("/projects/{id}/milestones")
	@Operation(summary = "Report a milestone's actual date", description = "`kind` SIGNED, LAND, STARTED or PRODUCTION, `actualOn` "
			+ "(YYYY-MM-DD, not in the future; null clears it).")
	ProjectDetails milestone(@PathVariable long id, @RequestBody MilestoneRequest request) {
		return administration.reportMilestone(id, request.kind(), request.actualOn(), CurrentActor.get());
	}

	@GetMapping("/projects/{id}/photos")
	@Operation(summary = "The photos of a project's progress", description = "Their bytes at /projects/{id}/photos/{photoId}.")
	List<ProjectPhoto> photos(@PathVariable long id) {
		project(id, null);
		return store.photos(id);
	}

	@PostMapping(path = "/projects/{id}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Add photos of progress", description = "Parts `file`: JPG, PNG or GIF by their content, at most 8 MB each and 30 "
			+ "per project; `caption` optional.")
	List<ProjectPhoto> addPhotos(@PathVariable long id, @RequestPart(value = "file", required = false) List<MultipartFile> files,
			@RequestParam(required = false) String caption) throws IOException {
		administration.addPhotos(id, ProjectForms.photos(files), caption, CurrentActor.get());
		return store.photos(id);
	}

	// ----- blockers

	@GetMapping("/projects/{id}/blockers")
	@Operation(summary = "A project's blocking problems", description = "Each with `status` OPEN, RAISED or RESOLVED and, once raised, the "
			+ "supervised task's id, number, light, status and deadline, read from supervision.")
	List<ProjectBlocker> blockers(@PathVariable long id) {
		return blockers.blockers(id, CurrentActor.get());
	}

	@PostMapping("/projects/{id}/blockers")
	@Operation(summary = "Record a blocking problem", description = "`text` (2–500 characters). The lead unit or the district office. 201.")
	ResponseEntity<ProjectBlocker> recordBlocker(@PathVariable long id, @RequestBody BlockerRequest request) {
		ProjectBlocker blocker = blockers.record(id, request.text(), false, CurrentActor.get());
		return ResponseEntity.created(URI.create("/api/v1/projects/" + id + "/blockers")).body(blocker);
	}

	@PostMapping("/projects/{id}/blockers/{blockerId}/raise")
	@PreAuthorize("hasAuthority('projects:manage')")
	@Operation(summary = "Raise a blocking problem into a supervised task", description = "`deadline` YYYY-MM-DD. The task is led by the "
			+ "project's lead unit, issued at once, its source PROJECT with the project's id; its light shows on the blocker. 409 when "
			+ "the blocker was raised or resolved before.")
	ProjectBlocker raise(@PathVariable long id, @PathVariable long blockerId, @RequestBody RaiseRequest request) {
		return blockers.raise(id, blockerId, request.deadline(), CurrentActor.get());
	}

	@PostMapping("/projects/{id}/blockers/{blockerId}/resolve")
	@Operation(summary = "Mark an open blocking problem resolved", description = "Only while it is OPEN (a raised one is resolved when its "
			+ "task is closed); 409 otherwise.")
	ProjectBlocker resolve(@PathVariable long id, @PathVariable long blockerId) {
		return blockers.resolve(id, blockerId, CurrentActor.get());
	}

	// ----- platforms

	@GetMapping("/platforms")
	@Operation(summary = "The platforms", description = "Each with the platform it is part of, if any.")
	List<ProjectPlatform> platforms() {
		return store.platforms();
	}

	@GetMapping("/platforms/{id}")
	ProjectPlatform platform(@PathVariable long id) {
		return store.platform(id).orElseThrow(() -> new NotFoundException("platform", id));
	}

	@PostMapping("/platforms")
	@PreAuthorize("hasAuthority('projects:manage')")
	@Operation(summary = "Create a platform", description = "`name`, `parentId` (a platform it is part of, itself not part of one), "
			+ "`townCode` (optional), `description`. 201.")
	ResponseEntity<ProjectPlatform> createPlatform(@RequestBody PlatformRequest request) {
		ProjectPlatform platform = administration.createPlatform(new PlatformInput(request.name(), request.parentId(), request.townCode(),
				request.description(), false), CurrentActor.get());
		return ResponseEntity.created(URI.create("/api/v1/platforms/" + platform.id())).body(platform);
	}

	@PutMapping("/platforms/{id}")
	@PreAuthorize("hasAuthority('projects:manage')")
	@Operation(summary = "Change a platform", description = "As creating, with the `version` read.")
	ProjectPlatform updatePlatform(@PathVariable long id, @RequestBody PlatformRequest request) {
		return administration.updatePlatform(id, request.version(), new PlatformInput(request.name(), request.parentId(), request.townCode(),
				request.description(), false), CurrentActor.get());
	}
}
