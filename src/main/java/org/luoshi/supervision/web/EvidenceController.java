package org.luoshi.supervision.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;

import org.luoshi.shared.CurrentActor;
import org.luoshi.shared.NotFoundException;
import org.luoshi.supervision.EvidenceFile;
import org.luoshi.supervision.TaskQueries;
import org.luoshi.supervision.TaskQueries.EvidenceContent;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
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
		EvidenceContent evidence = queries.evidence(id, CurrentActor.get()).orElseThrow(() -> new NotFoundException("evidence", id));
		EvidenceFile file = evidence.file();
		return ResponseEntity.ok()
			.contentType(mediaType(file.contentType()))
			.contentLength(evidence.content().length)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.name(), StandardCharsets.UTF_8).build()
				.toString())
			.header("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(file.sha256())) + ":")
			.body(evidence.content());
	}

	/** The type the uploader's browser gave; one that cannot be read is sent as plain bytes. */
	private static MediaType mediaType(String contentType) {
		try {
			return MediaType.parseMediaType(contentType);
		}
		catch (InvalidMediaTypeException e) {
			return MediaType.APPLICATION_OCTET_STREAM;
		}
	}
}
