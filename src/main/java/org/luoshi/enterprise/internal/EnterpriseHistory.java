package org.luoshi.enterprise.internal;

import java.util.Arrays;
import java.util.List;

import org.luoshi.enterprise.EnterpriseTimelineEntry;
import org.luoshi.enterprise.EnterpriseTimelineSource;
import org.luoshi.shared.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The registry's own part of an enterprise's timeline: when it was registered, edited (which fields) or brought in or
 * updated by an import (from which file).
 */
@Component
class EnterpriseHistory implements EnterpriseTimelineSource {

	static final String SOURCE = "registry";

	private final JdbcClient jdbc;

	EnterpriseHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<EnterpriseTimelineEntry> entries(long enterpriseId, Actor actor) {
		return jdbc.sql("SELECT kind, at, actor_name, fields, source FROM enterprise_history WHERE enterprise_id = ? ORDER BY at DESC, id DESC")
			.param(enterpriseId)
			.query((rs, n) -> new EnterpriseTimelineEntry(rs.getTimestamp("at").toInstant(), SOURCE,
					"enterprise.timeline." + rs.getString("kind"),
					rs.getString("source") == null ? List.of() : List.of(rs.getString("source")),
					Arrays.stream((Object[]) rs.getArray("fields").getArray()).map(field -> "enterprise.field." + field).toList(),
					rs.getString("actor_name"), null))
			.list();
	}
}
