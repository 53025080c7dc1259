package org.luoshi.reports.internal.drafts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.luoshi.reports.DeploymentDraft;
import org.luoshi.reports.Report;
import org.luoshi.reports.ReportDrafts.ReportSummary;
import org.luoshi.reports.ReportStatus;
import org.luoshi.shared.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The {@code report} table; the draft goes in and out as JSON. */
@Repository
class ReportRows {

	/**
	 * Drafts are stored as the record they were when saved: one stored before a field was added reads it as absent
	 * (an empty list, {@code false}, {@code null}), never as an error — e.g. {@code deadlinePast} and
	 * {@code unitMatches} of a task, which {@link ReportDraftService} matches as it reads such a draft.
	 */
	private static final JsonMapper JSON = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();
	private static final String COLUMNS = "id, title, document_date, source_name, source_text, draft::text AS draft, status, "
			+ "created_by, unit_id, version, created_at, updated_at, confirmed_at, confirmed_by";

	private final JdbcClient jdbc;

	ReportRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(String title, LocalDate date, String sourceName, String sourceText, DeploymentDraft draft, Long createdBy,
			Long unitId) {
		return jdbc.sql("INSERT INTO report (title, document_date, source_name, source_text, draft, created_by, unit_id) "
				+ "VALUES (:title, :date, :sourceName, :sourceText, CAST(:draft AS jsonb), :createdBy, :unitId) RETURNING id")
			.param("title", title)
			.param("date", date)
			.param("sourceName", sourceName)
			.param("sourceText", sourceText)
			.param("draft", JSON.writeValueAsString(draft))
			.param("createdBy", createdBy)
			.param("unitId", unitId)
			.query(Long.class)
			.single();
	}

	/** The draft as it reads back once stored: written as the JSON of the column and read again. */
	static DeploymentDraft asStored(DeploymentDraft draft) {
		return JSON.readValue(JSON.writeValueAsString(draft), DeploymentDraft.class);
	}

	Optional<Report> find(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM report WHERE id = ?").param(id).query(ReportRows::report).optional();
	}

	/** Replaces the draft if nobody saved since {@code version}; false when someone did. */
	boolean updateDraft(long id, int version, DeploymentDraft draft) {
		return changeDraft(id, version, "draft = CAST(:value AS jsonb)", JSON.writeValueAsString(draft));
	}

	boolean rename(long id, int version, String title) {
		return changeDraft(id, version, "title = :value", title);
	}

	boolean discard(long id, int version, Long discardedBy) {
		return changeDraft(id, version, "status = 'DISCARDED', discarded_at = now(), discarded_by = :value", discardedBy);
	}

	boolean confirm(long id, int version, Long confirmedBy) {
		return changeDraft(id, version, "status = 'CONFIRMED', confirmed_at = now(), confirmed_by = :value", confirmedBy);
	}

	/**
	 * Every change of a report is one of its draft's, made only if it is still a draft and nobody saved since
	 * {@code version}: false otherwise. {@code assignments} set the columns from {@code :value}.
	 */
	private boolean changeDraft(long id, int version, String assignments, Object value) {
		return jdbc.sql("UPDATE report SET " + assignments + ", version = version + 1, updated_at = now() "
				+ "WHERE id = :id AND version = :version AND status = 'DRAFT'")
			.param("value", value)
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

	/** {@code units} null: every report; otherwise those of these units (a scoped actor's subtree). */
	List<ReportSummary> list(Collection<Long> units, PageQuery page) {
		String column = switch (page.sortField()) {
			case "title" -> "title";
			case "documentDate" -> "document_date";
			default -> "created_at";
		};
		return jdbc.sql("SELECT id, title, document_date, status, jsonb_array_length(draft -> 'tasks') AS tasks, created_at "
				+ "FROM report " + where(units) + " ORDER BY " + column + " " + page.direction() + " NULLS LAST, id DESC "
				+ "LIMIT :limit OFFSET :offset")
			.params(units == null ? java.util.Map.of() : java.util.Map.of("units", units))
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, row) -> new ReportSummary(rs.getLong("id"), rs.getString("title"), date(rs, "document_date"),
					ReportStatus.valueOf(rs.getString("status")), rs.getInt("tasks"), instant(rs, "created_at")))
			.list();
	}

	long count(Collection<Long> units) {
		return jdbc.sql("SELECT count(*) FROM report " + where(units))
			.params(units == null ? java.util.Map.of() : java.util.Map.of("units", units))
			.query(Long.class)
			.single();
	}

	private static String where(Collection<Long> units) {
		return "WHERE status <> 'DISCARDED'" + (units == null ? "" : " AND unit_id IN (:units)");
	}

	private static Report report(ResultSet rs, int row) throws SQLException {
		return new Report(rs.getLong("id"), rs.getString("title"), date(rs, "document_date"), rs.getString("source_name"),
				rs.getString("source_text"), JSON.readValue(rs.getString("draft"), DeploymentDraft.class),
				ReportStatus.valueOf(rs.getString("status")), (Long) rs.getObject("created_by"), (Long) rs.getObject("unit_id"),
				rs.getInt("version"), instant(rs, "created_at"), instant(rs, "updated_at"), instant(rs, "confirmed_at"),
				(Long) rs.getObject("confirmed_by"));
	}

	private static LocalDate date(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, LocalDate.class);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}
}
