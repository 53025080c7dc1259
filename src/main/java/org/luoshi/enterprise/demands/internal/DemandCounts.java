package org.luoshi.enterprise.demands.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The three rates' counts per unit and month ({@code demand_unit_month}), kept current by the command path from the
 * events that change them, in the step's transaction:
 * <ul>
 * <li>an assignment (routed, dispatched, transferred, decided on return) counts for the unit in the month it happened;
 * <li>a response — signed for or returned within the sign limit — counts in the month of the assignment it answers;
 * <li>an answer counts in its month, and as on time when given by the due day;
 * <li>a rating counts for the unit whose answer it judged, in its month; a later rating of the same demand takes the
 * earlier one back, so that a demand counts once, by its latest rating.
 * </ul>
 */
@Component
class DemandCounts {

	private final JdbcClient jdbc;

	DemandCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void count(DemandEvent event, LocalDate today) {
		if (event instanceof DemandEvent.Raised raised && raised.unitId() != null) {
			add(raised.unitId(), today, "assigned", 1);
		}
		else if (event instanceof DemandEvent.Assignment assignment) {
			add(assignment.unitId(), today, "assigned", 1);
		}
		else if (event instanceof DemandEvent.Response response && response.inTime()) {
			add(response.unitId(), response.assignedOn(), "responded_on_time", 1);
		}
		else if (event instanceof DemandEvent.Answered answered) {
			add(answered.unitId(), answered.answeredOn(), "answered", 1);
			if (answered.inTime()) {
				add(answered.unitId(), answered.answeredOn(), "answered_on_time", 1);
			}
		}
		else if (event instanceof DemandEvent.Judged judged) {
			if (judged.previousRating() != null && judged.previousUnitId() != null) {
				rating(judged.previousUnitId(), judged.previousRatedOn(), judged.previousRating(), Boolean.TRUE.equals(judged.previousResolved()), -1);
			}
			rating(judged.unitId(), today, judged.rating(), judged.resolved(), 1);
		}
	}

	private void rating(long unitId, LocalDate on, org.luoshi.enterprise.demands.Satisfaction rating, boolean resolved, int delta) {
		add(unitId, on, "rated", delta);
		if (resolved) {
			add(unitId, on, "resolved", delta);
		}
		switch (rating) {
			case SATISFIED -> add(unitId, on, "satisfied", delta);
			case BASICALLY -> add(unitId, on, "basically", delta);
			case UNSATISFIED -> {
			}
		}
	}

	/** Adds {@code delta} to a count of the unit's month of {@code on}. */
	private void add(long unitId, LocalDate on, String column, int delta) {
		if (!COLUMNS.contains(column)) {
			throw new IllegalArgumentException(column);
		}
		jdbc.sql("INSERT INTO demand_unit_month (unit_id, month, " + column + ") "
				+ "VALUES (?, ?, ?) "
				+ "ON CONFLICT (unit_id, month) DO UPDATE SET " + column + " = demand_unit_month." + column + " + EXCLUDED." + column)
			.params(unitId, on.withDayOfMonth(1), delta)
			.update();
	}

	private static final List<String> COLUMNS = List.of("assigned", "responded_on_time", "answered", "answered_on_time", "rated",
			"resolved", "satisfied", "basically");
}
