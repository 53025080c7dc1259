package org.luoshi.supervision.web;

import java.util.Set;

import org.luoshi.organization.OrganizationDirectory;
import org.luoshi.shared.Actor;

/**
 * Which units' boards a page may link to. A board lists lead units the actor does not see (a town sees the tasks it
 * issued to a department), and their board would answer 404.
 *
 * @param visible the ids of the actor's subtree, or {@code null} for the whole district
 */
record UnitBoardLinks(Set<Long> visible) {

	static UnitBoardLinks of(Actor actor, OrganizationDirectory directory) {
		return new UnitBoardLinks(actor.seesWholeDistrict() ? null : Set.copyOf(directory.subtreeIds(actor.scopeUnitId())));
	}

	public boolean opens(long unitId) {
		return visible == null || visible.contains(unitId);
	}
}
