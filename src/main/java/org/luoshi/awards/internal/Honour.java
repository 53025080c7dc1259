package org.luoshi.awards.internal;

import java.time.LocalDate;

/** An honour in the registry: whose, which title and level, for which period, its next re-review and its standing. */
public record Honour(long id, long campaignId, long nominationId, String collectiveName, Long unitId, Long enterpriseId, String creditCode,
		String title, Campaign.Level level, LocalDate awardedOn, LocalDate validUntil, LocalDate nextReviewOn, HonourLifecycle.Status status,
		String reason, String number, int version) {
}
