package org.luoshi.legalservice.lectures.internal;

import java.util.List;

import org.luoshi.enterprise.EnterpriseTimelineEntry;
import org.luoshi.enterprise.EnterpriseTimelineSource;
import org.luoshi.shared.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The lectures an enterprise attended on its 360° page: one entry per lecture its people were checked in at (by its own
 * account, or on the public page or at the counter under its registered name), at the lecture's start, with how many of
 * them came and the rating they gave. Lectures are public, so whoever may open the enterprise reads them.
 */
@Component
class LectureTimelineSource implements EnterpriseTimelineSource {

	static final String SOURCE = "lecture";

	private final JdbcClient jdbc;
	/** Lazily: the registry's directory asks every timeline source for its entries, this one among them. */
	private final org.springframework.beans.factory.ObjectProvider<org.luoshi.enterprise.EnterpriseDirectory> enterprises;

	LectureTimelineSource(JdbcClient jdbc, org.springframework.beans.factory.ObjectProvider<org.luoshi.enterprise.EnterpriseDirectory> enterprises) {
		this.jdbc = jdbc;
		this.enterprises = enterprises;
	}

	@Override
	public List<EnterpriseTimelineEntry> entries(long enterpriseId, Actor actor) {
		String name = enterprises.getObject().find(enterpriseId).map(org.luoshi.enterprise.EnterpriseSummary::name).orElse(null);
		return jdbc.sql("""
				SELECT l.id, l.title, l.park, l.expert_name, l.starts_at, count(*) AS attended, round(avg(r.rating), 1)::text AS rating
				FROM lecture_registration r JOIN lecture l ON l.id = r.lecture_id
				WHERE r.checked_in_at IS NOT NULL AND (r.enterprise_id = ? OR r.enterprise_id IS NULL AND r.enterprise_name = ?)
				GROUP BY l.id ORDER BY l.starts_at DESC""")
			.params(enterpriseId, name == null ? "" : name)
			.query((rs, n) -> new EnterpriseTimelineEntry(rs.getTimestamp("starts_at").toInstant(), SOURCE,
					rs.getString("rating") == null ? "legal.lecture.timeline.attended" : "legal.lecture.timeline.attended-rated",
					rs.getString("rating") == null ? List.of(rs.getString("title"), rs.getString("park"), rs.getString("expert_name"), rs.getLong("attended"))
							: List.of(rs.getString("title"), rs.getString("park"), rs.getString("expert_name"), rs.getLong("attended"), rs.getString("rating")),
					List.of(), "", "/public/legal/lectures/" + rs.getLong("id")))
			.list();
	}
}
