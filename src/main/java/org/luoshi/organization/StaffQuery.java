package org.luoshi.organization;

import java.util.Set;

/** Filters of the staff list: a unit (with its subtree), a name fragment, and whether to include inactive staff. */
public record StaffQuery(Long unitId, String text, boolean includeInactive) {

	/** The fields a staff list can be sorted by ({@code sort=unit,desc}); {@code name} is the default. */
	public static final Set<String> SORTABLE = Set.of("name", "unit", "position");

	public static StaffQuery all() {
		return new StaffQuery(null, null, false);
	}
}
