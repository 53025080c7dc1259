package org.luoshi.legalservice.requests.internal;

import java.util.ArrayList;
import java.util.List;

import org.luoshi.enterprise.EnterpriseTimelineEntry;
import org.luoshi.enterprise.EnterpriseTimelineSource;
import org.luoshi.legalservice.LegalDirectory;
import org.luoshi.legalservice.LegalServiceType;
import org.luoshi.shared.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An enterprise's legal requests on its 360° page: each request the reader may see ({@link LegalRequestAccess}'s rule),
 * when it was made and, once finished, how it ended; no personal data.
 */
@Component
class LegalRequestTimelineSource implements EnterpriseTimelineSource {

	static final String SOURCE = "legal-request";

	private final JdbcClient jdbc;
	private final LegalRequestAccess access;
	private final LegalDirectory directory;

	LegalRequestTimelineSource(JdbcClient jdbc, LegalRequestAccess access, LegalDirectory directory) {
		this.jdbc = jdbc;
		this.access = access;
		this.directory = directory;
	}

	@Override
	public List<EnterpriseTimelineEntry> entries(long enterpriseId, Actor actor) {
		LegalRequestAccess.Scope scope = access.scope(actor);
		List<LegalRequest> requests = jdbc.sql("SELECT " + LegalRequestRows.COLUMNS + " FROM legal_request r WHERE r.enterprise_id = ? ORDER BY r.requested_at DESC")
			.param(enterpriseId).query(LegalRequestRows::request).list();
		List<EnterpriseTimelineEntry> entries = new ArrayList<>();
		for (LegalRequest request : requests) {
			if (!scope.sees(request)) {
				continue;
			}
			String service = directory.service(request.serviceCode()).map(LegalServiceType::name).orElse(request.serviceCode());
			String point = directory.point(request.pointId()).map(p -> p.name()).orElse("");
			String link = "/legal/requests/" + request.id();
			entries.add(new EnterpriseTimelineEntry(request.requestedAt(), SOURCE, "legal.request.timeline.made",
					List.of(request.ticket(), service, point), List.of(), request.requesterName(), link));
			if (request.closedAt() != null) {
				entries.add(new EnterpriseTimelineEntry(request.closedAt(), SOURCE, "legal.request.timeline." + request.status().name(),
						List.of(request.ticket(), service, point), List.of(), "", link));
			}
		}
		return entries;
	}
}
