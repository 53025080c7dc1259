package org.luoshi.enterprise.visits.internal;

import java.util.List;

import org.luoshi.enterprise.EnterpriseTimelineEntry;
import org.luoshi.enterprise.EnterpriseTimelineSource;
import org.luoshi.shared.Actor;
import org.luoshi.shared.web.Times;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Visits on an enterprise's 360° page: every visit covering it that the reader may open (the visits' own rule), on the
 * day it took place or is planned — a day without a time of day, shown as the date alone — saying who led it and
 * linking to it.
 */
@Component
class VisitTimeline implements EnterpriseTimelineSource {

	static final String SOURCE = "visit";

	private final VisitRows rows;
	private final VisitAccess access;
	private final Times times;

	VisitTimeline(VisitRows rows, VisitAccess access, Times times) {
		this.rows = rows;
		this.access = access;
		this.times = times;
	}

	@Override
	@Transactional(readOnly = true)
	public List<EnterpriseTimelineEntry> entries(long enterpriseId, Actor actor) {
		VisitAccess.Scope scope = access.scope(actor);
		if (!scope.reads()) {
			return List.of();
		}
		return rows.load(rows.idsCovering(enterpriseId)).stream()
			.filter(visit -> scope.sees(visit))
			.map(visit -> new EnterpriseTimelineEntry(visit.day().atStartOfDay(times.zone()).toInstant(), SOURCE,
					"visits.timeline." + visit.status().name() + "." + visit.kind().name(),
					List.of(String.valueOf(visit.day()), visit.leaderTitle() == null ? visit.leaderName() : visit.leaderTitle() + visit.leaderName()),
					List.of(), visit.leaderName(), "/visits/" + visit.id(), true))
			.toList();
	}
}
