package org.luoshi.supervision;

import org.luoshi.economy.Attainment;

/**
 * Where a goal bound to an economic indicator stands by the figures: the place's attainment of its target for the goal's
 * year as of the latest month reported, and the goal's light taken from it (the indicator's amber is the goal's yellow).
 *
 * @param indicatorId the indicator's id, for a link to its figures
 * @param period the month the standing is read as of ({@code YYYY-MM}): the latest that can have figures for the year
 * @param light {@code null} while the figures cannot say (no target for the year, or no value yet)
 */
public record GoalStanding(long indicatorId, String indicatorCode, String indicatorName, String unit, String placeCode, String placeName,
		String period, Attainment attainment, Light light) {
}
