package org.luoshi.legalservice;

import java.time.YearMonth;
import java.util.List;

import org.luoshi.shared.Actor;

/**
 * A month of the public legal services in figures, for other modules (the leaders' dashboard): requests received and
 * closed with their satisfaction, lectures held and attended, per service point. Declared here because a nested
 * module's types are not for modules outside {@code legalservice}; the statistics ({@code legalservice.overview})
 * implement it with the statistics page's own rule: the justice bureau ({@code legal:manage}) sees every point, a
 * point's staff ({@code legal:handle}) the points they staff, anyone else is refused
 * ({@link org.springframework.security.access.AccessDeniedException}). Counts only, no person.
 */
public interface LegalServiceStatistics {

	MonthFigures month(YearMonth month, Actor actor);

	/** @param averageRating 1 to 5, {@code null} where nothing was rated */
	record MonthFigures(YearMonth month, long received, long closed, long rated, Double averageRating, long lecturesHeld, long registrations,
			long attendances, List<PointFigures> points) {
	}

	/** A service point's month; points with nothing to count are left out. */
	record PointFigures(long pointId, String pointName, long received, long closed, long lecturesHeld, long attendances) {
	}
}
