package org.luoshi.enterprise.demands;

import java.util.List;

/**
 * A category as the desk keeps it: its time limit in working days, its route for every town (a unit, the enterprise's
 * town, or neither: the parent's route or the desk), the towns whose demands go elsewhere, whether it is offered.
 */
public record DemandCategoryView(long id, Long parentId, String path, String name, String nameEn, int timeLimitDays, Long routeUnitId,
		String routeUnitName, boolean routeToTown, boolean active, int version, List<TownRoute> townRoutes) {

	/** The category's demands from one town go to this unit, whatever its route for every town says. */
	public record TownRoute(String divisionCode, String townName, long unitId, String unitName) {
	}
}
