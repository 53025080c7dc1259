package org.luoshi.awards.internal;

import java.time.ZoneId;
import java.util.List;

import org.luoshi.enterprise.EnterpriseTimelineEntry;
import org.luoshi.enterprise.EnterpriseTimelineSource;
import org.luoshi.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * An enterprise's honours on its 360° page: one entry per honour of its collectives, on the day it was awarded, with the
 * title, level and standing (a revoked honour says so). Honours are published results, so whoever may open the
 * enterprise reads them.
 */
@Component
class HonourTimelineSource implements EnterpriseTimelineSource {

	static final String SOURCE = "award";

	private final AwardRows rows;
	private final org.springframework.context.MessageSource messages;

	HonourTimelineSource(AwardRows rows, org.springframework.context.MessageSource messages) {
		this.rows = rows;
		this.messages = messages;
	}

	@Override
	public List<EnterpriseTimelineEntry> entries(long enterpriseId, Actor actor) {
		return rows.honours("enterprise_id = ?", enterpriseId).stream()
			.map(h -> new EnterpriseTimelineEntry(h.awardedOn().atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant(), SOURCE,
					"awards.timeline." + h.status().name(), List.<Object>of(h.collectiveName(), h.title(),
							messages.getMessage("awards.level." + h.level().name(), null, org.springframework.context.i18n.LocaleContextHolder.getLocale())),
					List.of(), "", "/awards/honours/" + h.id(), true))
			.toList();
	}
}
