package org.luoshi.enterprise.demands;

/**
 * A unit's three rates (三率) over a period, with the counts they come from. A rate with nothing to count is
 * {@code null} (shown as —), never 0 % or 100 %.
 * <ul>
 * <li>响应率 (response rate): assignments signed for or returned within the sign limit, of all assignments;
 * <li>按时答复率 (on-time answers): answers given by the due day, of all answers;
 * <li>解决率 (resolution rate): demands the enterprise says were resolved, of those it rated;
 * <li>满意率 (satisfaction rate): ratings 满意 or 基本满意, of all ratings. A demand counts once, by its latest rating.
 * </ul>
 */
public record DemandRates(long unitId, String unitName, long assigned, long respondedOnTime, long answered, long answeredOnTime,
		long rated, long resolved, long satisfied, long basically) {

	public Double responseRate() {
		return rate(respondedOnTime, assigned);
	}

	public Double onTimeAnswerRate() {
		return rate(answeredOnTime, answered);
	}

	public Double resolutionRate() {
		return rate(resolved, rated);
	}

	public Double satisfactionRate() {
		return rate(satisfied + basically, rated);
	}

	private static Double rate(long part, long whole) {
		return whole == 0 ? null : (double) part / whole;
	}
}
