package org.luoshi.organization.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.luoshi.shared.AuditedRecordUnits;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** For the audit trail: a unit's entries concern the unit, a member of staff's entries the staff's unit. */
@Component
class OrganizationAuditUnits implements AuditedRecordUnits {

	private final JdbcClient jdbc;

	OrganizationAuditUnits(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Set<String> targetTypes() {
		return Set.of("unit", "staff");
	}

	@Override
	public Map<String, Set<Long>> unitsOf(String targetType, Collection<String> targetIds) {
		Map<String, Set<Long>> units = new LinkedHashMap<>();
		List<Long> ids = AuditedRecordUnits.numericIds(targetIds);
		if (ids.isEmpty()) {
			return units;
		}
		String sql = targetType.equals("unit") ? "SELECT id, id AS unit_id FROM unit WHERE id IN (:ids)"
				: "SELECT id, unit_id FROM staff WHERE id IN (:ids)";
		jdbc.sql(sql).param("ids", ids).query(rs -> {
			AuditedRecordUnits.collect(units, rs.getLong("id"), rs.getObject("unit_id", Long.class));
		});
		return units;
	}
}
