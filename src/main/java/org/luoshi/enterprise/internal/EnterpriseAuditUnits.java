package org.luoshi.enterprise.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.luoshi.shared.AuditedRecordUnits;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** For the audit trail: an enterprise's entries concern the unit that keeps its town (see {@link Towns}). */
@Component
class EnterpriseAuditUnits implements AuditedRecordUnits {

	private final JdbcClient jdbc;
	private final Towns towns;

	EnterpriseAuditUnits(JdbcClient jdbc, Towns towns) {
		this.jdbc = jdbc;
		this.towns = towns;
	}

	@Override
	public Set<String> targetTypes() {
		return Set.of(EnterpriseService.TARGET);
	}

	@Override
	public Map<String, Set<Long>> unitsOf(String targetType, Collection<String> targetIds) {
		Map<String, Set<Long>> units = new LinkedHashMap<>();
		List<Long> ids = AuditedRecordUnits.numericIds(targetIds);
		if (ids.isEmpty()) {
			return units;
		}
		Towns.Snapshot snapshot = towns.snapshot();
		jdbc.sql("SELECT id, division_code FROM enterprise WHERE id IN (:ids)").param("ids", ids).query(rs -> {
			AuditedRecordUnits.collect(units, rs.getLong("id"),
					snapshot.town(rs.getString("division_code")).map(Towns.Town::unitId).orElse(null));
		});
		return units;
	}
}
