package org.luoshi.supervision.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.luoshi.shared.AuditedRecordUnits;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * For the audit trail: a task's entries concern its issuing, lead and co-operating units (drafts included: the
 * entries are about the work of those units); a goal's its owning unit; a supervision notice's the unit it was sent
 * to and the issuing unit.
 */
@Component
class SupervisionAuditUnits implements AuditedRecordUnits {

	private final JdbcClient jdbc;

	SupervisionAuditUnits(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Set<String> targetTypes() {
		return Set.of("task", "goal", "notice");
	}

	@Override
	public Map<String, Set<Long>> unitsOf(String targetType, Collection<String> targetIds) {
		Map<String, Set<Long>> units = new LinkedHashMap<>();
		List<Long> ids = AuditedRecordUnits.numericIds(targetIds);
		if (ids.isEmpty()) {
			return units;
		}
		String sql = switch (targetType) {
			case "task" -> "SELECT id, issuer_unit_id AS unit_id FROM task WHERE id IN (:ids) "
					+ "UNION SELECT task_id, unit_id FROM task_unit WHERE task_id IN (:ids)";
			case "goal" -> "SELECT id, owner_unit_id AS unit_id FROM goal WHERE id IN (:ids)";
			default -> "SELECT id, unit_id FROM supervision_notice WHERE id IN (:ids) "
					+ "UNION SELECT id, issuer_unit_id FROM supervision_notice WHERE id IN (:ids)";
		};
		jdbc.sql(sql).param("ids", ids).query(rs -> {
			AuditedRecordUnits.collect(units, rs.getLong("id"), rs.getObject("unit_id", Long.class));
		});
		return units;
	}
}
