package org.luoshi.supervision.web;


import org.luoshi.shared.CurrentActor;
import org.luoshi.shared.NotFoundException;
import org.luoshi.supervision.TaskQueries;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * An evidence file as it was uploaded, for those who see its task (or, before it is attached, its uploader). Always
 * a download, never shown in the page's origin, and with its SHA-256 ({@code Repr-Digest}, RFC 9530) so that the
 * receiver can check that it is the file the timeline records.
 */
@Controller
@PreAuthorize("hasAuthority('supervision:read')")
class EvidenceController {

	private final TaskQueries queries;

	EvidenceController(TaskQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/supervision/evidence/{id}")
	ResponseEntity<byte[]> download(@PathVariable long id) {
		return queries.evidence(id, CurrentActor.get()).map(EvidenceDownloads::answer).orElseThrow(() -> new NotFoundException("evidence", id));
	}
}
