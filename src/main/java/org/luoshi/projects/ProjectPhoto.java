package org.luoshi.projects;

import java.time.Instant;

/** A photo of visible progress; its bytes are served at {@code /projects/{projectId}/photos/{id}}. */
public record ProjectPhoto(long id, long projectId, String name, String caption, String contentType, long size, Instant uploadedAt,
		String uploadedBy) {
}
