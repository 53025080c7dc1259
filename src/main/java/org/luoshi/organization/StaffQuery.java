package org.luoshi.organization;

/** Filters of the staff list: a unit (with its subtree), a name fragment, and whether to include inactive staff. */
public record StaffQuery(Long unitId, String text, boolean includeInactive) {

	public static StaffQuery all() {
		return new StaffQuery(null, null, false);
	}
}
