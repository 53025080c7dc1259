package org.luoshi.reports.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.luoshi.reports.DeploymentDraft;
import org.luoshi.reports.HandOffPlan;
import org.luoshi.reports.Report;
import org.luoshi.reports.ReportDrafts;
import org.luoshi.reports.ReportDrafts.ReportSummary;
import org.luoshi.reports.ReportDrafts.TaskEdit;
import org.luoshi.reports.ReportStatus;
import org.luoshi.shared.CurrentActor;
import org.luoshi.shared.Page;
import org.luoshi.shared.PageQuery;
import org.luoshi.shared.ValidationException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
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

@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Reports", description = "Reads a meeting report into a draft task list and confirms it. Needs the reports:manage "
		+ "permission (403 otherwise); a report outside the caller's data scope answers 404.")
@PreAuthorize("hasAuthority('reports:manage')")
class ReportApiController {

	private final ReportDrafts drafts;

	ReportApiController(ReportDrafts drafts) {
		this.drafts = drafts;
	}

	private static final Set<String> SORTABLE = Set.of("createdAt", "title", "documentDate");

	/** Pasted text and an optional reference date ({@code YYYY-MM-DD}) that supplies a missing year. */
	record ReportTextRequest(String text, String date) {
	}

	/** A task as the reviewer writes it: units by name, the deadline as {@code YYYY-MM-DD} or blank. */
	record ReportTaskRequest(Integer version, String text, List<String> leadUnits, List<String> coUnits, String deadline) {

		TaskEdit edit() {
			return new TaskEdit(text, leadUnits, coUnits, deadline);
		}
	}

	record ReportSplitRequest(Integer version, String secondPart) {
	}

	record ReportRenameRequest(Integer version, String title) {
	}

	/** The version read, for steps that carry nothing else (merge, discard, confirm). */
	record ReportVersionRequest(Integer version) {
	}

	record ReportJson(long id, String title, LocalDate documentDate, ReportStatus status, int version, String sourceName,
			Instant createdAt, Instant updatedAt, Instant confirmedAt, DeploymentDraft draft) {

		static ReportJson of(Report report) {
			return new ReportJson(report.id(), report.title(), report.documentDate(), report.status(), report.version(),
					report.sourceName(), report.createdAt(), report.updatedAt(), report.confirmedAt(), report.draft());
		}
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Read pasted text into a stored draft", description = "Answers 201 with the draft and its id (Location "
			+ "header). Empty or unreadable text answers 400 problem+json and stores nothing.")
	ResponseEntity<ReportJson> createFromText(@RequestBody ReportTextRequest request) {
		try {
			return created(drafts.create(ReportInputs.of(request.text(), null, request.date()), CurrentActor.get()));
		}
		catch (ValidationException e) {
			throw ReportInputs.onText(e);
		}
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Read an uploaded file (.txt, .docx, .pdf, at most 10 MB) into a stored draft", description = "Answers "
			+ "201 like the text variant; a damaged, encrypted, scanned or unsupported file answers 400 and stores nothing.")
	ResponseEntity<ReportJson> createFromFile(@RequestPart("file") MultipartFile file,
			@Parameter(description = "reference date, YYYY-MM-DD") @RequestParam(required = false) String date) {
		return created(drafts.create(ReportInputs.of(null, file, date), CurrentActor.get()));
	}

	@GetMapping
	@Operation(summary = "Reports of the caller's scope, newest first", description = "Discarded drafts are not listed. Paging as "
			+ "everywhere; `sort` createdAt (default, desc), title or documentDate.")
	Page<ReportSummary> list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) String sort) {
		return drafts.list(PageQuery.of(page, size, sort == null ? "createdAt,desc" : sort, "createdAt", SORTABLE),
				CurrentActor.get());
	}

	@GetMapping("/{id}")
	@Operation(summary = "One report with its draft as last reviewed", description = "Each task names its units as the document "
			+ "(or the reviewer) wrote them, in `leadUnits` and `coUnits`, and in `unitMatches` what each stands for in the "
			+ "organization: `UNIQUE` with its `unitId` and the name it is chosen by (`unit`), `AMBIGUOUS` with its `candidates`, "
			+ "or `UNKNOWN`.")
	ReportJson get(@PathVariable long id) {
		return ReportJson.of(drafts.get(id, CurrentActor.get()));
	}

	@PostMapping("/{id}/tasks")
	@Operation(summary = "Add a task the reader missed", description = "It takes its place in the order of the source (at the end "
			+ "when its text is not in the source). Units are names that match one of the organization's units (its full or "
			+ "short name, 棠下镇/经济发展办, or another name of it the reader knows: 区发展改革局 for 区发改局; a name several units "
			+ "share answers 400 with the candidates) or names the reader found for the task; each is matched again.")
	ResponseEntity<ReportJson> addTask(@PathVariable long id, @RequestBody ReportTaskRequest request) {
		Report report = drafts.addTask(id, version(request.version()), request.edit(), CurrentActor.get());
		return ResponseEntity.status(201).location(URI.create("/api/v1/reports/" + id)).body(ReportJson.of(report));
	}

	@PutMapping("/{id}/tasks/{task}")
	@Operation(summary = "Correct a task", description = "`task` is its position in `draft.tasks`, from 0. Send the `version` "
			+ "you read: 409 when someone saved first.")
	ReportJson editTask(@PathVariable long id, @PathVariable int task, @RequestBody ReportTaskRequest request) {
		return ReportJson.of(drafts.editTask(id, version(request.version()), task, request.edit(), CurrentActor.get()));
	}

	@DeleteMapping("/{id}/tasks/{task}")
	@Operation(summary = "Delete a task", description = "`?version=` the version you read.")
	ReportJson deleteTask(@PathVariable long id, @PathVariable int task, @RequestParam(required = false) Integer version) {
		return ReportJson.of(drafts.deleteTask(id, version(version), task, CurrentActor.get()));
	}

	@PostMapping("/{id}/tasks/{task}/merge")
	@Operation(summary = "Merge a task with the next one", description = "Texts, units, places and targets together; the first "
			+ "deadline.")
	ReportJson merge(@PathVariable long id, @PathVariable int task, @RequestBody ReportVersionRequest request) {
		return ReportJson.of(drafts.mergeWithNext(id, version(request.version()), task, CurrentActor.get()));
	}

	@PostMapping("/{id}/tasks/{task}/split")
	@Operation(summary = "Split a task in two", description = "The second task begins at `secondPart`, which must occur in the "
			+ "task after its start.")
	ReportJson split(@PathVariable long id, @PathVariable int task, @RequestBody ReportSplitRequest request) {
		return ReportJson.of(drafts.splitTask(id, version(request.version()), task, request.secondPart(), CurrentActor.get()));
	}

	@PutMapping("/{id}/title")
	@Operation(summary = "Rename the report")
	ReportJson rename(@PathVariable long id, @RequestBody ReportRenameRequest request) {
		return ReportJson.of(drafts.rename(id, version(request.version()), request.title(), CurrentActor.get()));
	}

	@PostMapping("/{id}/discard")
	@Operation(summary = "Discard the draft", description = "It is kept but no longer listed, edited or confirmed; nothing goes to "
			+ "supervision. 409 when confirmed or discarded already.")
	ReportJson discard(@PathVariable long id, @RequestBody ReportVersionRequest request) {
		return ReportJson.of(drafts.discard(id, version(request.version()), CurrentActor.get()));
	}

	@GetMapping("/{id}/confirmation")
	@Operation(summary = "What confirming would create", description = "Task by task: issued at once to the units its written "
			+ "names match (each with the name it was `written` by), or kept a draft with the reasons (unit names that match no "
			+ "unit or several, no lead unit, no or a past deadline, the caller may not issue tasks); `unmatchedUnits` lists the "
			+ "written names that matched no unit or several, each once, to ask about before confirming. Decided exactly as "
			+ "the confirmation decides it.")
	HandOffPlan confirmation(@PathVariable long id) {
		return drafts.preview(id, CurrentActor.get());
	}

	@PostMapping("/{id}/confirm")
	@Operation(summary = "Confirm the draft", description = "The task list becomes final and read-only and is handed to "
			+ "supervision as `GET …/confirmation` describes. Optional body `{\"version\"}`; without it the last stored draft "
			+ "is confirmed. A draft without tasks answers 400; one confirmed or discarded already 409.")
	ReportJson confirm(@PathVariable long id, @RequestBody(required = false) ReportVersionRequest request) {
		return ReportJson.of(drafts.confirm(id, request == null ? null : request.version(), CurrentActor.get()));
	}

	/** A missing version cannot match the stored one: the change is refused as stale (409) rather than applied blind. */
	private static int version(Integer version) {
		return version == null ? -1 : version;
	}

	private static ResponseEntity<ReportJson> created(Report report) {
		return ResponseEntity.created(URI.create("/api/v1/reports/" + report.id())).body(ReportJson.of(report));
	}
}
