package org.luoshi.economy;

import java.math.BigDecimal;
import java.util.List;

/**
 * The district's target for an indicator and year and its towns' targets, with how the towns' levels add up against
 * it: towns' targets sum to the district's, or are explained against it in their notes.
 *
 * @param district the district's target, or null
 * @param towns the towns' targets, by town
 * @param townLevelSum the sum of the towns' level targets (growth targets converted on last year's values where known),
 *        or null when no town has a target
 * @param difference the district's level less the towns' sum, or null where either is unknown
 * @param unexplained the towns' targets without a note while the sum differs from the district's
 */
public record TargetCascade(IndicatorTarget district, List<IndicatorTarget> towns, BigDecimal districtLevel, BigDecimal townLevelSum,
		BigDecimal difference, List<String> unexplained) {
}
