package org.luoshi.organization;

/** A unit as other modules see it. {@code path} lists the ids from the root down, e.g. {@code /1/4/17/}. */
public record UnitSummary(long id, Long parentId, String path, String name, String shortName, UnitType type,
		String divisionCode, int sortOrder, boolean active, int version) {

	/** The short name where there is one (棠下镇 rather than 江门市蓬江区棠下镇人民政府). */
	public String displayName() {
		return shortName == null || shortName.isBlank() ? name : shortName;
	}

	public boolean isWithin(long ancestorId) {
		return path.contains("/" + ancestorId + "/");
	}

	public int depth() {
		return (int) path.chars().filter(c -> c == '/').count() - 2;
	}
}
