package org.luoshi.supervision.web;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.luoshi.organization.OrganizationDirectory;
import org.luoshi.organization.StaffQuery;
import org.luoshi.organization.StaffSummary;
import org.luoshi.organization.UnitSummary;
import org.luoshi.shared.Actor;
import org.luoshi.shared.PageQuery;
import org.springframework.stereotype.Component;

/** The units and staff that the supervision forms and filters offer: those of the actor's data scope, active. */
@Component
class UnitChoices {

	private final OrganizationDirectory directory;

	UnitChoices(OrganizationDirectory directory) {
		this.directory = directory;
	}

	/** A unit in a select, indented below its parent. */
	record UnitChoice(long id, String name, int depth) {

		public String label() {
			return "\u3000".repeat(depth) + name;
		}
	}

	/** Active units of the actor's scope, in tree order. */
	List<UnitChoice> units(Actor actor) {
		List<UnitSummary> all = directory.allUnits();
		Set<Long> scope = actor.seesWholeDistrict() ? null : new HashSet<>(directory.subtreeIds(actor.scopeUnitId()));
		int top = all.stream()
			.filter(unit -> scope == null ? unit.parentId() == null : unit.id() == actor.scopeUnitId())
			.mapToInt(UnitSummary::depth)
			.findFirst()
			.orElse(0);
		return all.stream()
			.filter(UnitSummary::active)
			.filter(unit -> scope == null || scope.contains(unit.id()))
			.map(unit -> new UnitChoice(unit.id(), unit.displayName(), Math.max(0, unit.depth() - top)))
			.toList();
	}

	/** Active units among {@code ids}, in tree order, indented from the shallowest. */
	List<UnitChoice> only(Set<Long> ids) {
		List<UnitSummary> chosen = directory.allUnits().stream().filter(UnitSummary::active).filter(unit -> ids.contains(unit.id())).toList();
		int top = chosen.stream().mapToInt(UnitSummary::depth).min().orElse(0);
		return chosen.stream().map(unit -> new UnitChoice(unit.id(), unit.displayName(), unit.depth() - top)).toList();
	}

	/**
	 * Active staff who can be responsible for a task of {@code leadUnitId}: those of the unit and the units below it,
	 * or, before a lead unit is chosen, everybody in the actor's scope.
	 */
	List<StaffSummary> staff(Long leadUnitId, Actor actor) {
		return directory.staff(new StaffQuery(leadUnitId, null, false), new PageQuery(0, PageQuery.MAX_SIZE, "unit", true), actor)
			.items();
	}
}
