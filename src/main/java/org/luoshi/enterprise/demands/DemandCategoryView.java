package org.luoshi.enterprise.demands;

/**
 * A category of the district's tree as its administration page and API show it: where it sits, its time limit in working
 * days, and its route for every town — to a unit ({@code routeUnitId}), to the enterprise's town ({@code routeToTown}),
 * or to nobody (the desk dispatches).
 */
public record DemandCategoryView(long id, Long parentId, String path, String name, String nameEn, int timeLimitDays, Long routeUnitId,
		String routeUnitName, boolean routeToTown, boolean active, int version) {
}
