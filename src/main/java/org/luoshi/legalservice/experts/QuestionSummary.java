package org.luoshi.legalservice.experts;

import java.time.Instant;

/** A question in a list. */
public record QuestionSummary(long id, String number, long enterpriseId, String enterpriseName, String subject, boolean major,
		QuestionStatus status, Long expertId, String expertName, Instant askedAt) {
}
