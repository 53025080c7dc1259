package org.luoshi.organization.internal;

import java.sql.ResultSet;
import java.sql.SQLException;

import org.luoshi.organization.StaffSummary;
import org.luoshi.organization.UnitSummary;
import org.luoshi.organization.UnitType;

/** Row mapping shared by the organization queries. */
final class UnitRows {

	static final String UNIT_COLUMNS = "u.id, u.parent_id, u.path, u.name, u.short_name, u.type, u.division_code, u.sort_order, u.active, u.version";
	static final String STAFF_COLUMNS = "s.id, s.unit_id, u.name AS unit_name, s.name, s.position, s.phone, s.email, s.active, s.version";

	private UnitRows() {
	}

	static UnitSummary unit(ResultSet rs, int row) throws SQLException {
		return new UnitSummary(rs.getLong("id"), rs.getObject("parent_id", Long.class), rs.getString("path"), rs.getString("name"),
				rs.getString("short_name"), UnitType.valueOf(rs.getString("type")), rs.getString("division_code"),
				rs.getInt("sort_order"), rs.getBoolean("active"), rs.getInt("version"));
	}

	static StaffSummary staff(ResultSet rs, int row) throws SQLException {
		return new StaffSummary(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("unit_name"), rs.getString("name"),
				rs.getString("position"), rs.getString("phone"), rs.getString("email"), rs.getBoolean("active"),
				rs.getInt("version"));
	}
}
