package org.luoshi.legalservice.lectures.internal;

import java.sql.Timestamp;
import java.util.Map;
import java.util.Optional;

import org.luoshi.enterprise.PortalSection;
import org.luoshi.shared.Actor;
import org.luoshi.shared.Permissions;
import org.luoshi.shared.web.Times;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** "法治讲座" on the enterprise's portal: how many lectures to come take registrations, and how many the account holds a place at. */
@Component
class LecturePortalSection implements PortalSection {

	private final JdbcClient jdbc;
	private final Times times;

	LecturePortalSection(JdbcClient jdbc, Times times) {
		this.jdbc = jdbc;
		this.times = times;
	}

	@Override
	public String key() {
		return "lectures";
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public Optional<PortalCard> card(Actor enterprise) {
		if (!enterprise.isEnterprise() || !enterprise.can(Permissions.LEGAL_REQUEST)) {
			return Optional.empty();
		}
		Map<String, Object> counts = jdbc.sql("""
				SELECT count(*) FILTER (WHERE l.status = 'OPEN') AS open,
				       count(*) FILTER (WHERE EXISTS (SELECT 1 FROM lecture_registration r WHERE r.lecture_id = l.id AND r.account_id = ?
				                                      AND r.status <> 'CANCELLED')) AS mine
				FROM lecture l WHERE l.status IN ('PLANNED', 'OPEN') AND l.starts_at > ?""")
			.params(enterprise.accountId(), Timestamp.from(times.now()))
			.query()
			.singleRow();
		return Optional.of(new PortalCard("legal.lecture.portal.title", "easel", "/legal/lectures", "legal.lecture.portal.line", counts.get("open"),
				counts.get("mine")));
	}
}
