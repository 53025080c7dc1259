package org.luoshi.supervision.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;

import org.luoshi.supervision.TaskQueries.EvidenceContent;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * How an evidence file goes out, from the API and the pages alike: always a download, never shown in the page's
 * origin, with its SHA-256 ({@code Repr-Digest}, RFC 9530) so that the receiver can check it is the file the timeline
 * records.
 */
final class EvidenceDownloads {

	private EvidenceDownloads() {
	}

	static ResponseEntity<byte[]> answer(EvidenceContent evidence) {
		MediaType type;
		try {
			type = MediaType.parseMediaType(evidence.file().contentType());
		}
		catch (IllegalArgumentException e) {
			type = MediaType.APPLICATION_OCTET_STREAM; // what the uploader's browser said cannot be read: plain bytes
		}
		String digest = Base64.getEncoder().encodeToString(HexFormat.of().parseHex(evidence.file().sha256()));
		return ResponseEntity.ok()
			.contentType(type)
			.contentLength(evidence.content().length)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(evidence.file().name(), StandardCharsets.UTF_8).build().toString())
			.header("Repr-Digest", "sha-256=:" + digest + ":")
			.header("X-Content-Type-Options", "nosniff")
			.body(evidence.content());
	}
}
