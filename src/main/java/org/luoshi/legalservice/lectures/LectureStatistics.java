package org.luoshi.legalservice.lectures;

import java.time.YearMonth;
import java.util.List;

/** Counts of the lectures per point and month, for the legal services' statistics. Counts only, no person. */
public interface LectureStatistics {

	/**
	 * Per point and month of {@code from} … {@code to} (both included) in which a lecture took place or was planned:
	 * lectures held, registrations (seats taken, not cancelled), attendances (checked in) and the average rating.
	 * Months without a lecture are left out; ordered by month, then point name.
	 */
	List<LectureMonth> monthly(YearMonth from, YearMonth to);

	/**
	 * One point's month.
	 *
	 * @param averageRating the mean of the ratings given, {@code null} when none was
	 */
	record LectureMonth(long pointId, String pointName, String park, YearMonth month, long lecturesHeld, long registrations,
			long attendances, long ratings, Double averageRating) {
	}
}
