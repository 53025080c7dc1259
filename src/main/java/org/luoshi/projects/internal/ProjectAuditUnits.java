package org.luoshi.projects.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.luoshi.shared.AuditedRecordUnits;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A project's audit entries (and its blockers') concern its lead unit: the same rule as who sees the project. */
@Component
class ProjectAuditUnits implements AuditedRecordUnits {

	private final JdbcClient jdbc;

	ProjectAuditUnits(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Set<String> targetTypes() {
		return Set.of("key-project", "project-blocker");
	}

	@Override
	public Map<String, Set<Long>> unitsOf(String targetType, Collection<String> targetIds) {
		Map<String, Set<Long>> units = new LinkedHashMap<>();
		List<Long> ids = AuditedRecordUnits.numericIds(targetIds);
		if (ids.isEmpty()) {
			return units;
		}
		String sql = targetType.equals("key-project") ? "SELECT id, lead_unit_id FROM key_project WHERE id IN (:ids)"
				: "SELECT b.id, p.lead_unit_id FROM project_blocker b JOIN key_project p ON p.id = b.project_id WHERE b.id IN (:ids)";
		jdbc.sql(sql).param("ids", ids).query((rs, n) -> AuditedRecordUnits.collect(units, rs.getLong(1), rs.getLong(2))).list();
		return units;
	}
}
