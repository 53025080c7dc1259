package org.luoshi.enterprise.proposals;

import java.time.Instant;

/** A proposal in a list: enough to find it and see whether its answer is late. */
public record ProposalSummary(long id, String number, String title, String proposerName, ProposalStatus status, String leadUnitName,
		Instant submittedAt, ProposalClock clock, AnswerCategory answerCategory, Evaluation evaluation) {
}
