package org.luoshi.supervision.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.luoshi.shared.Actor;
import org.luoshi.supervision.EvidenceFile;
import org.luoshi.supervision.Light;
import org.luoshi.supervision.TaskEventKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/** The tables {@code task_event} (a task's timeline) and {@code evidence_file}. */
@Repository
class TimelineRows {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	TimelineRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** What an entry says besides its text: lights, deadlines, a notice number, whether the system did it. */
	record Data(Light fromLight, Light toLight, LocalDate deadline, String reference, Long noticeId, boolean automatic) {

		static final Data NONE = new Data(null, null, null, null, null, false);

		static Data deadline(LocalDate deadline) {
			return new Data(null, null, deadline, null, null, false);
		}

		static Data light(Light from, Light to) {
			return new Data(from, to, null, null, null, true);
		}

		Map<String, Object> toMap() {
			Map<String, Object> map = new LinkedHashMap<>();
			if (fromLight != null) {
				map.put("fromLight", fromLight.name());
			}
			if (toLight != null) {
				map.put("toLight", toLight.name());
			}
			if (deadline != null) {
				map.put("deadline", deadline.toString());
			}
			if (reference != null) {
				map.put("reference", reference);
			}
			if (noticeId != null) {
				map.put("noticeId", noticeId);
			}
			if (automatic) {
				map.put("automatic", true);
			}
			return map;
		}

		@SuppressWarnings("unchecked")
		static Data of(String json) {
			Map<String, Object> map = json == null ? Map.of() : JSON.readValue(json, Map.class);
			return new Data(light(map.get("fromLight")), light(map.get("toLight")),
					map.get("deadline") == null ? null : LocalDate.parse((String) map.get("deadline")), (String) map.get("reference"),
					map.get("noticeId") == null ? null : ((Number) map.get("noticeId")).longValue(),
					Boolean.TRUE.equals(map.get("automatic")));
		}

		private static Light light(Object value) {
			return value == null ? null : Light.valueOf((String) value);
		}
	}

	long append(long taskId, TaskEventKind kind, Actor actor, Long unitId, String text, Integer percent, Data data) {
		return jdbc.sql("INSERT INTO task_event (task_id, kind, actor_account_id, actor_name, unit_id, text, percent, data) "
				+ "VALUES (:task, :kind, :account, :name, :unit, :text, :percent, CAST(:data AS jsonb)) RETURNING id")
			.param("task", taskId)
			.param("kind", kind.name())
			.param("account", actor.accountId())
			.param("name", actor.displayName())
			.param("unit", unitId)
			.param("text", text)
			.param("percent", percent)
			.param("data", JSON.writeValueAsString(data.toMap()))
			.query(Long.class)
			.single();
	}

	record Event(long id, long taskId, TaskEventKind kind, Long actorAccountId, String actorName, Long unitId, String text,
			Integer percent, Data data, java.time.Instant createdAt) {
	}

	List<Event> events(long taskId) {
		return jdbc.sql("SELECT id, task_id, kind, actor_account_id, actor_name, unit_id, text, percent, data::text AS data, created_at "
				+ "FROM task_event WHERE task_id = ? ORDER BY id")
			.param(taskId)
			.query(TimelineRows::event)
			.list();
	}

	private static Event event(ResultSet rs, int row) throws SQLException {
		return new Event(rs.getLong("id"), rs.getLong("task_id"), TaskEventKind.valueOf(rs.getString("kind")),
				(Long) rs.getObject("actor_account_id"), rs.getString("actor_name"), (Long) rs.getObject("unit_id"), rs.getString("text"),
				(Integer) rs.getObject("percent"), Data.of(rs.getString("data")), TaskRows.instant(rs, "created_at"));
	}

	// ----- evidence

	long storeEvidence(String name, String contentType, byte[] content, String sha256, Long uploadedBy, Instant uploadedAt) {
		return jdbc.sql("INSERT INTO evidence_file (name, content_type, size, sha256, content, uploaded_by, uploaded_at) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id")
			.params(name, contentType, content.length, sha256, content, uploadedBy, java.sql.Timestamp.from(uploadedAt))
			.query(Long.class)
			.single();
	}

	private static final String EVIDENCE = "id, name, content_type, size, sha256, uploaded_at";

	Optional<EvidenceFile> evidence(long id) {
		return jdbc.sql("SELECT " + EVIDENCE + " FROM evidence_file WHERE id = ?").param(id).query(TimelineRows::file).optional();
	}

	record StoredEvidence(EvidenceFile file, Long taskId, Long eventId, Long uploadedBy, byte[] content) {
	}

	Optional<StoredEvidence> evidenceWithContent(long id) {
		return jdbc.sql("SELECT " + EVIDENCE + ", task_id, event_id, uploaded_by, content FROM evidence_file WHERE id = ?")
			.param(id)
			.query((rs, row) -> new StoredEvidence(file(rs, row), (Long) rs.getObject("task_id"), (Long) rs.getObject("event_id"),
					(Long) rs.getObject("uploaded_by"), rs.getBytes("content")))
			.optional();
	}

	/** The actor's own files that no report uses yet, among {@code ids}; the rest are not theirs to attach. */
	List<Long> attachable(Collection<Long> ids, Long accountId) {
		if (ids.isEmpty() || accountId == null) {
			return List.of();
		}
		return jdbc.sql("SELECT id FROM evidence_file WHERE id IN (:ids) AND event_id IS NULL AND uploaded_by = :account")
			.param("ids", ids)
			.param("account", accountId)
			.query(Long.class)
			.list();
	}

	void attach(Collection<Long> ids, long taskId, long eventId) {
		if (!ids.isEmpty()) {
			jdbc.sql("UPDATE evidence_file SET task_id = :task, event_id = :event WHERE id IN (:ids) AND event_id IS NULL")
				.param("task", taskId)
				.param("event", eventId)
				.param("ids", ids)
				.update();
		}
	}

	List<EvidenceFile> unattached(long accountId) {
		return jdbc.sql("SELECT " + EVIDENCE + " FROM evidence_file WHERE uploaded_by = ? AND event_id IS NULL ORDER BY id")
			.param(accountId)
			.query(TimelineRows::file)
			.list();
	}

	/** The files of each event of a task. */
	Map<Long, List<EvidenceFile>> evidenceByEvent(long taskId) {
		Map<Long, List<EvidenceFile>> files = new LinkedHashMap<>();
		jdbc.sql("SELECT " + EVIDENCE + ", event_id FROM evidence_file WHERE task_id = ? ORDER BY id")
			.param(taskId)
			.query((rs, row) -> {
				files.computeIfAbsent(rs.getLong("event_id"), key -> new ArrayList<>()).add(file(rs, row));
				return null;
			})
			.list();
		return files;
	}

	private static EvidenceFile file(ResultSet rs, int row) throws SQLException {
		return new EvidenceFile(rs.getLong("id"), rs.getString("name"), rs.getString("content_type"), rs.getLong("size"),
				rs.getString("sha256"), TaskRows.instant(rs, "uploaded_at"));
	}
}
