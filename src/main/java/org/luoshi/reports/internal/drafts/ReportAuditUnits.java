package org.luoshi.reports.internal.drafts;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.luoshi.shared.AuditedRecordUnits;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** For the audit trail: a report's entries concern the report's unit (none for a whole-district report). */
@Component
class ReportAuditUnits implements AuditedRecordUnits {

	private final JdbcClient jdbc;

	ReportAuditUnits(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Set<String> targetTypes() {
		return Set.of(ReportDraftService.TYPE);
	}

	@Override
	public Map<String, Set<Long>> unitsOf(String targetType, Collection<String> targetIds) {
		Map<String, Set<Long>> units = new LinkedHashMap<>();
		List<Long> ids = AuditedRecordUnits.numericIds(targetIds);
		if (!ids.isEmpty()) {
			jdbc.sql("SELECT id, unit_id FROM report WHERE id IN (:ids)").param("ids", ids).query(rs -> {
				AuditedRecordUnits.collect(units, rs.getLong("id"), rs.getObject("unit_id", Long.class));
			});
		}
		return units;
	}
}
