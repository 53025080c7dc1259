package org.luoshi.legalservice.lectures.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.luoshi.shared.ConflictException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/** The lectures' rows: a lecture loaded whole (with its topics and registrations), written back, its timeline. */
@Component
class LectureRows {

	static final String COLUMNS = """
			l.id, l.title, l.description, l.point_id, l.point_name, l.park, l.venue, l.starts_at, l.ends_at, l.expert_id, l.expert_name,
			l.capacity, l.waiting_limit, l.status, l.held_at, l.version,
			ARRAY(SELECT t.topic_id FROM lecture_topic_link t WHERE t.lecture_id = l.id ORDER BY t.position) AS topic_ids""";

	private static final String REGISTRATION_COLUMNS = """
			id, enterprise_id, account_id, name, enterprise_name, phone, code, status, registered_at, queued_at, checked_in_at, rating,
			comment, rated_at""";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	LectureRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record NewLecture(String title, String description, long pointId, String pointName, String park, String venue, Instant startsAt,
			Instant endsAt, long expertId, String expertName, int capacity, int waitingLimit, LectureStatus status, Long scheduledBy,
			Instant scheduledAt, List<Long> topicIds) {
	}

	long insert(NewLecture lecture) {
		long id = jdbc.sql("""
				INSERT INTO lecture (title, description, point_id, point_name, park, venue, starts_at, ends_at, expert_id, expert_name, capacity,
				    waiting_limit, status, scheduled_by, scheduled_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(lecture.title(), lecture.description(), lecture.pointId(), lecture.pointName(), lecture.park(), lecture.venue(),
					Timestamp.from(lecture.startsAt()), Timestamp.from(lecture.endsAt()), lecture.expertId(), lecture.expertName(),
					lecture.capacity(), lecture.waitingLimit(), lecture.status().name(), lecture.scheduledBy(), Timestamp.from(lecture.scheduledAt()))
			.query(Long.class)
			.single();
		for (int i = 0; i < lecture.topicIds().size(); i++) {
			jdbc.sql("INSERT INTO lecture_topic_link (lecture_id, topic_id, position) VALUES (?, ?, ?)").params(id, lecture.topicIds().get(i), i)
				.update();
		}
		return id;
	}

	Optional<Lecture> find(long id) {
		return load(id, "");
	}

	/** The lecture whole, locked until the transaction ends. */
	Optional<Lecture> lock(long id) {
		return load(id, " FOR UPDATE OF l");
	}

	private Optional<Lecture> load(long id, String lock) {
		Optional<LectureHead> head = jdbc.sql("SELECT " + COLUMNS + " FROM lecture l WHERE l.id = ?" + lock).param(id).query(LectureRows::head)
			.optional();
		return head.map(found -> found.with(registrations(id)));
	}

	List<Lecture.Registration> registrations(long lectureId) {
		return jdbc.sql("SELECT " + REGISTRATION_COLUMNS + " FROM lecture_registration WHERE lecture_id = ? ORDER BY id")
			.param(lectureId)
			.query((rs, n) -> registration(rs))
			.list();
	}

	/** Lectures by id, without their registrations' details (for lists). */
	List<Lecture> heads(String where, Object... params) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM lecture l " + where).params(params).query(LectureRows::head).list().stream()
			.map(head -> head.with(List.of()))
			.toList();
	}

	long insertRegistration(long lectureId, Lecture.NewRegistration registration, RegistrationStatus status, Instant at) {
		return jdbc.sql("""
				INSERT INTO lecture_registration (lecture_id, enterprise_id, account_id, name, enterprise_name, phone, code, status,
				    registered_at, queued_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(lectureId, registration.enterpriseId(), registration.accountId(), registration.name(), registration.enterpriseName(),
					registration.phone(), registration.code(), status.name(), Timestamp.from(at), Timestamp.from(at))
			.query(Long.class)
			.single();
	}

	Lecture.Registration registration(long lectureId, long registrationId) {
		return jdbc.sql("SELECT " + REGISTRATION_COLUMNS + " FROM lecture_registration WHERE lecture_id = ? AND id = ?")
			.params(lectureId, registrationId)
			.query((rs, n) -> registration(rs))
			.single();
	}

	/** Writes the lecture's status and the registrations its step changed; a stale version is a conflict. */
	void save(Lecture lecture, Instant now) {
		int updated = jdbc.sql("UPDATE lecture SET status = ?, held_at = ?, version = version + 1 WHERE id = ? AND version = ?")
			.params(lecture.status().name(), lecture.heldAt() == null ? null : Timestamp.from(lecture.heldAt()), lecture.id(), lecture.version())
			.update();
		if (updated != 1) {
			throw ConflictException.staleVersion();
		}
		for (Lecture.Registration r : lecture.changedRegistrations()) {
			jdbc.sql("""
					UPDATE lecture_registration SET status = ?, checked_in_at = ?, rating = ?, comment = ?, rated_at = ?,
					    cancelled_at = CASE WHEN ? = 'CANCELLED' THEN coalesce(cancelled_at, ?) END,
					    promoted_at = CASE WHEN status = 'WAITING' AND ? = 'REGISTERED' THEN ? ELSE promoted_at END
					WHERE id = ?""")
				.params(r.status().name(), ts(r.checkedInAt()), r.rating(), r.comment(), ts(r.ratedAt()), r.status().name(), Timestamp.from(now),
						r.status().name(), Timestamp.from(now), r.id())
				.update();
		}
	}

	long appendEvent(long lectureId, LectureEvent event, Long actorId, String actorName, Instant at) {
		return jdbc.sql("INSERT INTO lecture_event (lecture_id, kind, data, actor_id, actor_name, at) VALUES (?, ?, CAST(? AS jsonb), ?, ?, ?) RETURNING id")
			.params(lectureId, event.kind(), pairs(event.data()), actorId, actorName, Timestamp.from(at))
			.query(Long.class)
			.single();
	}

	List<LectureTimelineEntry> timeline(long lectureId) {
		return jdbc.sql("SELECT id, kind, data::text AS data, actor_name, at FROM lecture_event WHERE lecture_id = ? ORDER BY at, id")
			.param(lectureId)
			.query((rs, n) -> new LectureTimelineEntry(rs.getLong("id"), rs.getString("kind"), readData(rs.getString("data")), rs.getString("actor_name"),
					rs.getTimestamp("at").toInstant()))
			.list();
	}

	/**
	 * The facts as a JSON array of {@code [name, value]} pairs: {@code jsonb} keeps an array's order, not an object's keys,
	 * and the timeline's message takes the facts in order.
	 */
	static String pairs(Map<String, Object> data) {
		List<List<String>> pairs = new ArrayList<>();
		data.forEach((key, value) -> pairs.add(java.util.Arrays.asList(key, value == null ? null : String.valueOf(value))));
		return JSON.writeValueAsString(pairs);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, String> readData(String json) {
		Map<String, String> data = new java.util.LinkedHashMap<>();
		for (List<String> pair : (List<List<String>>) JSON.readValue(json, List.class)) {
			data.put(pair.get(0), pair.get(1));
		}
		return data;
	}

	private record LectureHead(long id, String title, String description, long pointId, String pointName, String park, String venue,
			Instant startsAt, Instant endsAt, long expertId, String expertName, int capacity, int waitingLimit, LectureStatus status, Instant heldAt,
			int version, List<Long> topicIds) {

		Lecture with(List<Lecture.Registration> registrations) {
			return new Lecture(id, title, description, pointId, pointName, park, venue, startsAt, endsAt, expertId, expertName, capacity,
					waitingLimit, status, heldAt, version, topicIds, registrations);
		}
	}

	private static LectureHead head(ResultSet rs, int row) throws SQLException {
		return new LectureHead(rs.getLong("id"), rs.getString("title"), rs.getString("description"), rs.getLong("point_id"),
				rs.getString("point_name"), rs.getString("park"), rs.getString("venue"), rs.getTimestamp("starts_at").toInstant(),
				rs.getTimestamp("ends_at").toInstant(), rs.getLong("expert_id"), rs.getString("expert_name"), rs.getInt("capacity"),
				rs.getInt("waiting_limit"), LectureStatus.valueOf(rs.getString("status")), instant(rs, "held_at"), rs.getInt("version"),
				longs(rs.getArray("topic_ids")));
	}

	private static Lecture.Registration registration(ResultSet rs) throws SQLException {
		return new Lecture.Registration(rs.getLong("id"), rs.getObject("enterprise_id", Long.class), rs.getObject("account_id", Long.class),
				rs.getString("name"), rs.getString("enterprise_name"), rs.getString("phone"), rs.getString("code"),
				RegistrationStatus.valueOf(rs.getString("status")), instant(rs, "registered_at"), instant(rs, "queued_at"),
				instant(rs, "checked_in_at"), rs.getObject("rating", Integer.class), rs.getString("comment"), instant(rs, "rated_at"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

	private static Timestamp ts(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	static List<Long> longs(Array array) throws SQLException {
		if (array == null) {
			return List.of();
		}
		return new ArrayList<>(Arrays.stream((Object[]) array.getArray()).map(value -> ((Number) value).longValue()).toList());
	}
}
