package org.luoshi.enterprise.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.luoshi.organization.Division;
import org.luoshi.organization.OrganizationDirectory;
import org.luoshi.organization.UnitSummary;
import org.luoshi.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * The district's towns and subdistricts as the registry files enterprises under them, read from the organization's
 * directory: the township divisions (9-digit codes) below the root unit's division (440703 蓬江区), each with the unit
 * that carries its code — the unit whose subtree keeps the town's enterprises. A division that no unit carries (yet)
 * is kept by the district's root unit, so that its enterprises are never without a keeper.
 */
@Component
public class Towns {

	private final OrganizationDirectory organization;

	Towns(OrganizationDirectory organization) {
		this.organization = organization;
	}

	/** A town or subdistrict: its division and the unit that keeps its enterprises. */
	public record Town(String divisionCode, String name, long unitId) {

		/** {@code 440703101 棠下镇}: how a choice reads in lists and messages. */
		public String label() {
			return divisionCode + " " + name;
		}
	}

	/** The towns and units as they are now, read once for a request or an import rather than once per enterprise. */
	public Snapshot snapshot() {
		Map<Long, UnitSummary> units = organization.allUnits().stream()
			.collect(Collectors.toMap(UnitSummary::id, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
		Optional<UnitSummary> root = units.values().stream().filter(unit -> unit.parentId() == null).findFirst();
		if (root.isEmpty() || root.get().divisionCode() == null) {
			return new Snapshot(List.of(), units);
		}
		Map<String, Long> unitByCode = units.values().stream()
			.filter(unit -> unit.divisionCode() != null)
			.sorted(java.util.Comparator.comparing(UnitSummary::active).reversed().thenComparing(UnitSummary::id))
			.collect(Collectors.toMap(UnitSummary::divisionCode, UnitSummary::id, (first, second) -> first));
		List<Town> towns = organization.divisions().stream()
			.filter(division -> "TOWNSHIP".equals(division.level()) && root.get().divisionCode().equals(division.parentCode()))
			.sorted(java.util.Comparator.comparing(Division::code))
			.map(division -> new Town(division.code(), division.name(), unitByCode.getOrDefault(division.code(), root.get().id())))
			.toList();
		return new Snapshot(towns, units);
	}

	/** The towns and units at one moment. */
	public record Snapshot(List<Town> towns, Map<Long, UnitSummary> units) {

		public Optional<Town> town(String divisionCode) {
			return divisionCode == null ? Optional.empty()
					: towns.stream().filter(town -> town.divisionCode().equals(divisionCode.strip())).findFirst();
		}

		/** Whether the actor's data scope reaches the unit that keeps the town: the registry's one scope rule. */
		public boolean covers(Actor actor, Town town) {
			if (actor.seesWholeDistrict()) {
				return true;
			}
			UnitSummary keeper = units.get(town.unitId());
			return keeper != null && keeper.isWithin(actor.scopeUnitId());
		}

		/** The towns whose enterprises the actor's scope reaches, in code order. */
		public List<Town> within(Actor actor) {
			return towns.stream().filter(town -> covers(actor, town)).toList();
		}

		/** {@code 440703002 白沙街道、440703005 潮连街道…}: the choices, for a message. */
		public String choices(List<Town> among) {
			return among.stream().map(Town::label).collect(Collectors.joining("、"));
		}

		/** What the search index's visibility rests on: which unit keeps which town. */
		public String keepers() {
			return towns.stream().map(town -> town.divisionCode() + "=" + town.unitId()).collect(Collectors.joining(","));
		}
	}
}
