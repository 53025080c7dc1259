package org.luoshi.legalservice.requests;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Counts of requests per point, service and month, for the statistics page: received (by the month the request was
 * made), closed (by the month it was closed) and the requesters' satisfaction (ratings 1–5 of those closed). A request
 * referred counts under the service it has now. Reading needs no permission of its own: the caller decides who sees it.
 */
public interface LegalRequestStatistics {

	/** One point, service and month: {@code averageRating} is {@code null} where none was rated. */
	record Row(long pointId, String serviceCode, YearMonth month, long received, long closed, long rated, Double averageRating) {
	}

	/** The rows for the days {@code from} to {@code to} (both included), by point, service and month. */
	List<Row> counts(LocalDate from, LocalDate to);
}
