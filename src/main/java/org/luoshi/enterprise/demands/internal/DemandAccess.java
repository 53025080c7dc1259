package org.luoshi.enterprise.demands.internal;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.luoshi.enterprise.internal.Towns;
import org.luoshi.organization.UnitSummary;
import org.luoshi.search.Visibility;
import org.luoshi.shared.Actor;
import org.luoshi.shared.Permissions;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who sees a demand — the one rule its pages, its API, its lists and statistics, its exports, search, the
 * enterprise's 360° page and the audit trail apply: {@code demand:read} and a data scope reaching one of the units it
 * names ({@link #units}: the handling unit, a co-handling unit or the unit keeping the enterprise's town; the district
 * office and leaders, whose scope is the district, see all); or the enterprise's own portal account, which sees its
 * enterprise's demands and nothing else. What each side may do is the transition table's ({@link DemandLifecycle}); the
 * sides are worked out here.
 */
@Component
class DemandAccess {

	static final String READ = Permissions.DEMAND_READ;

	private final Towns towns;

	DemandAccess(Towns towns) {
		this.towns = towns;
	}

	Scope scope(Actor actor) {
		return new Scope(actor, towns.snapshot());
	}

	static void requireAny(Actor actor, String... permissions) {
		for (String permission : permissions) {
			if (actor.can(permission)) {
				return;
			}
		}
		throw new AccessDeniedException(String.join(" or ", permissions));
	}

	/** The enterprise whose own account the actor is, or {@code null} for staff and the system. */
	static Long enterpriseOf(Actor actor) {
		return actor.enterpriseId();
	}

	/**
	 * The units the rule names for a demand: its handling unit (none while it waits for the desk), its co-handling units
	 * and the unit keeping its enterprise's town. Whose scope reaches one of them sees the demand ({@link Scope#sees});
	 * search states them ({@link #forSearch}) and the audit trail files the demand's entries under them
	 * ({@link DemandAuditUnits}).
	 */
	static Set<Long> units(Towns.Snapshot towns, Demand demand) {
		Set<Long> units = new LinkedHashSet<>();
		if (demand.handlingUnitId() != null) {
			units.add(demand.handlingUnitId());
		}
		units.addAll(demand.coUnitIds());
		towns.town(demand.divisionCode()).ifPresent(town -> units.add(town.unitId()));
		return units;
	}

	/** The same rule as search applies it: {@code demand:read} over the units it names. */
	static Visibility forSearch(Towns.Snapshot towns, Demand demand) {
		return Visibility.of(READ, units(towns, demand));
	}

	/** An actor with the towns and units in hand: enough to decide on any number of demands. */
	record Scope(Actor actor, Towns.Snapshot towns) {

		boolean covers(Long unitId) {
			if (unitId == null) {
				return false;
			}
			if (actor.seesWholeDistrict()) {
				return true;
			}
			UnitSummary unit = towns.units().get(unitId);
			return unit != null && actor.scopeUnitId() != null && unit.isWithin(actor.scopeUnitId());
		}

		boolean sees(Demand demand) {
			Long own = enterpriseOf(actor);
			if (own != null) {
				return actor.can(Permissions.DEMAND_SUBMIT) && own == demand.enterpriseId();
			}
			if (!actor.can(READ)) {
				return false;
			}
			return actor.seesWholeDistrict() || units(towns, demand).stream().anyMatch(this::covers);
		}

		/** Whether the actor works the district's desk: {@code demand:dispatch} over the whole district. */
		boolean isDesk() {
			return actor.can(Permissions.DEMAND_DISPATCH) && actor.seesWholeDistrict() && enterpriseOf(actor) == null;
		}

		Set<DemandSide> sides(Demand demand) {
			Set<DemandSide> sides = EnumSet.noneOf(DemandSide.class);
			if (actor == Actor.SYSTEM) {
				sides.add(DemandSide.SYSTEM);
				return sides;
			}
			Long own = enterpriseOf(actor);
			if (own != null) {
				if (actor.can(Permissions.DEMAND_SUBMIT) && own == demand.enterpriseId()) {
					sides.add(DemandSide.ENTERPRISE);
				}
				return sides;
			}
			if (isDesk()) {
				sides.add(DemandSide.DESK);
			}
			if (actor.can(Permissions.DEMAND_HANDLE) && covers(demand.handlingUnitId())) {
				sides.add(DemandSide.HANDLING_UNIT);
			}
			if (actor.can(Permissions.DEMAND_HANDLE) && demand.coUnitIds().stream().anyMatch(this::covers)) {
				sides.add(DemandSide.CO_UNIT);
			}
			if (actor.can(Permissions.PROPOSAL_SUBMIT) || actor.can(Permissions.PROPOSAL_MANAGE)) {
				sides.add(DemandSide.CPPCC);
			}
			if (actor.can(Permissions.DEMAND_INSTRUCT)) {
				sides.add(DemandSide.LEADER);
			}
			return sides;
		}

		/** The unit shown beside the actor on the timeline for a step taken as {@code side}. */
		Long unitOf(DemandSide side, Demand demand, DemandSettings settings) {
			return switch (side) {
				case HANDLING_UNIT -> demand.handlingUnitId();
				case CO_UNIT -> demand.coUnitIds().stream().filter(this::covers).findFirst().orElse(null);
				case DESK -> settings.deskUnitId();
				case LEADER -> actor.scopeUnitId();
				case ENTERPRISE, CPPCC, SYSTEM -> null;
			};
		}

		/**
		 * For list SQL: {@code null} when the actor sees every demand; otherwise the units of their scope (for the
		 * handling and co-handling units) and the towns those units keep.
		 */
		ListScope listScope() {
			Long own = enterpriseOf(actor);
			if (own != null) {
				return new ListScope(own, List.of(), List.of());
			}
			if (!actor.can(READ)) {
				return new ListScope(null, List.of(), List.of());
			}
			if (actor.seesWholeDistrict()) {
				return null;
			}
			List<Long> units = towns.units().values().stream().filter(unit -> unit.isWithin(actor.scopeUnitId())).map(UnitSummary::id).toList();
			List<String> divisions = towns.towns().stream().filter(town -> units.contains(town.unitId())).map(Towns.Town::divisionCode).toList();
			return new ListScope(null, units, divisions);
		}
	}

	/** The rows a scoped actor may list: an enterprise's own, or those of some units and towns (none of either: none). */
	record ListScope(Long enterpriseId, List<Long> unitIds, List<String> divisionCodes) {

		boolean isEnterprise() {
			return Objects.nonNull(enterpriseId);
		}
	}
}
