package org.luoshi.supervision.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.luoshi.shared.PageQuery;
import org.luoshi.supervision.Light;
import org.luoshi.supervision.Priority;
import org.luoshi.supervision.ReportCycle;
import org.luoshi.supervision.TaskDetails.Milestone;
import org.luoshi.supervision.TaskFilter;
import org.luoshi.supervision.TaskSource;
import org.luoshi.supervision.TaskStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables {@code task}, {@code task_unit} and {@code milestone}. */
@Repository
class TaskRows {

	static final String COLUMNS = "t.id, t.goal_id, t.parent_id, t.seq, t.content, t.tags, t.targets::text AS targets, t.source, "
			+ "t.source_ref, t.issuer_unit_id, t.lead_unit_id, t.responsible_staff_id, t.deadline, t.original_deadline, t.priority, "
			+ "t.report_cycle, t.status, t.light, t.percent, t.progress_text, t.last_report_at, t.issued_at, t.issued_by, t.sign_due, "
			+ "t.signed_at, t.completion_requested_at, t.closed_at, t.last_reminded_at, t.published, t.created_by, t.version, "
			+ "t.created_at, t.updated_at";

	/** The 序号 as people write it: 3, or 3.2 for the second subtask of task 3. */
	static final String NUMBER = "CASE WHEN t.parent_id IS NULL THEN t.seq::text ELSE p.seq || '.' || t.seq END";

	private final JdbcClient jdbc;

	TaskRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record NewTask(long goalId, Long parentId, String content, List<String> tags, String targetsJson, TaskSource source,
			String sourceRef, long issuerUnitId, Long leadUnitId, Long responsibleStaffId, LocalDate deadline, Priority priority,
			ReportCycle reportCycle, boolean published, Long createdBy) {
	}

	long insert(NewTask task) {
		int seq = nextSeq(task.goalId(), task.parentId());
		return jdbc.sql("INSERT INTO task (goal_id, parent_id, seq, content, tags, targets, source, source_ref, issuer_unit_id, "
				+ "lead_unit_id, responsible_staff_id, deadline, priority, report_cycle, status, published, created_by) VALUES "
				+ "(:goal, :parent, :seq, :content, :tags, CAST(:targets AS jsonb), :source, :sourceRef, :issuer, :lead, :staff, "
				+ ":deadline, :priority, :cycle, 'DRAFT', :published, :createdBy) RETURNING id")
			.param("goal", task.goalId())
			.param("parent", task.parentId())
			.param("seq", seq)
			.param("content", task.content())
			.param("tags", task.tags().toArray(String[]::new))
			.param("targets", task.targetsJson() == null ? "[]" : task.targetsJson())
			.param("source", task.source().name())
			.param("sourceRef", task.sourceRef())
			.param("issuer", task.issuerUnitId())
			.param("lead", task.leadUnitId())
			.param("staff", task.responsibleStaffId())
			.param("deadline", task.deadline())
			.param("priority", task.priority().name())
			.param("cycle", task.reportCycle().name())
			.param("published", task.published())
			.param("createdBy", task.createdBy())
			.query(Long.class)
			.single();
	}

	private int nextSeq(long goalId, Long parentId) {
		// Serializes numbering within one goal, so that two tasks added at once never share a 序号.
		jdbc.sql("SELECT id FROM goal WHERE id = ? FOR UPDATE").param(goalId).query(Long.class).optional();
		return jdbc.sql("SELECT COALESCE(max(seq), 0) + 1 FROM task WHERE goal_id = :goal AND parent_id IS NOT DISTINCT FROM :parent")
			.param("goal", goalId)
			.param("parent", parentId)
			.query(Integer.class)
			.single();
	}

	Optional<TaskRecord> find(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM task t WHERE t.id = ?").param(id).query(TaskRows::record).optional();
	}

	/** The row locked for this transaction: steps on one task happen one after another. */
	Optional<TaskRecord> lock(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM task t WHERE t.id = ? FOR UPDATE").param(id).query(TaskRows::record).optional();
	}

	String number(TaskRecord task) {
		if (task.parentId() == null) {
			return String.valueOf(task.seq());
		}
		return jdbc.sql("SELECT seq FROM task WHERE id = ?").param(task.parentId()).query(Integer.class).optional()
			.map(parent -> parent + "." + task.seq())
			.orElse(String.valueOf(task.seq()));
	}

	/**
	 * Sets the given columns if the task is still at {@code version}; false when someone changed it since. Column names
	 * come from the service's code, never from input.
	 */
	boolean update(long id, int version, Map<String, Object> columns) {
		StringBuilder sql = new StringBuilder("UPDATE task SET ");
		Map<String, Object> params = new HashMap<>();
		for (Map.Entry<String, Object> column : columns.entrySet()) {
			String name = column.getKey();
			Object value = column.getValue();
			if (name.equals("tags")) {
				sql.append("tags = :tags, ");
				value = ((List<?>) value).toArray(String[]::new);
			}
			else {
				sql.append(name).append(" = :").append(name).append(", ");
			}
			params.put(name, value instanceof Enum<?> e ? e.name() : value);
		}
		sql.append("version = version + 1, updated_at = now() WHERE id = :id AND version = :version");
		params.put("id", id);
		params.put("version", version);
		return jdbc.sql(sql.toString()).params(params).update() == 1;
	}

	/** A change of light only, by the policy: no version bump, so that nobody's open form goes stale because a day passed. */
	void setLight(long id, Light light) {
		jdbc.sql("UPDATE task SET light = ? WHERE id = ?").params(light.name(), id).update();
	}

	record TaskUnit(long unitId, boolean lead) {
	}

	List<TaskUnit> units(long taskId) {
		return jdbc.sql("SELECT unit_id, role FROM task_unit WHERE task_id = ? ORDER BY role DESC, unit_id")
			.param(taskId)
			.query((rs, row) -> new TaskUnit(rs.getLong("unit_id"), "LEAD".equals(rs.getString("role"))))
			.list();
	}

	List<Long> coUnits(long taskId) {
		return units(taskId).stream().filter(unit -> !unit.lead()).map(TaskUnit::unitId).toList();
	}

	void replaceUnits(long taskId, Long leadUnitId, Collection<Long> coUnitIds) {
		jdbc.sql("DELETE FROM task_unit WHERE task_id = ?").param(taskId).update();
		if (leadUnitId != null) {
			jdbc.sql("INSERT INTO task_unit (task_id, unit_id, role) VALUES (?, ?, 'LEAD')").params(taskId, leadUnitId).update();
		}
		for (Long unitId : coUnitIds) {
			if (!unitId.equals(leadUnitId)) {
				jdbc.sql("INSERT INTO task_unit (task_id, unit_id, role) VALUES (?, ?, 'CO') ON CONFLICT DO NOTHING")
					.params(taskId, unitId)
					.update();
			}
		}
	}

	List<Milestone> milestones(long taskId) {
		return jdbc.sql("SELECT id, title, due_date, reached_at FROM milestone WHERE task_id = ? ORDER BY seq, id")
			.param(taskId)
			.query((rs, row) -> new Milestone(rs.getLong("id"), rs.getString("title"), rs.getObject("due_date", LocalDate.class),
					instant(rs, "reached_at")))
			.list();
	}

	/** Replaces the milestones not reached yet; reached ones are history and stay. */
	void replaceOpenMilestones(long taskId, List<NewMilestone> milestones) {
		jdbc.sql("DELETE FROM milestone WHERE task_id = ? AND reached_at IS NULL").param(taskId).update();
		int seq = jdbc.sql("SELECT COALESCE(max(seq), 0) FROM milestone WHERE task_id = ?").param(taskId).query(Integer.class).single();
		for (NewMilestone milestone : milestones) {
			jdbc.sql("INSERT INTO milestone (task_id, seq, title, due_date) VALUES (?, ?, ?, ?)")
				.params(taskId, ++seq, milestone.title(), milestone.dueDate())
				.update();
		}
	}

	record NewMilestone(String title, LocalDate dueDate) {
	}

	boolean reachMilestone(long taskId, long milestoneId) {
		return jdbc.sql("UPDATE milestone SET reached_at = now() WHERE id = ? AND task_id = ? AND reached_at IS NULL")
			.params(milestoneId, taskId)
			.update() == 1;
	}

	Optional<LocalDate> firstOpenMilestone(long taskId) {
		return jdbc.sql("SELECT min(due_date) FROM milestone WHERE task_id = ? AND reached_at IS NULL")
			.param(taskId)
			.query((rs, row) -> rs.getObject(1, LocalDate.class))
			.optional();
	}

	int subtaskCount(long taskId) {
		return jdbc.sql("SELECT count(*) FROM task WHERE parent_id = ? AND status <> 'CANCELLED'").param(taskId).query(Integer.class).single();
	}

	List<Long> draftIds(long goalId) {
		return jdbc.sql("SELECT id FROM task WHERE goal_id = ? AND status = 'DRAFT' ORDER BY parent_id NULLS FIRST, seq")
			.param(goalId)
			.query(Long.class)
			.list();
	}

	// ----- lists

	/** A list row before names are put to unit ids. */
	record Row(long id, long goalId, String number, String content, List<String> tags, Long leadUnitId, List<Long> coUnitIds,
			LocalDate deadline, Priority priority, TaskStatus status, Light light, int percent, String progressText,
			Instant lastReportAt, boolean published, int version) {
	}

	List<Row> list(TaskFilter filter, List<Long> scope, List<Long> unitTree, PageQuery page) {
		Where where = where(filter, scope, unitTree);
		String order = switch (page.sortField()) {
			case "deadline" -> "t.deadline " + page.direction() + " NULLS LAST, t.id";
			case "light" -> "CASE t.light WHEN 'RED' THEN 0 WHEN 'YELLOW' THEN 1 ELSE 2 END " + page.direction() + ", t.deadline, t.id";
			case "percent" -> "t.percent " + page.direction() + ", t.id";
			case "updatedAt" -> "t.updated_at " + page.direction() + ", t.id";
			// By 序号 within each goal, the newest goal's tasks first: what was deployed last is what people look for.
			default -> "t.goal_id DESC, COALESCE(p.seq, t.seq) " + page.direction() + ", t.parent_id IS NOT NULL, t.seq";
		};
		return jdbc.sql("SELECT t.id, t.goal_id, " + NUMBER + " AS number, t.content, t.tags, t.lead_unit_id, "
				+ "ARRAY(SELECT tu.unit_id FROM task_unit tu WHERE tu.task_id = t.id AND tu.role = 'CO' ORDER BY tu.unit_id) AS co_units, "
				+ "t.deadline, t.priority, t.status, t.light, t.percent, t.progress_text, t.last_report_at, t.published, t.version "
				+ "FROM task t LEFT JOIN task p ON p.id = t.parent_id" + where.sql() + " ORDER BY " + order
				+ " LIMIT :limit OFFSET :offset")
			.params(where.params())
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(TaskRows::row)
			.list();
	}

	long count(TaskFilter filter, List<Long> scope, List<Long> unitTree) {
		Where where = where(filter, scope, unitTree);
		return jdbc.sql("SELECT count(*) FROM task t" + where.sql()).params(where.params()).query(Long.class).single();
	}

	List<Row> subtasks(long parentId) {
		return jdbc.sql("SELECT t.id, t.goal_id, " + NUMBER + " AS number, t.content, t.tags, t.lead_unit_id, "
				+ "ARRAY(SELECT tu.unit_id FROM task_unit tu WHERE tu.task_id = t.id AND tu.role = 'CO' ORDER BY tu.unit_id) AS co_units, "
				+ "t.deadline, t.priority, t.status, t.light, t.percent, t.progress_text, t.last_report_at, t.published, t.version "
				+ "FROM task t LEFT JOIN task p ON p.id = t.parent_id WHERE t.parent_id = ? ORDER BY t.seq")
			.param(parentId)
			.query(TaskRows::row)
			.list();
	}

	/** The tags used in the scope, most used first. */
	List<String> tags(List<Long> scope) {
		Where where = where(TaskFilter.all(), scope, null);
		return jdbc.sql("SELECT tag FROM task t, unnest(t.tags) AS tag" + where.sql() + " GROUP BY tag ORDER BY count(*) DESC, tag LIMIT 200")
			.params(where.params())
			.query(String.class)
			.list();
	}

	record Where(String sql, Map<String, Object> params) {
	}

	/**
	 * The conditions of a filter and a scope. A scoped actor sees tasks issued from their subtree, and tasks issued to a
	 * unit of it as lead or co-operating unit — drafts only once issued.
	 */
	static Where where(TaskFilter filter, List<Long> scope, List<Long> unitTree) {
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new LinkedHashMap<>();
		if (scope != null) {
			// Written as one semi-join with a union rather than "issuer OR EXISTS (…)": PostgreSQL estimates an OR with a
			// subquery at half the table (43,000 of 100,000 tasks for a town that sees 8,000), which made it scan the
			// table, JIT-compile the query and take seconds; the union it estimates from the statistics of both columns.
			conditions.add("t.id IN (SELECT s.task_id FROM task_unit s WHERE s.unit_id IN (:scope) "
					+ "UNION SELECT i.id FROM task i WHERE i.issuer_unit_id IN (:scope)) "
					+ "AND (t.status <> 'DRAFT' OR t.issuer_unit_id IN (:scope))");
			params.put("scope", scope.isEmpty() ? List.of(-1L) : scope);
		}
		if (filter.goalId() != null) {
			conditions.add("t.goal_id = :goal");
			params.put("goal", filter.goalId());
		}
		if (unitTree != null) {
			conditions.add("EXISTS (SELECT 1 FROM task_unit u WHERE u.task_id = t.id AND u.unit_id IN (:unitTree))");
			params.put("unitTree", unitTree.isEmpty() ? List.of(-1L) : unitTree);
		}
		if (!filter.statuses().isEmpty()) {
			conditions.add("t.status IN (:statuses)");
			params.put("statuses", filter.statuses().stream().map(Enum::name).toList());
		}
		if (!filter.lights().isEmpty()) {
			conditions.add("t.light IN (:lights)");
			params.put("lights", filter.lights().stream().map(Enum::name).toList());
		}
		if (filter.group() != null) {
			conditions.add("t.tags @> ARRAY[CAST(:group AS text)]");
			params.put("group", filter.group());
		}
		if (filter.dueFrom() != null) {
			conditions.add("t.deadline >= :dueFrom");
			params.put("dueFrom", filter.dueFrom());
		}
		if (filter.dueTo() != null) {
			conditions.add("t.deadline <= :dueTo");
			params.put("dueTo", filter.dueTo());
		}
		if (filter.text() != null) {
			conditions.add("t.content ILIKE :text ESCAPE '\\'");
			params.put("text", "%" + filter.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		}
		if (!filter.subtasks()) {
			conditions.add("t.parent_id IS NULL");
		}
		return new Where(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), params);
	}

	static Row row(ResultSet rs, int row) throws SQLException {
		return new Row(rs.getLong("id"), rs.getLong("goal_id"), rs.getString("number"), rs.getString("content"),
				strings(rs.getArray("tags")), (Long) rs.getObject("lead_unit_id"), longs(rs.getArray("co_units")),
				rs.getObject("deadline", LocalDate.class), Priority.valueOf(rs.getString("priority")),
				TaskStatus.valueOf(rs.getString("status")), Light.valueOf(rs.getString("light")), rs.getInt("percent"),
				rs.getString("progress_text"), instant(rs, "last_report_at"), rs.getBoolean("published"), rs.getInt("version"));
	}

	static TaskRecord record(ResultSet rs, int row) throws SQLException {
		return new TaskRecord(rs.getLong("id"), rs.getLong("goal_id"), (Long) rs.getObject("parent_id"), rs.getInt("seq"),
				rs.getString("content"), strings(rs.getArray("tags")), rs.getString("targets"), TaskSource.valueOf(rs.getString("source")),
				rs.getString("source_ref"), rs.getLong("issuer_unit_id"), (Long) rs.getObject("lead_unit_id"),
				(Long) rs.getObject("responsible_staff_id"), rs.getObject("deadline", LocalDate.class),
				rs.getObject("original_deadline", LocalDate.class), Priority.valueOf(rs.getString("priority")),
				ReportCycle.valueOf(rs.getString("report_cycle")), TaskStatus.valueOf(rs.getString("status")),
				Light.valueOf(rs.getString("light")), rs.getInt("percent"), rs.getString("progress_text"),
				instant(rs, "last_report_at"), instant(rs, "issued_at"), (Long) rs.getObject("issued_by"),
				rs.getObject("sign_due", LocalDate.class), instant(rs, "signed_at"), instant(rs, "completion_requested_at"),
				instant(rs, "closed_at"), instant(rs, "last_reminded_at"), rs.getBoolean("published"), (Long) rs.getObject("created_by"),
				rs.getInt("version"), instant(rs, "created_at"), instant(rs, "updated_at"));
	}

	static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

	static List<Long> longs(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((Long[]) array.getArray());
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}
}
