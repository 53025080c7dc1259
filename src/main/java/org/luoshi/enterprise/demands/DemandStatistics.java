package org.luoshi.enterprise.demands;

import java.time.YearMonth;
import java.util.List;

import org.luoshi.shared.Actor;

/**
 * The three rates (三率) for other modules (the leaders' dashboard): per unit over the months {@code from} to {@code to},
 * for the units the actor's scope reaches by the demands' one visibility rule — exactly what {@code /demands/rates}
 * shows the same person. Needs {@code demand:read}; without it {@link org.springframework.security.access.AccessDeniedException}.
 */
public interface DemandStatistics {

	/** Busiest unit first; a sum over the kept monthly counts, however many demands there are. */
	List<DemandRates> rates(YearMonth from, YearMonth to, Actor actor);
}
