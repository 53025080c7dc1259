package org.luoshi.awards.internal;

import java.time.Instant;

/** An objection as stored: the contact is for the awards office only (see {@link AwardAccess}). */
public record Objection(long id, long campaignId, long nominationId, String collectiveName, String text, String contactName, String contactPhone,
		ObjectionLifecycle.Status status, Boolean upheld, String answer, String code, Instant filedAt, Instant resolvedAt, int version) {
}
