package org.luoshi.supervision.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.luoshi.shared.PageQuery;
import org.luoshi.supervision.TaskSource;
import org.luoshi.supervision.SupervisionBoards;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code goal} table, with its tasks counted. */
@Repository
public class GoalRows {

	private final JdbcClient jdbc;

	GoalRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record GoalRecord(long id, String title, String description, TaskSource source, String sourceRef, int year, String indicator,
			BigDecimal targetValue, String targetUnit, String comparator, LocalDate targetDeadline, String boundIndicator,
			String boundPlace, long ownerUnitId, boolean published, Long createdBy, int version, Instant createdAt, Instant updatedAt, int tasks, int closed, int red,
			int yellow, int drafts, int percent) {
	}

	record NewGoal(String title, String description, TaskSource source, String sourceRef, int year, String indicator,
			BigDecimal targetValue, String targetUnit, String comparator, LocalDate targetDeadline, String boundIndicator,
			String boundPlace, long ownerUnitId, boolean published, Long createdBy) {
	}

	/**
	 * Goals with their top-level tasks counted; only the tasks that meet {@code visibleTasks} (a condition on {@code t}),
	 * so that a reader's totals count what the reader may see.
	 */
	private static String select(String visibleTasks) {
		return "SELECT g.*, c.tasks, c.closed, c.red, c.yellow, c.drafts, c.percent FROM goal g "
				+ "CROSS JOIN LATERAL (SELECT count(*) FILTER (WHERE t.status <> 'CANCELLED') AS tasks, "
				+ "count(*) FILTER (WHERE t.status = 'CLOSED') AS closed, "
				+ "count(*) FILTER (WHERE t.light = 'RED' AND t.status IN (" + TaskLifecycle.OPEN_SQL + ")) AS red, "
				+ "count(*) FILTER (WHERE t.light = 'YELLOW' AND t.status IN (" + TaskLifecycle.OPEN_SQL + ")) AS yellow, "
				+ "count(*) FILTER (WHERE t.status = 'DRAFT') AS drafts, "
				+ "COALESCE(round(avg(CASE WHEN t.status = 'CLOSED' THEN 100 ELSE t.percent END) "
				+ "FILTER (WHERE t.status NOT IN ('CANCELLED', 'DRAFT'))), 0) AS percent "
				+ "FROM task t WHERE t.goal_id = g.id AND t.parent_id IS NULL" + (visibleTasks == null ? "" : " AND " + visibleTasks) + ") c";
	}

	/** Every task counted: for the goal's owner and the services. */
	private static final String SELECT = select(null);

	/** The tasks a scoped reader sees counted ({@code :scope}). */
	private static final String SELECT_IN_SCOPE = select(TaskRows.SCOPE);

	long insert(NewGoal goal) {
		return jdbc.sql("INSERT INTO goal (title, description, source, source_ref, year, indicator, target_value, target_unit, comparator, "
				+ "target_deadline, bound_indicator, bound_place, owner_unit_id, published, created_by) VALUES (:title, :description, :source, "
				+ ":sourceRef, :year, :indicator, :value, :unit, :comparator, :deadline, :boundIndicator, :boundPlace, :owner, :published, "
				+ ":createdBy) RETURNING id")
			.param("title", goal.title())
			.param("description", goal.description())
			.param("source", goal.source().name())
			.param("sourceRef", goal.sourceRef())
			.param("year", goal.year())
			.param("indicator", goal.indicator())
			.param("value", goal.targetValue())
			.param("unit", goal.targetUnit())
			.param("comparator", goal.comparator())
			.param("deadline", goal.targetDeadline())
			.param("boundIndicator", goal.boundIndicator())
			.param("boundPlace", goal.boundPlace())
			.param("owner", goal.ownerUnitId())
			.param("published", goal.published())
			.param("createdBy", goal.createdBy())
			.query(Long.class)
			.single();
	}

	public Optional<GoalRecord> find(long id) {
		return jdbc.sql(SELECT + " WHERE g.id = ?").param(id).query(GoalRows::record).optional();
	}

	/** The goal with the tasks {@code scope} sees counted; {@code scope} null is the whole district. */
	Optional<GoalRecord> find(long id, List<Long> scope) {
		if (scope == null) {
			return find(id);
		}
		return jdbc.sql(SELECT_IN_SCOPE + " WHERE g.id = :id").param("id", id).param("scope", scope.isEmpty() ? List.of(-1L) : scope)
			.query(GoalRows::record).optional();
	}

	Optional<Long> findByReport(long reportId) {
		return jdbc.sql("SELECT id FROM goal WHERE source = 'REPORT' AND source_ref = ?")
			.param(String.valueOf(reportId))
			.query(Long.class)
			.optional();
	}

	boolean update(long id, int version, String title, String description, int year, String indicator, BigDecimal targetValue,
			String targetUnit, String comparator, LocalDate targetDeadline, String boundIndicator, String boundPlace, boolean published) {
		return jdbc.sql("UPDATE goal SET title = :title, description = :description, year = :year, indicator = :indicator, "
				+ "target_value = :value, target_unit = :unit, comparator = :comparator, target_deadline = :deadline, "
				+ "bound_indicator = :boundIndicator, bound_place = :boundPlace, "
				+ "published = :published, version = version + 1, updated_at = now() WHERE id = :id AND version = :version")
			.param("title", title)
			.param("description", description)
			.param("year", year)
			.param("indicator", indicator)
			.param("value", targetValue)
			.param("unit", targetUnit)
			.param("comparator", comparator)
			.param("deadline", targetDeadline)
			.param("boundIndicator", boundIndicator)
			.param("boundPlace", boundPlace)
			.param("published", published)
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

	/** Goals owned within the scope or with a task the scope sees; {@code scope} null is every goal. */
	List<GoalRecord> list(Integer year, List<Long> scope, PageQuery page) {
		Where where = where(year, scope);
		return jdbc.sql((scope == null ? SELECT : SELECT_IN_SCOPE) + where.sql() + " ORDER BY g.year DESC, g.created_at DESC, g.id DESC LIMIT :limit OFFSET :offset")
			.params(where.params())
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(GoalRows::record)
			.list();
	}

	/** The newest goals' ids, years and titles, without their counts: what a goal filter offers. */
	public List<SupervisionBoards.GoalChoice> choices(List<Long> scope, int limit) {
		Where where = where(null, scope);
		return jdbc.sql("SELECT g.id, g.year, g.title FROM goal g" + where.sql() + " ORDER BY g.year DESC, g.created_at DESC, g.id DESC LIMIT :limit")
			.params(where.params())
			.param("limit", limit)
			.query((rs, row) -> new SupervisionBoards.GoalChoice(rs.getLong("id"), rs.getInt("year"), rs.getString("title")))
			.list();
	}

	long count(Integer year, List<Long> scope) {
		Where where = where(year, scope);
		return jdbc.sql("SELECT count(*) FROM goal g" + where.sql()).params(where.params()).query(Long.class).single();
	}

	/** Whether a scoped actor sees the goal ({@code scope}: their subtree's unit ids). */
	boolean visible(long id, List<Long> scope) {
		Where where = where(null, java.util.Objects.requireNonNull(scope));
		return jdbc.sql("SELECT count(*) FROM goal g" + where.sql() + " AND g.id = :id").params(where.params()).param("id", id)
			.query(Long.class)
			.single() > 0;
	}

	/** Published goals with their issued tasks counted: the public never sees drafts. */
	public List<GoalRecord> published() {
		return jdbc.sql(select("t.status <> 'DRAFT'") + " WHERE g.published ORDER BY g.year DESC, g.id").query(GoalRows::record).list();
	}

	private record Where(String sql, Map<String, Object> params) {
	}

	private static Where where(Integer year, List<Long> scope) {
		java.util.List<String> conditions = new java.util.ArrayList<>();
		Map<String, Object> params = new java.util.HashMap<>();
		if (year != null) {
			conditions.add("g.year = :year");
			params.put("year", year);
		}
		if (scope != null) {
			conditions.add("(g.owner_unit_id IN (:scope) OR EXISTS (SELECT 1 FROM task t JOIN task_unit s ON s.task_id = t.id "
					+ "WHERE t.goal_id = g.id AND t.status <> 'DRAFT' AND s.unit_id IN (:scope)))");
			params.put("scope", scope.isEmpty() ? List.of(-1L) : scope);
		}
		return new Where(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), params);
	}

	private static GoalRecord record(ResultSet rs, int row) throws SQLException {
		return new GoalRecord(rs.getLong("id"), rs.getString("title"), rs.getString("description"),
				TaskSource.valueOf(rs.getString("source")), rs.getString("source_ref"), rs.getInt("year"), rs.getString("indicator"),
				rs.getBigDecimal("target_value"), rs.getString("target_unit"), rs.getString("comparator"),
				rs.getObject("target_deadline", LocalDate.class), rs.getString("bound_indicator"), rs.getString("bound_place"),
				rs.getLong("owner_unit_id"), rs.getBoolean("published"),
				(Long) rs.getObject("created_by"), rs.getInt("version"), TaskRows.instant(rs, "created_at"),
				TaskRows.instant(rs, "updated_at"), rs.getInt("tasks"), rs.getInt("closed"), rs.getInt("red"), rs.getInt("yellow"),
				rs.getInt("drafts"), rs.getInt("percent"));
	}
}
