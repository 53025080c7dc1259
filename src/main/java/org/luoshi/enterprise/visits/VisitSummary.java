package org.luoshi.enterprise.visits;

import java.time.LocalDate;
import java.util.List;

/**
 * A visit as other modules see it — enough for demands to be raised from it in one step: who led it, when, for which
 * unit, and the enterprises it covered (in the visit's order).
 *
 * @param unitId the organizing unit
 * @param plannedDate {@code null} for a visit recorded without a plan
 * @param visitedDate {@code null} until it is recorded
 */
public record VisitSummary(long id, VisitKind kind, VisitStatus status, LocalDate plannedDate, LocalDate visitedDate, String leaderName,
		String leaderTitle, long unitId, String purpose, List<Long> enterpriseIds) {

	public VisitSummary {
		enterpriseIds = List.copyOf(enterpriseIds);
	}

	/** The day the visit is for: when it took place, else when it is planned. */
	public LocalDate day() {
		return visitedDate != null ? visitedDate : plannedDate;
	}
}
