package org.luoshi.legalservice.experts.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.luoshi.legalservice.experts.DisputeOutcome;
import org.luoshi.legalservice.experts.QuestionCommands.OtherParty;
import org.luoshi.legalservice.experts.QuestionDetails;
import org.luoshi.legalservice.experts.QuestionStatus;
import org.luoshi.shared.Actor;
import org.luoshi.shared.ConflictException;
import org.luoshi.shared.database.Columns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/** The question tables: a question read whole and locked, written back in one statement, its timeline, its number. */
@Component
class QuestionRows {

	static final String COLUMNS = """
			q.id, q.number, q.enterprise_id, q.subject, q.text, q.specialty, q.parties::text AS parties, q.major, q.status, q.expert_id,
			q.assigned_at, q.opinion, q.submitted_at, q.review_comment, q.reviewed_by_name, q.reviewed_at, q.signed_at, q.outcome,
			q.outcome_on, q.outcome_note, q.last_update_at, q.reminded_at, q.closed_at, q.asked_by, q.asked_by_name, q.asked_at, q.version""";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	QuestionRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(String number, long enterpriseId, String subject, String text, String specialty, List<OtherParty> parties, boolean major,
			Instant at, Actor actor) {
		return jdbc.sql("""
				INSERT INTO expert_question (number, enterprise_id, subject, text, specialty, parties, major, status, last_update_at,
				    asked_by, asked_by_name, asked_at)
				VALUES (?, ?, ?, ?, ?, ?::jsonb, ?, 'WAITING', ?, ?, ?, ?) RETURNING id""")
			.params(number, enterpriseId, subject, text, specialty, JSON.writeValueAsString(parties), major, Timestamp.from(at),
					actor.accountId(), actor.displayName(), Timestamp.from(at))
			.query(Long.class)
			.single();
	}

	/** The next number of the year ({@code ZJ2026-0003}); the row lock orders numbers of concurrent questions. */
	String nextNumber(int year) {
		int next = jdbc.sql("""
				INSERT INTO expert_question_number (year, last) VALUES (?, 1)
				ON CONFLICT (year) DO UPDATE SET last = expert_question_number.last + 1
				RETURNING last""")
			.param(year)
			.query(Integer.class)
			.single();
		return "ZJ%d-%04d".formatted(year, next);
	}

	Optional<Question> find(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM expert_question q WHERE q.id = ?").param(id).query(QuestionRows::question).optional();
	}

	List<Question> find(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT " + COLUMNS + " FROM expert_question q WHERE q.id IN (:ids)").param("ids", ids).query(QuestionRows::question).list();
	}

	/** The question whole, locked until the transaction ends: the command path's one read of it. */
	Optional<Question> lock(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM expert_question q WHERE q.id = ? FOR UPDATE").param(id).query(QuestionRows::question)
			.optional();
	}

	/** The questions matching the filter, newest first; the caller narrows them further by its visibility rule in SQL. */
	List<Question> list(String where, Map<String, Object> params) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM expert_question q WHERE " + where + " ORDER BY q.asked_at DESC, q.id DESC LIMIT 500")
			.params(params)
			.query(QuestionRows::question)
			.list();
	}

	/** Open questions per expert: those in their hands and not yet signed. */
	Map<Long, Long> openPerExpert() {
		Map<Long, Long> counts = new LinkedHashMap<>();
		jdbc.sql("SELECT expert_id, count(*) AS n FROM expert_question WHERE expert_id IS NOT NULL AND status IN ('ASSIGNED', 'SUBMITTED', "
				+ "'RETURNED', 'APPROVED') GROUP BY expert_id")
			.query((rs, n) -> counts.put(rs.getLong("expert_id"), rs.getLong("n")))
			.list();
		return counts;
	}

	void save(Question q) {
		int updated = jdbc.sql("""
				UPDATE expert_question SET status = :status, expert_id = :expert, assigned_at = :assignedAt, opinion = :opinion,
				    submitted_at = :submittedAt, review_comment = :comment, reviewed_by_name = :reviewedBy, reviewed_at = :reviewedAt,
				    signed_at = :signedAt, outcome = :outcome, outcome_on = :outcomeOn, outcome_note = :outcomeNote,
				    last_update_at = :lastUpdate, reminded_at = :remindedAt, closed_at = :closedAt, version = version + 1
				WHERE id = :id AND version = :version""")
			.param("status", q.status().name())
			.param("expert", q.expertId())
			.param("assignedAt", timestamp(q.assignedAt()))
			.param("opinion", q.opinion())
			.param("submittedAt", timestamp(q.submittedAt()))
			.param("comment", q.reviewComment())
			.param("reviewedBy", q.reviewedByName())
			.param("reviewedAt", timestamp(q.reviewedAt()))
			.param("signedAt", timestamp(q.signedAt()))
			.param("outcome", q.outcome() == null ? null : q.outcome().name())
			.param("outcomeOn", q.outcomeOn())
			.param("outcomeNote", q.outcomeNote())
			.param("lastUpdate", timestamp(q.lastUpdateAt()))
			.param("remindedAt", timestamp(q.remindedAt()))
			.param("closedAt", timestamp(q.closedAt()))
			.param("id", q.id())
			.param("version", q.version())
			.update();
		if (updated != 1) {
			throw ConflictException.staleVersion();
		}
	}

	long appendEvent(long questionId, QuestionEvent event, Actor actor, Instant at) {
		Map<String, Object> plain = new LinkedHashMap<>();
		event.data().forEach((key, value) -> plain.put(key, value instanceof Number || value instanceof Boolean ? value : String.valueOf(value)));
		return jdbc.sql("""
				INSERT INTO expert_question_event (question_id, kind, at, account_id, actor_name, text, data)
				VALUES (?, ?, ?, ?, ?, ?, ?::json) RETURNING id""")
			.params(questionId, event.kind(), Timestamp.from(at), actor.accountId(), actor.displayName(), event.text(),
					JSON.writeValueAsString(plain))
			.query(Long.class)
			.single();
	}

	/** The timeline, oldest first; the facts kept are the message's arguments, in order. */
	@SuppressWarnings("unchecked")
	List<QuestionDetails.QuestionTimelineEntry> timeline(long questionId) {
		return jdbc.sql("SELECT id, kind, at, actor_name, text, data::text AS data FROM expert_question_event WHERE question_id = ? ORDER BY at, id")
			.param(questionId)
			.query((rs, n) -> {
				Map<String, Object> data = JSON.readValue(rs.getString("data"), LinkedHashMap.class);
				List<String> arguments = new ArrayList<>();
				data.values().forEach(value -> arguments.add(String.valueOf(value)));
				return new QuestionDetails.QuestionTimelineEntry(rs.getLong("id"), rs.getString("kind"), rs.getTimestamp("at").toInstant(),
						rs.getString("actor_name"), rs.getString("text"), arguments);
			})
			.list();
	}

	static Question question(ResultSet rs, int row) throws SQLException {
		List<OtherParty> parties = List.of(JSON.readValue(rs.getString("parties"), OtherParty[].class));
		return new Question(rs.getLong("id"), rs.getString("number"), rs.getLong("enterprise_id"), rs.getString("subject"), rs.getString("text"),
				rs.getString("specialty"), parties, rs.getBoolean("major"), QuestionStatus.valueOf(rs.getString("status")),
				rs.getObject("expert_id", Long.class), Columns.instant(rs, "assigned_at"), rs.getString("opinion"),
				Columns.instant(rs, "submitted_at"), rs.getString("review_comment"), rs.getString("reviewed_by_name"),
				Columns.instant(rs, "reviewed_at"), Columns.instant(rs, "signed_at"),
				rs.getString("outcome") == null ? null : DisputeOutcome.valueOf(rs.getString("outcome")), rs.getObject("outcome_on", LocalDate.class),
				rs.getString("outcome_note"), Columns.instant(rs, "last_update_at"), Columns.instant(rs, "reminded_at"),
				Columns.instant(rs, "closed_at"), rs.getObject("asked_by", Long.class), rs.getString("asked_by_name"),
				Columns.instant(rs, "asked_at"), rs.getInt("version"));
	}

	private static Timestamp timestamp(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}
}
