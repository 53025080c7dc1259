package org.luoshi.supervision.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.luoshi.organization.OrganizationDirectory;
import org.luoshi.organization.UnitSummary;
import org.luoshi.shared.Actor;
import org.luoshi.supervision.UnitRef;
import org.springframework.stereotype.Component;

/** The organization as supervision needs it: names for ids, the district's root, and the actor's scope as unit ids. */
@Component
public class Units {

	private final OrganizationDirectory directory;

	Units(OrganizationDirectory directory) {
		this.directory = directory;
	}

	/** Every unit by id, read once for a page or a ledger rather than once per task. */
	public Names names() {
		return new Names(directory.allUnits().stream().collect(Collectors.toMap(UnitSummary::id, Function.identity())));
	}

	/** The district: the unit whole-district actors issue tasks from. */
	public long root() {
		return directory.allUnits().stream().filter(unit -> unit.parentId() == null).findFirst()
			.map(UnitSummary::id)
			.orElseThrow(() -> new IllegalStateException("The organization has no root unit"));
	}

	/** The unit on whose behalf the actor issues tasks: their scope, or the district. */
	public long issuingUnit(Actor actor) {
		return actor.seesWholeDistrict() ? root() : actor.scopeUnitId();
	}

	/** The ids the actor's scope covers, or {@code null} for the whole district. */
	public List<Long> scope(Actor actor) {
		return actor.seesWholeDistrict() ? null : directory.subtreeIds(actor.scopeUnitId());
	}

	public List<Long> subtree(long unitId) {
		return directory.subtreeIds(unitId);
	}

	public boolean isVisibleTo(Long unitId, Actor actor) {
		return unitId != null && directory.isVisibleTo(unitId, actor);
	}

	/**
	 * The units a lead unit may break its task down for (层层分解): its offices and whatever lies below it, and for a
	 * district department also the towns and subdistricts. Active or not: the caller checks.
	 */
	public java.util.Set<Long> breakDownTargets(long leadUnitId) {
		java.util.Set<Long> targets = new java.util.LinkedHashSet<>();
		UnitSummary lead = find(leadUnitId).orElse(null);
		if (lead == null) {
			return targets;
		}
		targets.addAll(subtree(leadUnitId));
		targets.remove(leadUnitId);
		if (lead.type() == org.luoshi.organization.UnitType.DEPARTMENT) {
			directory.allUnits().stream()
				.filter(unit -> unit.type() == org.luoshi.organization.UnitType.TOWN || unit.type() == org.luoshi.organization.UnitType.SUBDISTRICT)
				.forEach(unit -> targets.add(unit.id()));
		}
		return targets;
	}

	public java.util.Optional<UnitSummary> find(long id) {
		return directory.findUnit(id);
	}

	public java.util.Optional<UnitSummary> findByName(String name) {
		return directory.findUnitByName(name);
	}

	public OrganizationDirectory directory() {
		return directory;
	}

	/** Unit names by id; a unit deleted since keeps its id with a placeholder name. */
	public record Names(Map<Long, UnitSummary> byId) {

		public UnitRef ref(Long id) {
			if (id == null) {
				return null;
			}
			UnitSummary unit = byId.get(id);
			return new UnitRef(id, unit == null ? "#" + id : unit.displayName());
		}

		public String name(Long id) {
			UnitRef ref = ref(id);
			return ref == null ? "" : ref.name();
		}

		/** Whether the unit lies in the subtree of {@code ancestorId} (or is it). */
		public boolean isWithin(Long unitId, Long ancestorId) {
			UnitSummary unit = unitId == null ? null : byId.get(unitId);
			return unit != null && ancestorId != null && unit.isWithin(ancestorId);
		}

		public List<UnitRef> refs(List<Long> ids) {
			return ids.stream().map(this::ref).toList();
		}
	}
}
