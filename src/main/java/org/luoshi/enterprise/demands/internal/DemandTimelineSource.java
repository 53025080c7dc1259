package org.luoshi.enterprise.demands.internal;

import java.util.List;

import org.luoshi.enterprise.EnterpriseTimelineEntry;
import org.luoshi.enterprise.EnterpriseTimelineSource;
import org.luoshi.shared.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demands on their enterprise's 360° page: each demand the reader may see, when it was raised and, once finished, how
 * it ended — by {@link DemandAccess}'s rule, so that a reader who sees the enterprise but not a demand does not see it
 * there either.
 */
@Component
class DemandTimelineSource implements EnterpriseTimelineSource {

	static final String SOURCE = "demand";

	private final JdbcClient jdbc;
	private final DemandAccess access;

	DemandTimelineSource(JdbcClient jdbc, DemandAccess access) {
		this.jdbc = jdbc;
		this.access = access;
	}

	@Override
	public List<EnterpriseTimelineEntry> entries(long enterpriseId, Actor actor) {
		DemandAccess.Scope scope = access.scope(actor);
		List<Demand> demands = jdbc.sql("SELECT " + DemandRows.COLUMNS + " FROM demand d WHERE d.enterprise_id = ? ORDER BY d.raised_at DESC")
			.param(enterpriseId)
			.query(DemandRows::demand)
			.list();
		List<EnterpriseTimelineEntry> entries = new java.util.ArrayList<>();
		for (Demand demand : demands) {
			if (!scope.sees(demand)) {
				continue;
			}
			String link = "/demands/" + demand.id();
			entries.add(new EnterpriseTimelineEntry(demand.raisedAt(), SOURCE, "demand.timeline.raised",
					List.of(demand.number(), demand.title()), List.of(), demand.raisedByName(), link));
			if (demand.closedAt() != null) {
				entries.add(new EnterpriseTimelineEntry(demand.closedAt(), SOURCE, "demand.timeline." + demand.status().name(),
						List.of(demand.number(), demand.title()), List.of(), "", link));
			}
		}
		return entries;
	}
}
