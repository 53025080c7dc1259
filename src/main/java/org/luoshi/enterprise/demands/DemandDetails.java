package org.luoshi.enterprise.demands;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A demand as its page and the API show it to one reader: its record, its clock, its timeline and what the reader may
 * do now. The contact's phone is masked for readers who do not handle the demand.
 *
 * @param categoryPath the category and its parents, top first ({@code 用地规划 / 用地指标})
 * @param clock where the demand stands against its time limit, counted in working days
 * @param similarTo an open demand of the same enterprise that this one reads like, flagged when it was raised
 * @param taskId the supervised task the demand was raised into, with {@code taskStatus} as supervision last told it
 * @param proposalId the CPPCC proposal the demand was raised into, with its number once accepted and its status as the
 *        proposals module last announced it
 */
public record DemandDetails(long id, String number, long enterpriseId, String enterpriseName, String creditCode, String townName,
		DemandSource source, String sourceRef, Long visitId, DemandType type, long categoryId, String categoryPath, String title,
		String content, String contactName, String contactPhone, DemandStatus status, Ref handlingUnit, List<Ref> coUnits,
		Instant raisedAt, int timeLimitDays, LocalDate dueOn, LocalDate signDueOn, DemandClock clock, String answer, Instant answeredAt,
		Satisfaction rating, Boolean resolved, int reopenCount, int escalationLevel, Ref similarTo, Ref mergedInto, Long taskId,
		String taskStatus, Long proposalId, String proposalNumber, String proposalStatus, String raisedByName, int version, List<DemandTimelineEntry> timeline, DemandActions actions) {

	/** Something named by id: a unit, or another demand by its number. */
	public record Ref(long id, String name) {
	}

	public DemandDetails {
		coUnits = List.copyOf(coUnits);
		timeline = List.copyOf(timeline);
	}
}
