package org.luoshi.enterprise.demands.internal;

import java.util.Map;
import java.util.Optional;

import org.luoshi.enterprise.PortalSection;
import org.luoshi.shared.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** "我的诉求" on the enterprise's portal: how many of its demands are being handled and how many answers wait for its rating. */
@Component
class DemandPortalSection implements PortalSection {

	private final JdbcClient jdbc;

	DemandPortalSection(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String key() {
		return "demands";
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public Optional<PortalCard> card(Actor enterprise) {
		Long own = DemandAccess.enterpriseOf(enterprise);
		if (own == null) {
			return Optional.empty();
		}
		Map<String, Object> counts = jdbc.sql("SELECT count(*) FILTER (WHERE status IN (" + DemandLifecycle.OPEN_SQL + ")) AS open, "
				+ "count(*) FILTER (WHERE status = 'ANSWERED') AS answered FROM demand WHERE enterprise_id = ?")
			.param(own)
			.query()
			.singleRow();
		return Optional.of(new PortalCard("demand.portal.title", "chat-square-text", "/demands", "demand.portal.line", counts.get("open"),
				counts.get("answered")));
	}
}
