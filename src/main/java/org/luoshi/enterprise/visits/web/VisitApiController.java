package org.luoshi.enterprise.visits.web;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.luoshi.enterprise.visits.VisitActions;
import org.luoshi.enterprise.visits.VisitKind;
import org.luoshi.enterprise.visits.VisitStatus;
import org.luoshi.enterprise.visits.internal.VisitFilter;
import org.luoshi.enterprise.visits.internal.VisitInput;
import org.luoshi.enterprise.visits.internal.VisitService;
import org.luoshi.enterprise.visits.internal.VisitViews.VisitDetails;
import org.luoshi.enterprise.visits.internal.VisitViews.VisitView;
import org.luoshi.shared.CurrentActor;
import org.luoshi.shared.Page;
import org.luoshi.shared.PageQuery;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;
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

@RestController
@RequestMapping("/api/v1/visits")
@Tag(name = "Visits", description = """
		Visits (走访) to enterprises by district leaders, CPPCC members or departments: planned, then recorded with what was \
		found at each enterprise and photos, or cancelled. Reading needs visit:record or enterprise:read and a data scope that \
		reaches the visit's organizing unit; another unit's visit answers 404, exactly like one that does not exist. Writing \
		needs visit:record over the organizing unit (403 otherwise), and every enterprise on the visit must be one the caller \
		may open in the registry (400 naming it otherwise). Steps not allowed in the visit's status answer 409; so does a stale \
		`version`. Bad input answers 400 with every problem, and nothing changes.""")
@PreAuthorize("hasAnyAuthority('visit:record', 'enterprise:read')")
class VisitApiController {

	private final VisitService visits;

	VisitApiController(VisitService visits) {
		this.visits = visits;
	}

	record VisitEnterpriseJson(long enterpriseId, String name, String findings) {
	}

	record VisitPhotoJson(long id, String name, String contentType, long size, Instant uploadedAt, String link) {
	}

	record VisitJson(long id, VisitKind kind, VisitStatus status, LocalDate plannedDate, LocalDate visitedDate, String leaderName,
			String leaderTitle, List<String> participants, long unitId, String unitName, String purpose, String findings,
			String cancelReason, List<VisitEnterpriseJson> enterprises, List<VisitPhotoJson> photos, int version, Instant createdAt,
			Instant updatedAt) {
	}

	/** {@code fields}: what an EDITED entry changed, by the names requests use ({@code plannedDate}, {@code purpose} …). */
	record VisitEventJson(Instant at, String kind, String actorName, String text, List<String> fields) {
	}

	record VisitEnterpriseRequest(Long enterpriseId, String findings) {
	}

	/**
	 * A visit to plan ({@code status} PLANNED, the default: {@code plannedDate}) or to record without a plan
	 * ({@code status} RECORDED: {@code visitedDate} and {@code findings}); for PUT the plan with its {@code version}.
	 */
	record VisitRequest(String status, String kind, String plannedDate, String visitedDate, String leaderName, String leaderTitle,
			List<String> participants, Long unitId, String purpose, String findings, List<VisitEnterpriseRequest> enterprises,
			Integer version) {

		VisitInput input() {
			return new VisitInput(kind, plannedDate, visitedDate, leaderName, leaderTitle, participants, unitId, purpose, findings,
					covered(enterprises));
		}
	}

	record VisitRecordRequest(String visitedDate, String findings, List<VisitEnterpriseRequest> enterprises, Integer version) {
	}

	record VisitCancelRequest(String reason, Integer version) {
	}

	@GetMapping
	@Operation(summary = "A page of the visits in the caller's scope", description = "Filters, all optional and together: `from`, "
			+ "`to` (the day the visit took place, else is planned; YYYY-MM-DD, inclusive), `kind` (LEADER, CPPCC, DEPARTMENT), "
			+ "`status` (PLANNED, RECORDED, CANCELLED), `unitId` (the organizing unit), `enterprise` (words of a covered enterprise's "
			+ "name). Paging as everywhere; `sort` day (default, newest first unless `day,asc`) or updatedAt.")
	Page<VisitJson> list(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String status,
			@RequestParam(required = false) Long unitId, @RequestParam(required = false) String enterprise,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) String sort) {
		VisitFilter filter = VisitFilter.of(from, to, kind, status, unitId, enterprise);
		return visits.list(filter, VisitPages.paging(page, size, sort), CurrentActor.get()).map(visit -> json(visit, List.of()));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One visit, with its enterprises and what was found at each, and its photos")
	VisitJson get(@PathVariable long id) {
		return json(visits.details(id, CurrentActor.get()));
	}

	@GetMapping("/{id}/actions")
	@Operation(summary = "The steps the caller may take on the visit now", description = "From the visit's transition table: "
			+ "EDIT, RECORD and CANCEL while it is planned, ADD_PHOTOS once recorded — for visit:record over its organizing unit.")
	VisitActions actions(@PathVariable long id) {
		return visits.actions(id, CurrentActor.get());
	}

	@GetMapping("/{id}/timeline")
	@Operation(summary = "The visit's history, oldest first", description = "`kind` PLANNED, RECORDED, RECORDED_UNPLANNED, EDITED, "
			+ "CANCELLED or PHOTOS_ADDED; `text` the reason or the photos added; `fields` the fields an EDITED entry changed, by the "
			+ "names requests use (plannedDate, purpose …).")
	List<VisitEventJson> timeline(@PathVariable long id) {
		return visits.details(id, CurrentActor.get()).timeline().stream()
			.map(event -> new VisitEventJson(event.at(), event.kind(), event.actorName(), event.text(), event.fields()))
			.toList();
	}

	@PostMapping
	@PreAuthorize("hasAuthority('visit:record')")
	@Operation(summary = "Plan a visit, or record one that was not planned", description = "`status` PLANNED (default) needs "
			+ "`plannedDate` (today or later); RECORDED needs `visitedDate` (not after today) and `findings`. Both need `kind`, "
			+ "`leaderName`, `unitId` (a unit the caller records visits for), `purpose` and `enterprises` (1 to 50, by "
			+ "`enterpriseId`, each with its `findings` when recording). Optional: `leaderTitle`, `participants`. Answers 201 with "
			+ "the visit. Photos go to POST /{id}/photos once the visit is recorded.")
	ResponseEntity<VisitJson> create(@RequestBody VisitRequest request) {
		String status = request.status() == null || request.status().isBlank() ? "PLANNED" : request.status().strip();
		VisitDetails created = switch (status) {
			case "PLANNED" -> visits.plan(request.input(), CurrentActor.get());
			case "RECORDED" -> visits.recordUnplanned(request.input(), List.of(), CurrentActor.get());
			default -> throw new ValidationException(Violation.of("status", "visits.validation.create-status", status));
		};
		return ResponseEntity.created(URI.create("/api/v1/visits/" + created.visit().id())).body(json(created));
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasAuthority('visit:record')")
	@Operation(summary = "Change a planned visit (step EDIT)", description = "The whole plan as with POST (`status` is ignored), and the "
			+ "`version` you read: 409 when someone saved in between, or when the visit is no longer planned.")
	VisitJson update(@PathVariable long id, @RequestBody VisitRequest request) {
		return json(visits.edit(id, request.version(), request.input(), CurrentActor.get()));
	}

	@PostMapping("/{id}/record")
	@PreAuthorize("hasAuthority('visit:record')")
	@Operation(summary = "Record a planned visit (step RECORD)", description = "`visitedDate` (not after today), `findings`, and "
			+ "`enterprises` with what was found at each (left out: those planned, without findings of their own); `version`.")
	VisitJson record(@PathVariable long id, @RequestBody VisitRecordRequest request) {
		return json(visits.record(id, request.version(),
				new VisitInput.Recording(request.visitedDate(), request.findings(), covered(request.enterprises())), List.of(),
				CurrentActor.get()));
	}

	@PostMapping("/{id}/cancel")
	@PreAuthorize("hasAuthority('visit:record')")
	@Operation(summary = "Cancel a planned visit (step CANCEL)", description = "`reason` (required) and `version`.")
	VisitJson cancel(@PathVariable long id, @RequestBody VisitCancelRequest request) {
		return json(visits.cancel(id, request.version(), request.reason(), CurrentActor.get()));
	}

	@PostMapping(value = "/{id}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAuthority('visit:record')")
	@Operation(summary = "Add photos to a recorded visit (step ADD_PHOTOS)", description = "One or more parts `file`: JPG, PNG or GIF "
			+ "images (checked by their content), 8 MB each at most, 20 a visit.")
	VisitJson photos(@PathVariable long id,
			@Parameter(description = "the photos") @RequestPart(value = "file", required = false) List<MultipartFile> files)
			throws IOException {
		return json(visits.addPhotos(id, VisitPages.photos(files), CurrentActor.get()));
	}

	@GetMapping("/{id}/photos/{photoId}")
	@Operation(summary = "A photo of the visit as uploaded", description = "Served with the image type it was checked to be, and its "
			+ "SHA-256 in Repr-Digest.")
	ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable long photoId) {
		return VisitPages.photo(visits.photo(id, photoId, CurrentActor.get()));
	}

	private static List<VisitInput.Covered> covered(List<VisitEnterpriseRequest> enterprises) {
		List<VisitInput.Covered> covered = new ArrayList<>();
		if (enterprises != null) {
			enterprises.stream().filter(e -> e != null).forEach(e -> covered.add(new VisitInput.Covered(e.enterpriseId(), e.findings())));
		}
		return covered;
	}

	private static VisitJson json(VisitDetails details) {
		return json(details.visit(), details.photos().stream()
			.map(p -> new VisitPhotoJson(p.id(), p.name(), p.contentType(), p.size(), p.uploadedAt(),
					"/api/v1/visits/" + details.visit().id() + "/photos/" + p.id()))
			.toList());
	}

	private static VisitJson json(VisitView visit, List<VisitPhotoJson> photos) {
		return new VisitJson(visit.id(), visit.kind(), visit.status(), visit.plannedDate(), visit.visitedDate(), visit.leaderName(),
				visit.leaderTitle(), visit.participants(), visit.unitId(), visit.unitName(), visit.purpose(), visit.findings(),
				visit.cancelReason(),
				visit.enterprises().stream().map(e -> new VisitEnterpriseJson(e.enterpriseId(), e.name(), e.findings())).toList(), photos,
				visit.version(), visit.createdAt(), visit.updatedAt());
	}
}
