package org.luoshi.enterprise;

/**
 * One of the district's towns or subdistricts (镇街), as enterprises are placed in them: its 9-digit division code, its
 * name, and the unit that keeps it (the district itself while no unit carries the code).
 */
public record DistrictTown(String divisionCode, String name, long unitId) {
}
