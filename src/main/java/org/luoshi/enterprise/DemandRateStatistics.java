package org.luoshi.enterprise;

import java.time.YearMonth;
import java.util.List;

import org.luoshi.shared.Actor;

/**
 * The three rates (三率) of enterprise demands per handling unit, for other modules (the leaders' dashboard). Declared
 * here, on the registry, because a nested module's types are not for modules outside {@code enterprise}; the demands
 * module ({@code enterprise.demands}) implements it with its own rates and its one visibility rule: the units the
 * actor's scope reaches, exactly what {@code /demands/rates} shows the same person. Needs {@code demand:read}; without
 * it {@link org.springframework.security.access.AccessDeniedException}.
 */
public interface DemandRateStatistics {

	/** Per unit over the months {@code from} to {@code to}, busiest unit first. */
	List<UnitRates> unitRates(YearMonth from, YearMonth to, Actor actor);

	/**
	 * A unit's counts and rates: response (signed or returned within the limit, of assignments), on-time answers (of
	 * answers), resolution (resolved, of rated), satisfaction (满意 or 基本满意, of rated) — each 0 to 1, {@code null} where
	 * nothing was counted.
	 */
	record UnitRates(long unitId, String unitName, long assigned, long answered, long rated, Double responseRate, Double onTimeAnswerRate,
			Double resolutionRate, Double satisfactionRate) {
	}
}
