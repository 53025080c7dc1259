package org.luoshi.supervision.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables {@code extension_request} and {@code supervision_notice}. */
@Repository
class FollowUpRows {

	private final JdbcClient jdbc;

	FollowUpRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long requestExtension(long taskId, long unitId, Long requestedBy, LocalDate current, LocalDate requested, String reason) {
		return jdbc.sql("INSERT INTO extension_request (task_id, unit_id, requested_by, current_deadline, requested_deadline, reason) "
				+ "VALUES (?, ?, ?, ?, ?, ?) RETURNING id")
			.params(taskId, unitId, requestedBy, current, requested, reason)
			.query(Long.class)
			.single();
	}

	/** How a pending extension ends: decided by the issuer, or withdrawn because the task was finished first. */
	enum ExtensionOutcome {
		APPROVED, REJECTED, WITHDRAWN
	}

	void decidePending(long taskId, ExtensionOutcome outcome, Long decidedBy, String note) {
		jdbc.sql("UPDATE extension_request SET status = ?, decided_by = ?, decided_at = now(), decision_note = ? "
				+ "WHERE task_id = ? AND status = 'PENDING'")
			.params(outcome.name(), decidedBy, note, taskId)
			.update();
	}

	record Notice(long id, long taskId, int year, int seq, String number, long unitId, String issues, String requirements,
			LocalDate replyDue, long issuerUnitId, Long issuedBy, String issuerName, Instant issuedAt, Instant answeredAt) {
	}

	/** The next number of the year; the unique (year, seq) key turns a race between two issuers into a retry-able error. */
	int nextNoticeSeq(int year) {
		jdbc.sql("SELECT pg_advisory_xact_lock(?, ?)").params(0x4475, year).query(Object.class).single();
		return jdbc.sql("SELECT COALESCE(max(seq), 0) + 1 FROM supervision_notice WHERE year = ?").param(year).query(Integer.class).single();
	}

	long insertNotice(long taskId, int year, int seq, String number, long unitId, String issues, String requirements, LocalDate replyDue,
			long issuerUnitId, Long issuedBy, String issuerName) {
		return jdbc.sql("INSERT INTO supervision_notice (task_id, year, seq, number, unit_id, issues, requirements, reply_due, "
				+ "issuer_unit_id, issued_by, issuer_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")
			.params(taskId, year, seq, number, unitId, issues, requirements, replyDue, issuerUnitId, issuedBy, issuerName)
			.query(Long.class)
			.single();
	}

	private static final String NOTICE = "SELECT id, task_id, year, seq, number, unit_id, issues, requirements, reply_due, issuer_unit_id, "
			+ "issued_by, issuer_name, issued_at, answered_at FROM supervision_notice";

	Optional<Notice> notice(long id) {
		return jdbc.sql(NOTICE + " WHERE id = ?").param(id).query(FollowUpRows::notice).optional();
	}

	List<Notice> notices(long taskId) {
		return jdbc.sql(NOTICE + " WHERE task_id = ? ORDER BY id").param(taskId).query(FollowUpRows::notice).list();
	}

	/** A progress report answers every notice of the task still waiting for one. */
	void answerNotices(long taskId) {
		jdbc.sql("UPDATE supervision_notice SET answered_at = now() WHERE task_id = ? AND answered_at IS NULL").param(taskId).update();
	}

	private static Notice notice(ResultSet rs, int row) throws SQLException {
		return new Notice(rs.getLong("id"), rs.getLong("task_id"), rs.getInt("year"), rs.getInt("seq"), rs.getString("number"),
				rs.getLong("unit_id"), rs.getString("issues"), rs.getString("requirements"), rs.getObject("reply_due", LocalDate.class),
				rs.getLong("issuer_unit_id"), (Long) rs.getObject("issued_by"), rs.getString("issuer_name"),
				TaskRows.instant(rs, "issued_at"), TaskRows.instant(rs, "answered_at"));
	}
}
