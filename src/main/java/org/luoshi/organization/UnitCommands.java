package org.luoshi.organization;

/** The writes on units; each carries the version it was read at, so a concurrent change is refused. */
public final class UnitCommands {

	private UnitCommands() {
	}

	public record CreateUnit(Long parentId, String name, String shortName, UnitType type, String divisionCode, Integer sortOrder) {
	}

	public record UpdateUnit(long id, int version, String name, String shortName, UnitType type, String divisionCode,
			Integer sortOrder) {
	}

	public record MoveUnit(long id, int version, long newParentId) {
	}

	public record SetUnitActive(long id, int version, boolean active) {
	}

	public record CreateStaff(Long unitId, String name, String position, String phone, String email) {
	}

	public record UpdateStaff(long id, int version, Long unitId, String name, String position, String phone, String email) {
	}

	public record SetStaffActive(long id, int version, boolean active) {
	}
}
