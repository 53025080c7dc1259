package org.luoshi.enterprise.proposals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A proposal as its page and the API show it to one reader: its record, its clock, its timeline (every answer kept) and
 * what the reader may do now.
 *
 * @param number its number once accepted (2026-0012), {@code null} before
 * @param demandId the enterprise demand it came from, with {@code demandNumber}
 * @param adjustmentRequested the lead unit's request for another assignment waiting for the committee, with its reason
 * @param clock where the answer stands against its due day; {@code null} before assignment
 * @param answerCount answers given so far (a second after 不满意)
 */
public record ProposalDetails(long id, String number, String title, String reasons, String suggestions, String proposerName,
		List<String> coSignerNames, List<Named> enterprises, Long demandId, String demandNumber, ProposalStatus status, Instant submittedAt,
		String rejectionReason, Disposition disposition, Named leadUnit, List<Named> coUnits, LocalDate assignedOn, LocalDate adjustUntil,
		boolean adjustmentRequested, String adjustmentReason, Named adjustmentUnit, ProposalClock clock, AnswerCategory answerCategory,
		String answer, LocalDate answeredOn, int answerCount, Evaluation evaluation, Long opinionId, int version,
		List<ProposalTimelineEntry> timeline, ProposalActions actions) {

	/** Something named by id: a unit, an enterprise. */
	public record Named(long id, String name) {
	}

	public ProposalDetails {
		coSignerNames = List.copyOf(coSignerNames);
		enterprises = List.copyOf(enterprises);
		coUnits = List.copyOf(coUnits);
		timeline = List.copyOf(timeline);
	}
}
