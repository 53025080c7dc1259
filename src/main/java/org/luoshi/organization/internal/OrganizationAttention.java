package org.luoshi.organization.internal;

import java.util.List;

import org.luoshi.shared.Actor;
import org.luoshi.shared.Permissions;
import org.luoshi.shared.web.Attention;
import org.luoshi.shared.web.AttentionProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells organization administrators about active units nobody works in: work routed to such a unit would reach no one.
 */
@Component
class OrganizationAttention implements AttentionProvider {

	private final JdbcClient jdbc;

	OrganizationAttention(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Attention> attentionFor(Actor actor) {
		if (!actor.can(Permissions.ORGANIZATION_MANAGE)) {
			return List.of();
		}
		String scope = actor.seesWholeDistrict() ? "" : " AND u.path LIKE (SELECT path FROM unit WHERE id = :scope) || '%'";
		var statement = jdbc.sql("SELECT count(*) FROM unit u WHERE u.active" + scope
				+ " AND NOT EXISTS (SELECT 1 FROM staff s WHERE s.unit_id = u.id AND s.active)");
		if (!actor.seesWholeDistrict()) {
			statement = statement.param("scope", actor.scopeUnitId());
		}
		long count = statement.query(Long.class).single();
		return List.of(Attention.of("organization.attention.units-without-staff", count, "/admin/units", "info"));
	}
}
