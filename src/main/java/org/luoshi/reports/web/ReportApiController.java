package org.luoshi.reports.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.luoshi.reports.DeploymentDraft;
import org.luoshi.reports.Report;
import org.luoshi.reports.ReportDrafts;
import org.luoshi.reports.ReportStatus;
import org.luoshi.shared.CurrentActor;
import org.luoshi.shared.ValidationException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
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

	/** Pasted text and an optional reference date ({@code YYYY-MM-DD}) that supplies a missing year. */
	record TextRequest(String text, String date) {
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
	ResponseEntity<ReportJson> createFromText(@RequestBody TextRequest request) {
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

	@GetMapping("/{id}")
	@Operation(summary = "One report with its draft as last reviewed")
	ReportJson get(@PathVariable long id) {
		return ReportJson.of(drafts.get(id, CurrentActor.get()));
	}

	@PostMapping("/{id}/confirm")
	@Operation(summary = "Confirm the draft", description = "The task list becomes final and read-only and is handed to "
			+ "supervision. A report confirmed already answers 409.")
	ReportJson confirm(@PathVariable long id) {
		return ReportJson.of(drafts.confirm(id, null, CurrentActor.get()));
	}

	private static ResponseEntity<ReportJson> created(Report report) {
		return ResponseEntity.created(URI.create("/api/v1/reports/" + report.id())).body(ReportJson.of(report));
	}
}
