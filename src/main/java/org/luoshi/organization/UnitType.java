package org.luoshi.organization;

/** What kind of body a unit is; places (district, towns, subdistricts) carry a division code. */
public enum UnitType {
	DISTRICT, DEPARTMENT, TOWN, SUBDISTRICT, OFFICE, OTHER;

	/** The division level a unit of this type must be coded at, or {@code null} when it has no code. */
	public String divisionLevel() {
		return switch (this) {
			case DISTRICT -> "COUNTY";
			case TOWN, SUBDISTRICT -> "TOWNSHIP";
			default -> null;
		};
	}

	public boolean isPlace() {
		return divisionLevel() != null;
	}

	/** The type named so ({@code TOWN}, {@code town}); empty for anything else. */
	public static java.util.Optional<UnitType> parse(String name) {
		if (name == null) {
			return java.util.Optional.empty();
		}
		String wanted = name.strip();
		return java.util.Arrays.stream(values()).filter(type -> type.name().equalsIgnoreCase(wanted)).findFirst();
	}
}
