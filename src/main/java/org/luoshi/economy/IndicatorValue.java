package org.luoshi.economy;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A value of an indicator for a place and month, cumulative from January for cumulative indicators.
 *
 * @param growthPct growth on the same period of last year as the statistics bureau reports it (同比增长), or null
 * @param source where the figure comes from (a bulletin, a page), shown beside it
 * @param demo whether it is invented demo data
 * @param current false for a value a revision replaced
 */
public record IndicatorValue(long id, long indicatorId, String placeCode, int year, int month, BigDecimal value, BigDecimal growthPct,
		String source, boolean demo, Instant recordedAt, String recordedBy, boolean current) {
}
