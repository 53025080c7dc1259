package org.luoshi.supervision;

import java.time.Instant;

/** A file that proves progress or completion, stored with its SHA-256 so that any later change shows. */
public record EvidenceFile(long id, String name, String contentType, long size, String sha256, Instant uploadedAt) {
}
