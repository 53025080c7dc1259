package org.luoshi.legalservice.lectures.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.luoshi.legalservice.lectures.LectureCalendar;
import org.luoshi.legalservice.lectures.LectureListing;
import org.luoshi.legalservice.lectures.LectureStatistics;
import org.luoshi.shared.Actor;
import org.luoshi.shared.web.Times;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading lectures many at a time: the public calendar, the statistics per point and month, the staff's list with the
 * reader's own registrations.
 */
@Component
@Transactional(readOnly = true)
public class LectureQueries implements LectureCalendar, LectureStatistics {

	private static final String LISTING = """
			SELECT l.id, l.title, l.point_id, l.point_name, l.park, l.venue, l.starts_at, l.ends_at, l.expert_name, l.capacity, l.waiting_limit,
			       l.status,
			       (SELECT count(*) FROM lecture_registration r WHERE r.lecture_id = l.id AND r.status = 'REGISTERED') AS seated,
			       (SELECT count(*) FROM lecture_registration r WHERE r.lecture_id = l.id AND r.status = 'WAITING') AS waiting,
			       ARRAY(SELECT t.title FROM lecture_topic_link k JOIN lecture_topic t ON t.id = k.topic_id
			             WHERE k.lecture_id = l.id ORDER BY k.position) AS topics
			FROM lecture l""";

	private final JdbcClient jdbc;
	private final Times times;

	LectureQueries(JdbcClient jdbc, Times times) {
		this.jdbc = jdbc;
		this.times = times;
	}

	@Override
	public List<LectureListing> upcoming(int limit) {
		return jdbc.sql(LISTING + " WHERE l.status IN ('PLANNED', 'OPEN') AND l.starts_at > ? ORDER BY l.starts_at, l.id LIMIT ?")
			.params(Timestamp.from(times.now()), Math.max(0, Math.min(limit, 200)))
			.query((rs, n) -> listing(rs))
			.list();
	}

	@Override
	public Optional<LectureListing> listing(long lectureId) {
		return jdbc.sql(LISTING + " WHERE l.id = ?").param(lectureId).query((rs, n) -> listing(rs)).optional();
	}

	/** The lectures a reader of the staff's list sees: to come first (soonest first), then the past (latest first). */
	public List<LectureListing> list(Actor actor, boolean past) {
		if (!LectureAccess.readsLectures(actor)) {
			throw new AccessDeniedException("lectures");
		}
		String where = past ? " WHERE l.status IN ('HELD', 'CANCELLED') OR l.starts_at <= ? ORDER BY l.starts_at DESC, l.id DESC LIMIT 200"
				: " WHERE l.status IN ('PLANNED', 'OPEN') AND l.starts_at > ? ORDER BY l.starts_at, l.id LIMIT 200";
		return jdbc.sql(LISTING + where).param(Timestamp.from(times.now())).query((rs, n) -> listing(rs)).list();
	}

	/** The lectures an enterprise holds a live registration for: id → its status ({@code REGISTERED}, {@code WAITING}). */
	public Map<Long, String> registrationsOf(Actor actor) {
		if (actor.accountId() == null || !actor.isEnterprise()) {
			return Map.of();
		}
		Map<Long, String> found = new java.util.HashMap<>();
		jdbc.sql("SELECT lecture_id, status FROM lecture_registration WHERE account_id = ? AND status <> 'CANCELLED'").param(actor.accountId())
			.query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list().forEach(e -> found.put(e.getKey(), e.getValue()));
		return found;
	}

	private LectureListing listing(java.sql.ResultSet rs) throws java.sql.SQLException {
		int capacity = rs.getInt("capacity");
		long seated = rs.getLong("seated");
		long waiting = rs.getLong("waiting");
		Instant startsAt = rs.getTimestamp("starts_at").toInstant();
		String status = rs.getString("status");
		List<String> topics = new ArrayList<>(List.of((String[]) rs.getArray("topics").getArray()));
		int seatsLeft = (int) Math.max(0, capacity - seated);
		boolean waitingOpen = waiting < rs.getInt("waiting_limit");
		return new LectureListing(rs.getLong("id"), rs.getString("title"), rs.getLong("point_id"), rs.getString("point_name"), rs.getString("park"),
				rs.getString("venue"), startsAt, rs.getTimestamp("ends_at").toInstant(), rs.getString("expert_name"), topics, capacity, seatsLeft,
				waitingOpen, status, "OPEN".equals(status) && startsAt.isAfter(times.now()) && (seatsLeft > 0 || waitingOpen),
				"/public/legal/lectures/" + rs.getLong("id"));
	}

	@Override
	public List<LectureMonth> monthly(YearMonth from, YearMonth to) {
		Instant start = from.atDay(1).atStartOfDay(times.zone()).toInstant();
		Instant end = to.plusMonths(1).atDay(1).atStartOfDay(times.zone()).toInstant();
		return jdbc.sql("""
				SELECT l.point_id, min(l.point_name) AS point_name, min(l.park) AS park,
				       to_char(l.starts_at AT TIME ZONE :zone, 'YYYY-MM') AS month,
				       count(*) FILTER (WHERE l.status = 'HELD') AS held,
				       coalesce(sum(r.registered), 0) AS registrations, coalesce(sum(r.attended), 0) AS attendances,
				       coalesce(sum(r.ratings), 0) AS ratings, sum(r.rating_sum)::float8 / nullif(sum(r.ratings), 0) AS average
				FROM lecture l
				LEFT JOIN LATERAL (
				    SELECT count(*) FILTER (WHERE status = 'REGISTERED') AS registered, count(checked_in_at) AS attended,
				           count(rating) AS ratings, coalesce(sum(rating), 0) AS rating_sum
				    FROM lecture_registration WHERE lecture_id = l.id) r ON true
				WHERE l.status <> 'CANCELLED' AND l.starts_at >= :start AND l.starts_at < :end
				GROUP BY l.point_id, month
				ORDER BY month, point_name""")
			.param("zone", times.zone().getId())
			.param("start", Timestamp.from(start))
			.param("end", Timestamp.from(end))
			.query((rs, n) -> new LectureMonth(rs.getLong("point_id"), rs.getString("point_name"), rs.getString("park"),
					YearMonth.parse(rs.getString("month")), rs.getLong("held"), rs.getLong("registrations"), rs.getLong("attendances"),
					rs.getLong("ratings"), rs.getObject("average", Double.class)))
			.list();
	}
}
