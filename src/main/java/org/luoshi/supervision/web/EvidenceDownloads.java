package org.luoshi.supervision.web;

import org.luoshi.shared.web.FileDownloads;
import org.luoshi.supervision.TaskQueries.EvidenceContent;
import org.springframework.http.ResponseEntity;

/** An evidence file as it goes out from the API and the pages alike: the platform's one download of an uploaded document. */
final class EvidenceDownloads {

	private EvidenceDownloads() {
	}

	static ResponseEntity<byte[]> answer(EvidenceContent evidence) {
		return FileDownloads.attachment(evidence.file().name(), evidence.file().sha256(), evidence.content());
	}
}
