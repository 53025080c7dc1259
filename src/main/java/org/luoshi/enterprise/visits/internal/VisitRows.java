package org.luoshi.enterprise.visits.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.luoshi.enterprise.visits.VisitKind;
import org.luoshi.enterprise.visits.VisitStatus;
import org.luoshi.enterprise.visits.internal.VisitViews.EventView;
import org.luoshi.enterprise.visits.internal.VisitViews.PhotoContent;
import org.luoshi.enterprise.visits.internal.VisitViews.PhotoView;
import org.luoshi.shared.Actor;
import org.luoshi.shared.database.Like;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The visit tables ({@code visit}, {@code visit_enterprise}, {@code visit_event}, {@code visit_photo}) and their SQL vocabulary. */
@Component
class VisitRows {

	static final String COLUMNS = "v.id, v.kind, v.status, v.planned_date, v.visited_date, v.leader_name, v.leader_title, v.participants, "
			+ "v.unit_id, v.purpose, v.findings, v.cancel_reason, v.version, v.created_at, v.updated_at";
	/** The day a visit is for, as the list sorts and filters by it. */
	static final String DAY = "coalesce(v.visited_date, v.planned_date)";

	private final JdbcClient jdbc;

	VisitRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// ----- the aggregate

	/** The visit whole (row and enterprises), locked for a step. */
	Optional<Visit> lockWhole(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM visit v WHERE v.id = ? FOR UPDATE").param(id).query(this::row).optional()
			.map(row -> row.toVisit(enterprises(List.of(id)).getOrDefault(id, List.of())));
	}

	Optional<Visit> find(long id) {
		return load(List.of(id)).stream().findFirst();
	}

	/** Visits whole, in the order of {@code ids}. */
	List<Visit> load(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, Row> rows = new LinkedHashMap<>();
		jdbc.sql("SELECT " + COLUMNS + " FROM visit v WHERE v.id IN (:ids)").param("ids", ids).query(this::row).list()
			.forEach(row -> rows.put(row.id(), row));
		Map<Long, List<Visit.Covered>> covered = enterprises(ids);
		return ids.stream().filter(rows::containsKey).map(id -> rows.get(id).toVisit(covered.getOrDefault(id, List.of()))).toList();
	}

	long insert(Visit visit, Long createdBy) {
		long id = jdbc.sql("""
				INSERT INTO visit (kind, status, planned_date, visited_date, leader_name, leader_title, participants, unit_id, purpose,
				                   findings, created_by, created_at, updated_at)
				VALUES (:kind, :status, :planned, :visited, :leader, :title, CAST(:participants AS varchar[]), :unit, :purpose, :findings,
				        :createdBy, :now, :now)
				RETURNING id""")
			.param("kind", visit.kind().name())
			.param("status", visit.status().name())
			.param("planned", visit.plannedDate())
			.param("visited", visit.visitedDate())
			.param("leader", visit.leaderName())
			.param("title", visit.leaderTitle())
			.param("participants", array(visit.participants()))
			.param("unit", visit.unitId())
			.param("purpose", visit.purpose())
			.param("findings", visit.findings())
			.param("createdBy", createdBy)
			.param("now", timestamp(visit.createdAt()))
			.query(Long.class)
			.single();
		writeEnterprises(id, visit.enterprises());
		return id;
	}

	/** Writes the visit's row and enterprises after a step; its version goes up by one. */
	void save(Visit visit) {
		jdbc.sql("""
				UPDATE visit SET kind = :kind, status = :status, planned_date = :planned, visited_date = :visited, leader_name = :leader,
				       leader_title = :title, participants = CAST(:participants AS varchar[]), unit_id = :unit, purpose = :purpose,
				       findings = :findings, cancel_reason = :reason, version = version + 1, updated_at = :now
				 WHERE id = :id""")
			.param("kind", visit.kind().name())
			.param("status", visit.status().name())
			.param("planned", visit.plannedDate())
			.param("visited", visit.visitedDate())
			.param("leader", visit.leaderName())
			.param("title", visit.leaderTitle())
			.param("participants", array(visit.participants()))
			.param("unit", visit.unitId())
			.param("purpose", visit.purpose())
			.param("findings", visit.findings())
			.param("reason", visit.cancelReason())
			.param("now", timestamp(visit.updatedAt()))
			.param("id", visit.id())
			.update();
		jdbc.sql("DELETE FROM visit_enterprise WHERE visit_id = ?").param(visit.id()).update();
		writeEnterprises(visit.id(), visit.enterprises());
	}

	private void writeEnterprises(long visitId, List<Visit.Covered> covered) {
		for (int i = 0; i < covered.size(); i++) {
			Visit.Covered one = covered.get(i);
			jdbc.sql("INSERT INTO visit_enterprise (visit_id, enterprise_id, position, enterprise_name, findings) VALUES (?, ?, ?, ?, ?)")
				.params(visitId, one.enterpriseId(), i, one.name(), one.findings())
				.update();
		}
	}

	private Map<Long, List<Visit.Covered>> enterprises(Collection<Long> visitIds) {
		Map<Long, List<Visit.Covered>> covered = new LinkedHashMap<>();
		jdbc.sql("SELECT visit_id, enterprise_id, enterprise_name, findings FROM visit_enterprise WHERE visit_id IN (:ids) "
				+ "ORDER BY visit_id, position")
			.param("ids", List.copyOf(visitIds))
			.query(rs -> {
				covered.computeIfAbsent(rs.getLong("visit_id"), id -> new ArrayList<>())
					.add(new Visit.Covered(rs.getLong("enterprise_id"), rs.getString("enterprise_name"), rs.getString("findings")));
			});
		return covered;
	}

	// ----- lists

	record Where(String sql, Map<String, Object> params) {
	}

	/** The filter within the scope ({@link VisitAccess.Scope#visibleUnits()}). */
	static Where where(VisitFilter filter, VisitAccess.Scope scope) {
		StringBuilder sql = new StringBuilder(" WHERE TRUE");
		Map<String, Object> params = new LinkedHashMap<>();
		scope.visibleUnits().ifPresent(units -> {
			if (units.isEmpty()) {
				sql.append(" AND FALSE");
			}
			else {
				sql.append(" AND v.unit_id IN (:scopeUnits)");
				params.put("scopeUnits", List.copyOf(units));
			}
		});
		if (filter.from() != null) {
			sql.append(" AND " + DAY + " >= :from");
			params.put("from", filter.from());
		}
		if (filter.to() != null) {
			sql.append(" AND " + DAY + " <= :to");
			params.put("to", filter.to());
		}
		if (filter.kind() != null) {
			sql.append(" AND v.kind = :kind");
			params.put("kind", filter.kind().name());
		}
		if (filter.status() != null) {
			sql.append(" AND v.status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.unitId() != null) {
			sql.append(" AND v.unit_id = :unit");
			params.put("unit", filter.unitId());
		}
		if (filter.enterprise() != null) {
			sql.append(" AND EXISTS (SELECT 1 FROM visit_enterprise ve WHERE ve.visit_id = v.id AND ve.enterprise_name ILIKE :enterprise)");
			params.put("enterprise", "%" + Like.escape(filter.enterprise()) + "%");
		}
		return new Where(sql.toString(), params);
	}

	static String order(String sortField, String direction) {
		return "updatedAt".equals(sortField) ? "v.updated_at " + direction + ", v.id " + direction
				: DAY + " " + direction + ", v.id " + direction;
	}

	long count(Where where) {
		return jdbc.sql("SELECT count(*) FROM visit v" + where.sql()).params(where.params()).query(Long.class).single();
	}

	List<Long> ids(Where where, String order, int limit, long offset) {
		return jdbc.sql("SELECT v.id FROM visit v" + where.sql() + " ORDER BY " + order + " LIMIT :limit OFFSET :offset")
			.params(where.params())
			.param("limit", limit)
			.param("offset", offset)
			.query(Long.class)
			.list();
	}

	/** The visits covering an enterprise, newest day first. */
	List<Long> idsCovering(long enterpriseId) {
		return jdbc.sql("SELECT v.id FROM visit v JOIN visit_enterprise ve ON ve.visit_id = v.id WHERE ve.enterprise_id = ? ORDER BY "
				+ DAY + " DESC, v.id DESC")
			.param(enterpriseId)
			.query(Long.class)
			.list();
	}

	// ----- the timeline

	long appendEvent(long visitId, String kind, Instant at, Actor actor, String text) {
		return jdbc.sql("INSERT INTO visit_event (visit_id, kind, at, actor_id, actor_name, text) VALUES (?, ?, ?, ?, ?, ?) RETURNING id")
			.params(visitId, kind, timestamp(at), actor.accountId(), actor.displayName(), text)
			.query(Long.class)
			.single();
	}

	List<EventView> events(long visitId) {
		return jdbc.sql("SELECT id, kind, at, actor_name, text FROM visit_event WHERE visit_id = ? ORDER BY id")
			.param(visitId)
			.query((rs, n) -> {
				String kind = rs.getString("kind");
				boolean edited = kind.equals("EDITED");
				return new EventView(rs.getLong("id"), kind, rs.getTimestamp("at").toInstant(), rs.getString("actor_name"),
						edited ? null : rs.getString("text"), edited ? VisitEvent.Edited.fieldsOf(rs.getString("text")) : List.of());
			})
			.list();
	}

	// ----- photos

	long insertPhoto(long visitId, long eventId, String name, String contentType, byte[] content, String sha256, Long uploadedBy, Instant at) {
		return jdbc.sql("""
				INSERT INTO visit_photo (visit_id, event_id, name, content_type, size, sha256, content, uploaded_by, uploaded_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(visitId, eventId, name, contentType, content.length, sha256, content, uploadedBy, timestamp(at))
			.query(Long.class)
			.single();
	}

	int photoCount(long visitId) {
		return jdbc.sql("SELECT count(*) FROM visit_photo WHERE visit_id = ?").param(visitId).query(Integer.class).single();
	}

	List<PhotoView> photos(long visitId) {
		return jdbc.sql("SELECT id, name, content_type, size, uploaded_at FROM visit_photo WHERE visit_id = ? ORDER BY id")
			.param(visitId)
			.query(VisitRows::photo)
			.list();
	}

	Optional<PhotoContent> photo(long visitId, long photoId) {
		return jdbc.sql("SELECT id, name, content_type, size, uploaded_at, sha256, content FROM visit_photo WHERE visit_id = ? AND id = ?")
			.params(visitId, photoId)
			.query((rs, n) -> new PhotoContent(photo(rs, n), rs.getString("sha256"), rs.getBytes("content")))
			.optional();
	}

	private static PhotoView photo(ResultSet rs, int n) throws SQLException {
		return new PhotoView(rs.getLong("id"), rs.getString("name"), rs.getString("content_type"), rs.getLong("size"),
				rs.getTimestamp("uploaded_at").toInstant());
	}

	// ----- helpers

	private record Row(long id, VisitKind kind, VisitStatus status, LocalDate planned, LocalDate visited, String leader, String title,
			List<String> participants, long unitId, String purpose, String findings, String reason, int version, Instant createdAt,
			Instant updatedAt) {

		Visit toVisit(List<Visit.Covered> covered) {
			return new Visit(id, kind, status, planned, visited, leader, title, participants, unitId, purpose, findings, reason, covered, version,
					createdAt, updatedAt);
		}
	}

	private Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getLong("id"), VisitKind.valueOf(rs.getString("kind")), VisitStatus.valueOf(rs.getString("status")),
				rs.getObject("planned_date", LocalDate.class), rs.getObject("visited_date", LocalDate.class), rs.getString("leader_name"),
				rs.getString("leader_title"), Arrays.stream((Object[]) rs.getArray("participants").getArray()).map(String.class::cast).toList(),
				rs.getLong("unit_id"), rs.getString("purpose"), rs.getString("findings"), rs.getString("cancel_reason"), rs.getInt("version"),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
	}

	/** A list as the text of a PostgreSQL array, each element quoted. */
	static String array(List<String> values) {
		return values.stream().map(value -> "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
			.collect(java.util.stream.Collectors.joining(",", "{", "}"));
	}

	static OffsetDateTime timestamp(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}
}
