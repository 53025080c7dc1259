package org.luoshi.enterprise.visits.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.luoshi.enterprise.PortalSection;
import org.luoshi.enterprise.visits.VisitKind;
import org.luoshi.enterprise.visits.VisitStatus;
import org.luoshi.shared.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 走访记录 on an enterprise's portal: the visits that covered it, planned or recorded (not cancelled), each with only the
 * enterprise's own part — when, who came and why, and what was found at its premises; never what was said of the other
 * enterprises on the same visit.
 */
@Component
public class VisitPortal implements PortalSection {

	private final JdbcClient jdbc;

	VisitPortal(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A visit as the visited enterprise sees it. */
	public record OwnVisit(long id, VisitKind kind, VisitStatus status, LocalDate date, String leaderName, String leaderTitle, String purpose,
			String findings) {
	}

	@Override
	public String key() {
		return "visits";
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public Optional<PortalCard> card(Actor enterprise) {
		if (!enterprise.isEnterprise()) {
			return Optional.empty();
		}
		Map<String, Object> counts = jdbc.sql("""
				SELECT count(*) FILTER (WHERE v.status = 'RECORDED') AS recorded, count(*) FILTER (WHERE v.status = 'PLANNED') AS planned
				FROM visit v JOIN visit_enterprise ve ON ve.visit_id = v.id WHERE ve.enterprise_id = ?""")
			.param(enterprise.enterpriseId())
			.query()
			.singleRow();
		return Optional.of(new PortalCard("visits.portal.title", "people", "/portal/visits", "visits.portal.line", counts.get("recorded"),
				counts.get("planned")));
	}

	/** The enterprise's visits, newest first; nothing for an account that is not an enterprise's. */
	@Transactional(readOnly = true)
	public List<OwnVisit> visits(Actor enterprise) {
		if (!enterprise.isEnterprise()) {
			return List.of();
		}
		return jdbc.sql("""
				SELECT v.id, v.kind, v.status, COALESCE(v.visited_date, v.planned_date) AS day, v.leader_name, v.leader_title, v.purpose,
				       ve.findings
				FROM visit v JOIN visit_enterprise ve ON ve.visit_id = v.id
				WHERE ve.enterprise_id = ? AND v.status <> 'CANCELLED'
				ORDER BY day DESC, v.id DESC""")
			.param(enterprise.enterpriseId())
			.query((rs, n) -> new OwnVisit(rs.getLong("id"), VisitKind.valueOf(rs.getString("kind")), VisitStatus.valueOf(rs.getString("status")),
					rs.getObject("day", LocalDate.class), rs.getString("leader_name"), rs.getString("leader_title"), rs.getString("purpose"),
					rs.getString("findings")))
			.list();
	}
}
