package org.luoshi.supervision.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.luoshi.shared.CurrentActor;
import org.luoshi.shared.NotFoundException;
import org.luoshi.supervision.EvidenceFile;
import org.luoshi.supervision.TaskManagement;
import org.luoshi.supervision.TaskQueries;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/evidence")
@Tag(name = "Evidence", description = "Files that prove progress or completion, stored with their SHA-256. Upload first, then name "
		+ "the ids in a progress report or completion request. Needs supervision:handle to upload; a file is readable by whoever "
		+ "sees its task (before it is attached, only by its uploader).")
@PreAuthorize("hasAuthority('supervision:read')")
class EvidenceApiController {

	private final TaskManagement tasks;
	private final TaskQueries queries;

	EvidenceApiController(TaskManagement tasks, TaskQueries queries) {
		this.tasks = tasks;
		this.queries = queries;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Upload an evidence file (at most 10 MB)", description = "Answers 201 with its id, size and SHA-256.")
	ResponseEntity<EvidenceFile> upload(@RequestPart("file") MultipartFile file) throws IOException {
		EvidenceFile stored = tasks.uploadEvidence(file.getOriginalFilename(), file.getContentType(), file.getBytes(),
				CurrentActor.get());
		return ResponseEntity.created(URI.create("/api/v1/evidence/" + stored.id())).body(stored);
	}

	@GetMapping("/unattached")
	@Operation(summary = "The caller's uploaded files that no report uses yet")
	List<EvidenceFile> unattached() {
		return tasks.unattachedEvidence(CurrentActor.get());
	}

	@GetMapping("/{id}")
	@Operation(summary = "Download an evidence file", description = "The bytes as uploaded, checked against their SHA-256, which the "
			+ "`Repr-Digest` header carries.")
	ResponseEntity<byte[]> download(@PathVariable long id) {
		return queries.evidence(id, CurrentActor.get())
			.map(EvidenceDownloads::answer)
			.orElseThrow(() -> new NotFoundException("evidence", id));
	}
}
