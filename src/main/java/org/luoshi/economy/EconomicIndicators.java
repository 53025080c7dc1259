package org.luoshi.economy;

import java.util.List;
import java.util.Optional;

/**
 * The economic indicators, their values and targets, read by pages and the API, the leaders' dashboard and
 * supervision goals bound to a target. Economic statistics are the district's figures shared among its offices:
 * reading needs {@code economy:read} (the district office, supervisors, leaders, units' handlers), checked by the pages
 * and the API.
 */
public interface EconomicIndicators {

	List<IndicatorDefinition> indicators(boolean activeOnly);

	Optional<IndicatorDefinition> indicator(long id);

	Optional<IndicatorDefinition> indicatorByCode(String code);

	/** The district first, then its towns and subdistricts by division code. */
	List<IndicatorPlace> places();

	Optional<IndicatorPlace> place(String code);

	/** The current values for the place from {@code fromYear} to {@code toYear}, by year and month. */
	List<IndicatorValue> values(long indicatorId, String placeCode, int fromYear, int toYear);

	/** Every value ever recorded for the place and month, the current one first: a revision keeps what it replaced. */
	List<IndicatorValue> revisions(long indicatorId, String placeCode, int year, int month);

	Optional<IndicatorTarget> target(long indicatorId, String placeCode, int year);

	TargetCascade cascade(long indicatorId, int year);

	/**
	 * The place's standing as of the month (its latest value up to that month; a month not reported is skipped back),
	 * against its target for the year, by the district's rule.
	 */
	Attainment attainment(long indicatorId, String placeCode, int year, int month);
}
