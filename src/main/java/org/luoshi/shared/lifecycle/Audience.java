package org.luoshi.shared.lifecycle;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Who hears of a {@link LifecycleEvent}: the handlers of some units and some single accounts. Absent ids ({@code null},
 * e.g. a demand not yet given to a unit) are left out, so that an event names its audience without checking each.
 */
public record Audience(Set<Long> unitIds, Set<Long> accountIds) {

	public static final Audience NOBODY = new Audience(Set.of(), Set.of());

	public Audience {
		Set<Long> units = new LinkedHashSet<>(unitIds);
		units.remove(null);
		Set<Long> accounts = new LinkedHashSet<>(accountIds);
		accounts.remove(null);
		unitIds = Set.copyOf(units);
		accountIds = Set.copyOf(accounts);
	}

	public static Audience units(Long... unitIds) {
		return new Audience(new LinkedHashSet<>(Arrays.asList(unitIds)), Set.of());
	}

	/** A lead unit and its co-operating units. */
	public static Audience units(Long leadUnitId, Collection<Long> coUnitIds) {
		Set<Long> units = new LinkedHashSet<>();
		units.add(leadUnitId);
		units.addAll(coUnitIds);
		return new Audience(units, Set.of());
	}

	public static Audience account(Long accountId) {
		Set<Long> accounts = new LinkedHashSet<>();
		accounts.add(accountId);
		return new Audience(Set.of(), accounts);
	}

	public boolean isEmpty() {
		return unitIds.isEmpty() && accountIds.isEmpty();
	}
}
