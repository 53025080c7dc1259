package org.luoshi.organization.web;

import java.util.List;

import org.luoshi.organization.OrganizationDirectory;
import org.luoshi.organization.StaffSummary;
import org.luoshi.organization.UnitSummary;
import org.luoshi.shared.Actor;
import org.luoshi.shared.NotFoundException;
import org.springframework.stereotype.Component;

/** The units and staff the current actor may see, as the admin pages and the API look them up. */
@Component
class ScopedUnits {

	private final OrganizationDirectory directory;

	ScopedUnits(OrganizationDirectory directory) {
		this.directory = directory;
	}

	/** Every unit in the actor's scope, in tree order: for choosing a unit in a list. */
	List<UnitSummary> all(Actor actor) {
		return directory.allUnits().stream()
			.filter(unit -> actor.seesWholeDistrict() || unit.isWithin(actor.scopeUnitId()))
			.toList();
	}

	/** The unit, or 404 when it does not exist or lies outside the actor's scope. */
	UnitSummary unit(long id, Actor actor) {
		return directory.findUnit(id).filter(unit -> directory.isVisibleTo(unit.id(), actor))
			.orElseThrow(() -> new NotFoundException("unit", id));
	}

	/** The member of staff, or 404 when they do not exist or work outside the actor's scope. */
	StaffSummary staff(long id, Actor actor) {
		return directory.findStaff(id).filter(staff -> directory.isVisibleTo(staff.unitId(), actor))
			.orElseThrow(() -> new NotFoundException("staff", id));
	}
}
