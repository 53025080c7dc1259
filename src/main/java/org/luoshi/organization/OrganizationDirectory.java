package org.luoshi.organization;

import java.util.List;
import java.util.Optional;

import org.luoshi.shared.Actor;
import org.luoshi.shared.Page;
import org.luoshi.shared.PageQuery;

/** Read access to units, staff and divisions. Lists are limited to the actor's data scope where they take one. */
public interface OrganizationDirectory {

	Optional<UnitSummary> findUnit(long id);

	/** Units named so, by full or short name (active first). */
	Optional<UnitSummary> findUnitByName(String name);

	/**
	 * The active unit a name stands for within the subtree of {@code scopeUnitId} (the whole district when {@code null}):
	 * a full or short name, or a path of names where a name alone is shared ({@code 棠下镇/经济发展办}). A full name wins
	 * over short names that equal it. Never guesses: several matches are {@link UnitNameResolution.Ambiguous}.
	 */
	UnitNameResolution resolveUnitName(String name, Long scopeUnitId);

	/**
	 * {@link #resolveUnitName} for many names at once, reading the units once (a report's dozens of names): each name,
	 * as given, with its answer.
	 */
	java.util.Map<String, UnitNameResolution> resolveUnitNames(java.util.Collection<String> names, Long scopeUnitId);

	/**
	 * The active units of the scope in tree order, each with the shortest name that {@link #resolveUnitName} resolves
	 * to it alone (its short name, else its parent's and its own, else its full name): what pickers offer.
	 */
	java.util.Map<Long, String> uniqueUnitNames(Long scopeUnitId);

	/** Every unit, in tree order (parents before children, siblings by sort order then name). */
	List<UnitSummary> allUnits();

	/** The tree below {@code rootId} (the whole district when {@code null}). */
	List<UnitNode> tree(Long rootId, boolean includeInactive);

	/** The ids of a unit and everything below it: a data scope. */
	List<Long> subtreeIds(long rootId);

	/** Whether the actor's data scope includes the unit. */
	boolean isVisibleTo(long unitId, Actor actor);

	Optional<StaffSummary> findStaff(long id);

	/** How many active staff each unit has (units without any are absent). */
	java.util.Map<Long, Integer> activeStaffCounts();

	Page<StaffSummary> staff(StaffQuery query, PageQuery page, Actor actor);

	List<Division> divisions();

	Optional<Division> division(String code);
}
