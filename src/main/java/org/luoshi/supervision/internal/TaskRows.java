package org.luoshi.supervision.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.luoshi.shared.ConflictException;
import org.luoshi.shared.PageQuery;
import org.luoshi.shared.database.Like;
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
public class TaskRows {

	static final String COLUMNS = "t.id, t.goal_id, t.parent_id, t.seq, t.content, t.tags, t.targets::text AS targets, t.source, "
			+ "t.source_ref, t.issuer_unit_id, t.lead_unit_id, t.responsible_staff_id, t.deadline, t.original_deadline, t.priority, "
			+ "t.report_cycle, t.status, t.light, t.percent, t.progress_text, t.last_report_at, t.issued_at, t.issued_by, t.sign_due, "
			+ "t.signed_at, t.completion_requested_at, t.closed_at, t.last_reminded_at, t.published, t.created_by, t.version, "
			+ "t.created_at, t.updated_at";

	/** The 序号 as people write it: 3, or 3.2 for the second subtask of task 3. */
	public static final String NUMBER = "CASE WHEN t.parent_id IS NULL THEN t.seq::text ELSE p.seq || '.' || t.seq END";

	private final JdbcClient jdbc;

	TaskRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record NewTask(long goalId, Long parentId, String content, List<String> tags, String targetsJson, TaskSource source,
			String sourceRef, long issuerUnitId, Long leadUnitId, Long responsibleStaffId, LocalDate deadline, Priority priority,
			ReportCycle reportCycle, boolean published, Long createdBy, boolean cascaded) {

		/** A task issued by an office that manages supervision. */
		NewTask(long goalId, Long parentId, String content, List<String> tags, String targetsJson, TaskSource source, String sourceRef,
				long issuerUnitId, Long leadUnitId, Long responsibleStaffId, LocalDate deadline, Priority priority,
				ReportCycle reportCycle, boolean published, Long createdBy) {
			this(goalId, parentId, content, tags, targetsJson, source, sourceRef, issuerUnitId, leadUnitId, responsibleStaffId, deadline,
					priority, reportCycle, published, createdBy, false);
		}
	}

	long insert(NewTask task) {
		int seq = nextSeq(task.goalId(), task.parentId());
		return jdbc.sql("INSERT INTO task (goal_id, parent_id, seq, content, tags, targets, source, source_ref, issuer_unit_id, "
				+ "lead_unit_id, responsible_staff_id, deadline, priority, report_cycle, status, published, created_by, cascaded) VALUES "
				+ "(:goal, :parent, :seq, :content, :tags, CAST(:targets AS jsonb), :source, :sourceRef, :issuer, :lead, :staff, "
				+ ":deadline, :priority, :cycle, 'DRAFT', :published, :createdBy, :cascaded) RETURNING id")
			.param("cascaded", task.cascaded())
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
		// Two statements, each answered from the end of an index (task_top_level_seq, task_goal): IS NOT DISTINCT FROM
		// read every task of the goal for each new one, and an import of 5,000 tasks into one goal became quadratic.
		if (parentId == null) {
			return jdbc.sql("SELECT COALESCE(max(seq), 0) + 1 FROM task WHERE goal_id = ? AND parent_id IS NULL").param(goalId)
				.query(Integer.class)
				.single();
		}
		return jdbc.sql("SELECT COALESCE(max(seq), 0) + 1 FROM task WHERE goal_id = ? AND parent_id = ?").param(goalId)
			.param(parentId)
			.query(Integer.class)
			.single();
	}

	/**
	 * A task whole, in one statement: its row, its goal's title, its 序号, co-operating units, milestones, subtask counts
	 * and pending extension.
	 */
	private static final String AGGREGATE = "SELECT " + COLUMNS + ", g.title AS goal_title, " + NUMBER + " AS number, "
			+ "ARRAY(SELECT tu.unit_id FROM task_unit tu WHERE tu.task_id = t.id AND tu.role = 'CO' ORDER BY tu.unit_id) AS co_units, "
			+ "(SELECT json_agg(json_build_object('id', m.id, 'title', m.title, 'dueDate', m.due_date, 'reachedAt', m.reached_at) "
			+ "ORDER BY m.seq, m.id) FROM milestone m WHERE m.task_id = t.id)::text AS milestones, "
			+ "(SELECT count(*) FROM task s WHERE s.parent_id = t.id AND s.status <> '" + TaskStatus.CANCELLED.name() + "') AS subtasks, "
			+ "(SELECT count(*) FROM task s WHERE s.parent_id = t.id AND s.status NOT IN (" + TaskLifecycle.FINISHED_SQL + ")) AS open_subtasks, "
			+ "e.id AS extension_id, e.unit_id AS extension_unit_id, e.requested_by AS extension_requested_by, "
			+ "e.current_deadline AS extension_current, e.requested_deadline AS extension_requested, e.reason AS extension_reason, "
			+ "e.created_at AS extension_created_at, (SELECT ev.actor_name FROM task_event ev WHERE ev.task_id = t.id "
			+ "AND ev.kind = 'EXTENSION_REQUESTED' ORDER BY ev.id DESC LIMIT 1) AS extension_requested_by_name, "
			+ "(SELECT ev.percent FROM task_event ev WHERE ev.task_id = t.id AND ev.kind = 'PROGRESS' ORDER BY ev.id DESC LIMIT 1) "
			+ "AS last_reported_percent, t.cascaded "
			+ "FROM task t JOIN goal g ON g.id = t.goal_id LEFT JOIN task p ON p.id = t.parent_id "
			+ "LEFT JOIN extension_request e ON e.task_id = t.id AND e.status = 'PENDING' WHERE t.id = ?";

	Optional<Task> load(long id) {
		return jdbc.sql(AGGREGATE).param(id).query(TaskRows::task).optional();
	}

	/** A task locked for a step, with the district's settings the step and the overdue policy read. */
	record Locked(Task task, SupervisionSettings settings) {
	}

	/**
	 * The task whole, its row locked until the transaction ends (steps on one task happen one after another), read in the
	 * same statement as the settings.
	 */
	Optional<Locked> lockWhole(long id) {
		String sql = AGGREGATE.replace(" FROM task t JOIN goal g", ", st.due_soon_days, st.sign_within_days, st.auto_remind, "
				+ "st.remind_every_days, st.notice_prefix, st.version AS settings_version FROM task t JOIN goal g")
			.replace(" WHERE t.id = ?", " CROSS JOIN supervision_settings st WHERE t.id = ? AND st.id = 1") + " FOR UPDATE OF t";
		return jdbc.sql(sql).param(id)
			.query((rs, row) -> new Locked(task(rs, row), new SupervisionSettings(rs.getInt("due_soon_days"),
					rs.getInt("sign_within_days"), rs.getBoolean("auto_remind"), rs.getInt("remind_every_days"),
					rs.getString("notice_prefix"), rs.getInt("settings_version"))))
			.optional();
	}

	/** Writes what a step changed; the row is locked, so the version only moves on (open forms notice the change). */
	/**
	 * A task broken down takes its share done from its subtasks: the mean of those issued and not cancelled, into a
	 * parent still in hand (one awaiting close-out keeps its 100). Runs in the subtask's step, after the parent's row.
	 */
	void rollUpPercent(long parentId) {
		jdbc.sql("UPDATE task p SET percent = r.percent FROM (SELECT round(avg(s.percent))::int AS percent FROM task s "
				+ "WHERE s.parent_id = :parent AND s.status NOT IN ('" + TaskStatus.DRAFT.name() + "', '" + TaskStatus.CANCELLED.name()
				+ "')) r WHERE p.id = :parent AND r.percent IS NOT NULL AND p.percent <> r.percent AND p.status IN ("
				+ TaskLifecycle.sql(java.util.EnumSet.of(TaskStatus.ISSUED, TaskStatus.IN_PROGRESS, TaskStatus.RETURNED)) + ")")
			.param("parent", parentId)
			.update();
	}

	void save(Task task) {
		Map<String, Object> params = new HashMap<>();
		params.put("id", task.id());
		params.put("version", task.version());
		params.put("content", task.content());
		params.put("tags", task.tags().toArray(String[]::new));
		params.put("lead", task.leadUnitId());
		params.put("staff", task.responsibleStaffId());
		params.put("deadline", task.deadline());
		params.put("originalDeadline", task.originalDeadline());
		params.put("priority", task.priority().name());
		params.put("cycle", task.reportCycle().name());
		params.put("status", task.status().name());
		params.put("light", task.light().name());
		params.put("percent", task.percent());
		params.put("progressText", task.progressText());
		params.put("lastReportAt", timestamp(task.lastReportAt()));
		params.put("issuedAt", timestamp(task.issuedAt()));
		params.put("issuedBy", task.issuedBy());
		params.put("signDue", task.signDue());
		params.put("signedAt", timestamp(task.signedAt()));
		params.put("completionRequestedAt", timestamp(task.completionRequestedAt()));
		params.put("closedAt", timestamp(task.closedAt()));
		params.put("lastRemindedAt", timestamp(task.lastRemindedAt()));
		params.put("published", task.published());
		jdbc.sql("UPDATE task SET content = :content, tags = :tags, lead_unit_id = :lead, responsible_staff_id = :staff, "
				+ "deadline = :deadline, original_deadline = :originalDeadline, priority = :priority, report_cycle = :cycle, "
				+ "status = :status, light = :light, percent = :percent, progress_text = :progressText, last_report_at = :lastReportAt, "
				+ "issued_at = :issuedAt, issued_by = :issuedBy, sign_due = :signDue, signed_at = :signedAt, "
				+ "completion_requested_at = :completionRequestedAt, closed_at = :closedAt, last_reminded_at = :lastRemindedAt, "
				+ "published = :published, version = version + 1, updated_at = now() WHERE id = :id AND version = :version "
				+ "RETURNING version, updated_at")
			.params(params)
			.query((rs, row) -> {
				task.stored(rs.getInt("version"), instant(rs, "updated_at"));
				return true;
			})
			.optional()
			.orElseThrow(ConflictException::staleVersion);
	}

	private static Timestamp timestamp(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	private static Task task(ResultSet rs, int row) throws SQLException {
		Task.Extension extension = rs.getObject("extension_id") == null ? null
				: new Task.Extension(rs.getLong("extension_id"), rs.getLong("extension_unit_id"), (Long) rs.getObject("extension_requested_by"),
						rs.getString("extension_requested_by_name"), rs.getObject("extension_current", LocalDate.class),
						rs.getObject("extension_requested", LocalDate.class), rs.getString("extension_reason"),
						instant(rs, "extension_created_at"));
		return new Task(record(rs, row), rs.getString("goal_title"), rs.getString("number"), longs(rs.getArray("co_units")),
				milestones(rs.getString("milestones")), extension, rs.getInt("subtasks"), rs.getInt("open_subtasks"),
				rs.getInt("last_reported_percent"), rs.getBoolean("cascaded"));
	}

	@SuppressWarnings("unchecked")
	private static List<Milestone> milestones(String json) {
		if (json == null) {
			return List.of();
		}
		List<Map<String, Object>> rows = TimelineRows.JSON.readValue(json, List.class);
		return rows.stream().map(m -> new Milestone(((Number) m.get("id")).longValue(), (String) m.get("title"),
				LocalDate.parse((String) m.get("dueDate")),
				m.get("reachedAt") == null ? null : OffsetDateTime.parse((String) m.get("reachedAt")).toInstant())).toList();
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

	List<Long> draftIds(long goalId) {
		return jdbc.sql("SELECT id FROM task WHERE goal_id = ? AND status = 'DRAFT' ORDER BY parent_id NULLS FIRST, seq")
			.param(goalId)
			.query(Long.class)
			.list();
	}

	// ----- lists

	/** A list row before names are put to unit ids. */
	public record Row(long id, long goalId, String number, String content, List<String> tags, Long leadUnitId, List<Long> coUnitIds,
			LocalDate deadline, Priority priority, TaskStatus status, Light light, int percent, String progressText,
			Instant lastReportAt, boolean published, int version) {
	}

	public List<Row> list(TaskFilter filter, List<Long> scope, List<Long> unitTree, PageQuery page) {
		return list(where(filter, scope, unitTree), page);
	}

	/**
	 * Like {@link #list}, only the tasks a unit of {@code unitTree} leads: what it has to sign for, not what it only
	 * co-operates on.
	 */
	public List<Row> listLed(TaskFilter filter, List<Long> scope, List<Long> unitTree, PageQuery page) {
		Where where = where(filter, scope, unitTree);
		return list(new Where(where.sql() + " AND t.lead_unit_id IN (:unitTree)", where.params()), page);
	}

	private List<Row> list(Where where, PageQuery page) {
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

	public record Where(String sql, Map<String, Object> params) {
	}

	/**
	 * The tasks (alias {@code t}) a scoped actor sees, {@code :scope} being their subtree's unit ids: issued from it, or
	 * issued to a unit of it as lead or co-operating unit (drafts only on the issuer's side). Lists, boards and goal
	 * totals count by this one rule.
	 */
	// Written as one semi-join with a union rather than "issuer OR EXISTS (…)": PostgreSQL estimates an OR with a
	// subquery at half the table (43,000 of 100,000 tasks for a town that sees 8,000), which made it scan the
	// table, JIT-compile the query and take seconds; the union it estimates from the statistics of both columns.
	static final String SCOPE = "t.id IN (SELECT s.task_id FROM task_unit s WHERE s.unit_id IN (:scope) "
			+ "UNION SELECT i.id FROM task i WHERE i.issuer_unit_id IN (:scope)) "
			+ "AND (t.status <> 'DRAFT' OR t.issuer_unit_id IN (:scope))";

	/**
	 * The conditions of a filter and a scope. A scoped actor sees tasks issued from their subtree, and tasks issued to a
	 * unit of it as lead or co-operating unit — drafts only once issued.
	 */
	public static Where where(TaskFilter filter, List<Long> scope, List<Long> unitTree) {
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new LinkedHashMap<>();
		if (scope != null) {
			conditions.add(SCOPE);
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
			params.put("text", "%" + Like.escape(filter.text()) + "%");
		}
		if (!filter.subtasks()) {
			conditions.add("t.parent_id IS NULL");
		}
		return new Where(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), params);
	}

	public static Row row(ResultSet rs, int row) throws SQLException {
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

	public static List<Long> longs(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((Long[]) array.getArray());
	}

	public static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}
}
