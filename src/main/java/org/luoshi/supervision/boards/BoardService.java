package org.luoshi.supervision.boards;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.luoshi.shared.Actor;
import org.luoshi.shared.NotFoundException;
import org.luoshi.shared.PageQuery;
import org.luoshi.shared.Permissions;
import org.luoshi.shared.web.Times;
import org.luoshi.supervision.GoalDetails;
import org.luoshi.supervision.Light;
import org.luoshi.supervision.SupervisionBoards;
import org.luoshi.supervision.TaskFilter;
import org.luoshi.supervision.TaskStatus;
import org.luoshi.supervision.TaskSummary;
import org.luoshi.supervision.UnitRef;
import org.luoshi.supervision.internal.BoardCache;
import org.luoshi.supervision.internal.GoalRows;
import org.luoshi.supervision.internal.GoalService;
import org.luoshi.supervision.internal.OverduePolicy;
import org.luoshi.supervision.internal.TaskAccess;
import org.luoshi.supervision.internal.TaskLifecycle;
import org.luoshi.supervision.internal.TaskReading;
import org.luoshi.supervision.internal.TaskRows;
import org.luoshi.supervision.internal.Units;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The boards, lists and rankings, each a few aggregate queries over the {@code task} table: the light, the latest
 * progress and the percent are kept on the task itself, so that no board reads the (much larger) timeline except for
 * the latest few reports.
 */
@Service
@Transactional(readOnly = true)
class BoardService implements SupervisionBoards {

	private static final String OPEN = "t.status IN (" + TaskLifecycle.OPEN_SQL + ")";
	private static final String COUNTS = "count(*) FILTER (WHERE t.status <> 'CANCELLED') AS total, count(*) FILTER (WHERE " + OPEN
			+ ") AS open, count(*) FILTER (WHERE " + OPEN + " AND t.light = 'RED') AS red, count(*) FILTER (WHERE " + OPEN
			+ " AND t.light = 'YELLOW') AS yellow, count(*) FILTER (WHERE " + OPEN + " AND t.light = 'GREEN') AS green, "
			+ "count(*) FILTER (WHERE t.status = 'CLOSED') AS closed, count(*) FILTER (WHERE t.status = 'DRAFT') AS drafts";
	private static final int LIST_LIMIT = 50;

	private final JdbcClient jdbc;
	private final TaskRows tasks;
	private final GoalRows goals;
	private final Units units;
	private final Times times;
	private final BoardCache cache;

	BoardService(JdbcClient jdbc, TaskRows tasks, GoalRows goals, Units units, Times times, BoardCache cache) {
		this.jdbc = jdbc;
		this.cache = cache;
		this.tasks = tasks;
		this.goals = goals;
		this.units = units;
		this.times = times;
	}

	@Override
	public DistrictBoard districtBoard(TaskFilter filter, Actor actor) {
		TaskAccess.require(actor, Permissions.SUPERVISION_READ);
		List<Long> scope = units.scope(actor);
		List<Long> unitTree = filter.unitId() == null ? null : units.subtree(filter.unitId());
		Units.Names names = units.names();
		// Unit names are part of the key: a renamed unit shows its new name at once.
		return cache.get(BoardCache.key("district", filter, scope, unitTree, names),
				() -> countDistrictBoard(filter, scope, unitTree, names));
	}

	private DistrictBoard countDistrictBoard(TaskFilter filter, List<Long> scope, List<Long> unitTree, Units.Names names) {
		TaskRows.Where where = TaskRows.where(filter, scope, unitTree);

		// One pass over the tasks serves the figures, the statuses and the lead units: counted by unit, status and light,
		// and added up here rather than scanning the table once more with filtered counts for each of them.
		Map<TaskStatus, Integer> byStatus = new EnumMap<>(TaskStatus.class);
		Tally district = new Tally();
		Map<Long, Tally> unitTallies = new HashMap<>();
		jdbc.sql("SELECT t.lead_unit_id, t.status, t.light, count(*) AS n FROM task t" + where.sql()
				+ " GROUP BY t.lead_unit_id, t.status, t.light")
			.params(where.params())
			.query((rs, row) -> {
				TaskStatus status = TaskStatus.valueOf(rs.getString("status"));
				Light light = Light.valueOf(rs.getString("light"));
				int n = rs.getInt("n");
				byStatus.merge(status, n, Integer::sum);
				district.add(status, light, n);
				Long leadUnit = (Long) rs.getObject("lead_unit_id");
				if (leadUnit != null) {
					unitTallies.computeIfAbsent(leadUnit, unit -> new Tally()).add(status, light, n);
				}
				return null;
			})
			.list();
		Counts counts = district.counts();
		List<UnitCounts> byUnit = unitTallies.entrySet().stream()
			.map(unit -> new UnitCounts(names.ref(unit.getKey()), unit.getValue().counts()))
			.sorted(Comparator.comparingInt((UnitCounts unit) -> -unit.counts().red())
				.thenComparingInt(unit -> -unit.counts().yellow())
				.thenComparingInt(unit -> -unit.counts().total())
				.thenComparing(unit -> unit.unit().name()))
			.toList();

		// Tasks share a few combinations of tags: counting each combination first unnests it once rather than once per
		// task. The 30 most used tags, and their order, are still the database's, as the group filter has always had them.
		Map<String, Tally> groupTallies = new LinkedHashMap<>();
		jdbc.sql("SELECT tag, status, light, n FROM (SELECT tag, status, light, n, dense_rank() OVER (ORDER BY tag_total DESC, tag) AS tag_rank "
				+ "FROM (SELECT tag, c.status, c.light, sum(c.n) AS n, sum(sum(c.n)) OVER (PARTITION BY tag) AS tag_total "
				+ "FROM (SELECT t.tags, t.status, t.light, count(*) AS n FROM task t" + where.sql() + " GROUP BY t.tags, t.status, t.light) c "
				+ "CROSS JOIN unnest(c.tags) AS tag GROUP BY tag, c.status, c.light) by_tag) ranked WHERE tag_rank <= 30 ORDER BY tag_rank")
			.params(where.params())
			.query((rs, row) -> {
				groupTallies.computeIfAbsent(rs.getString("tag"), tag -> new Tally())
					.add(TaskStatus.valueOf(rs.getString("status")), Light.valueOf(rs.getString("light")), rs.getInt("n"));
				return null;
			})
			.list();
		List<GroupCounts> byGroup = groupTallies.entrySet().stream()
			.map(group -> new GroupCounts(group.getKey(), group.getValue().counts()))
			.toList();
		List<TaskSummary> urgent = list(filter.withLights(Set.of(Light.RED)).withStatuses(TaskStatus.OPEN), scope, unitTree,
				"deadline", 10, names);
		List<RecentReport> recent = jdbc.sql("SELECT e.task_id, " + TaskRows.NUMBER + " AS number, t.content, e.unit_id, e.actor_name, "
				+ "e.text, e.percent, e.created_at FROM task_event e JOIN task t ON t.id = e.task_id LEFT JOIN task p ON p.id = t.parent_id"
				+ and(where, "e.kind IN ('PROGRESS', 'CONTRIBUTION')") + " ORDER BY e.created_at DESC LIMIT 8")
			.params(where.params())
			.query((rs, row) -> new RecentReport(rs.getLong("task_id"), rs.getString("number"), rs.getString("content"),
					names.ref((Long) rs.getObject("unit_id")), rs.getString("actor_name"), rs.getString("text"),
					(Integer) rs.getObject("percent"), TaskRows.instant(rs, "created_at")))
			.list();
		return new DistrictBoard(counts, byStatus, byGroup, byUnit, urgent, recent);
	}

	@Override
	public UnitBoard unitBoard(long unitId, Actor actor) {
		TaskAccess.require(actor, Permissions.SUPERVISION_READ);
		if (units.find(unitId).isEmpty() || !(actor.seesWholeDistrict() || units.isVisibleTo(unitId, actor))) {
			throw new NotFoundException("unit", unitId);
		}
		List<Long> scope = units.scope(actor);
		List<Long> unitTree = units.subtree(unitId);
		Units.Names names = units.names();
		TaskFilter ofUnit = TaskFilter.ofUnit(unitId);
		TaskRows.Where where = TaskRows.where(ofUnit, scope, unitTree);
		Counts counts = jdbc.sql("SELECT " + COUNTS + " FROM task t" + where.sql()).params(where.params())
			.query((rs, row) -> counts(rs))
			.optional()
			.orElse(Counts.NONE);
		return new UnitBoard(names.ref(unitId), counts,
				// 待签收: only what the unit leads; a co-operating unit has nothing to sign for.
				tasks.listLed(ofUnit.withStatuses(Set.of(TaskStatus.ISSUED)), scope, unitTree, new PageQuery(0, LIST_LIMIT, "deadline", true))
					.stream().map(row -> TaskReading.summary(row, names)).toList(),
				list(ofUnit.withStatuses(Set.of(TaskStatus.IN_PROGRESS)), scope, unitTree, "light", LIST_LIMIT, names),
				list(ofUnit.withStatuses(Set.of(TaskStatus.COMPLETION_REQUESTED)), scope, unitTree, "deadline", LIST_LIMIT, names),
				list(ofUnit.withStatuses(Set.of(TaskStatus.RETURNED)), scope, unitTree, "deadline", LIST_LIMIT, names),
				listDesc(ofUnit.withStatuses(Set.of(TaskStatus.CLOSED)), scope, unitTree, "updatedAt", 20, names));
	}

	@Override
	public MyTasks myTasks(Actor actor) {
		TaskAccess.require(actor, Permissions.SUPERVISION_READ);
		List<Long> scope = units.scope(actor);
		Units.Names names = units.names();
		// What waits depends on the scope, the three rights and the day (a report falls due): the same for everyone alike.
		return cache.get(BoardCache.key("my-tasks", scope, names, times.today(), actor.can(Permissions.SUPERVISION_HANDLE),
				actor.can(Permissions.SUPERVISION_MANAGE), actor.can(Permissions.SUPERVISION_INSTRUCT)),
				() -> myTasks(actor, scope, names));
	}

	private MyTasks myTasks(Actor actor, List<Long> scope, Units.Names names) {
		List<TaskSummary> toSign = List.of();
		List<TaskSummary> toReport = List.of();
		List<TaskSummary> working = List.of();
		if (actor.can(Permissions.SUPERVISION_HANDLE)) {
			toSign = mine(scope, "t.status = 'ISSUED' AND " + lead(scope), "t.deadline", names);
			toReport = mine(scope, "t.status = 'IN_PROGRESS' AND " + lead(scope) + " AND (t.light <> 'GREEN' OR t.last_report_at IS NULL OR "
					+ OverduePolicy.REPORT_DUE_SQL + ")",
					"t.deadline", names);
			List<Long> reported = toReport.stream().map(TaskSummary::id).toList();
			working = mine(scope, "t.status = 'IN_PROGRESS'", "t.deadline", names).stream()
				.filter(task -> !reported.contains(task.id()))
				.toList();
		}
		List<TaskSummary> toReview = List.of();
		List<TaskSummary> extensions = List.of();
		List<TaskSummary> returned = List.of();
		List<TaskSummary> drafts = List.of();
		// What the actor issued: anything of their units for the supervising office; for a handler, the subtasks their
		// unit broke its tasks down into (层层分解), which it follows and closes itself.
		String issuedHere = null;
		if (actor.can(Permissions.SUPERVISION_MANAGE)) {
			issuedHere = scope == null ? "TRUE" : "t.issuer_unit_id IN (:scope)";
		}
		else if (actor.can(Permissions.SUPERVISION_HANDLE)) {
			issuedHere = scope == null ? "t.cascaded" : "t.cascaded AND t.issuer_unit_id IN (:scope)";
		}
		if (issuedHere != null) {
			toReview = mine(scope, "t.status = 'COMPLETION_REQUESTED' AND " + issuedHere, "t.completion_requested_at", names);
			extensions = mine(scope, issuedHere + " AND EXISTS (SELECT 1 FROM extension_request x WHERE x.task_id = t.id AND "
					+ "x.status = 'PENDING')", "t.deadline", names);
			returned = mine(scope, "t.status = 'RETURNED' AND " + issuedHere, "t.updated_at", names);
			drafts = mine(scope, "t.status = 'DRAFT' AND " + issuedHere, "t.goal_id, t.seq", names);
		}
		List<TaskSummary> watch = List.of();
		if (actor.can(Permissions.SUPERVISION_INSTRUCT)) {
			watch = list(TaskFilter.all().withLights(Set.of(Light.RED)).withStatuses(TaskStatus.OPEN), scope, null, "deadline", 20, names);
		}
		return new MyTasks(toSign, toReport, working, toReview, extensions, returned, drafts, watch);
	}

	@Override
	public Calendar calendar(YearMonth month, Actor actor) {
		TaskAccess.require(actor, Permissions.SUPERVISION_READ);
		List<Long> scope = units.scope(actor);
		Units.Names names = units.names();
		TaskFilter filter = new TaskFilter(null, null, null, null, null, null, null, null, true);
		TaskRows.Where where = TaskRows.where(filter, scope, null);
		Map<LocalDate, List<CalendarEntry>> days = new TreeMap<>();
		jdbc.sql("SELECT t.id, " + TaskRows.NUMBER + " AS number, t.content, t.lead_unit_id, t.light, t.status, t.deadline AS day, "
				+ "NULL AS milestone FROM task t LEFT JOIN task p ON p.id = t.parent_id"
				+ and(where, "t.deadline BETWEEN :first AND :last AND t.status NOT IN ('CANCELLED', 'DRAFT')")
				+ " UNION ALL SELECT t.id, " + TaskRows.NUMBER + ", t.content, t.lead_unit_id, t.light, t.status, m.due_date, m.title "
				+ "FROM milestone m JOIN task t ON t.id = m.task_id LEFT JOIN task p ON p.id = t.parent_id"
				+ and(where, "m.due_date BETWEEN :first AND :last AND " + OPEN) + " ORDER BY day, number")
			.params(where.params())
			.param("first", month.atDay(1))
			.param("last", month.atEndOfMonth())
			.query((rs, row) -> {
				days.computeIfAbsent(rs.getObject("day", LocalDate.class), day -> new ArrayList<>())
					.add(new CalendarEntry(rs.getLong("id"), rs.getString("number"), rs.getString("content"),
							names.ref((Long) rs.getObject("lead_unit_id")), Light.valueOf(rs.getString("light")),
							TaskStatus.valueOf(rs.getString("status")), rs.getString("milestone")));
				return null;
			})
			.list();
		return new Calendar(month, days);
	}

	@Override
	public List<UnitRanking> ranking(int year, Actor actor) {
		TaskAccess.require(actor, Permissions.SUPERVISION_READ);
		List<Long> scope = units.scope(actor);
		Units.Names names = units.names();
		LocalDate today = times.today();
		return cache.get(BoardCache.key("ranking", year, scope, names, today), () -> rank(year, scope, names, today));
	}

	private List<UnitRanking> rank(int year, List<Long> scope, Units.Names names, LocalDate today) {
		TaskFilter filter = TaskFilter.all().withDue(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
		TaskRows.Where where = TaskRows.where(filter, scope, null);
		String finishedOn = "(t.completion_requested_at AT TIME ZONE :zone)::date";
		String delay = "CASE WHEN t.status = 'CLOSED' AND " + finishedOn + " > t.deadline THEN " + finishedOn + " - t.deadline "
				+ "WHEN " + OPEN + " AND t.deadline < :today THEN :today - t.deadline END";
		List<UnitRanking> rows = jdbc.sql("SELECT t.lead_unit_id, count(*) AS due, "
				+ "count(*) FILTER (WHERE t.deadline < :today OR t.status = 'CLOSED') AS due_by_now, "
				+ "count(*) FILTER (WHERE t.status = 'CLOSED') AS closed, "
				+ "count(*) FILTER (WHERE t.status = 'CLOSED' AND " + finishedOn + " <= t.deadline) AS on_time, "
				+ "count(*) FILTER (WHERE " + OPEN + " AND t.deadline < :today) AS overdue, "
				+ "COALESCE(avg(" + delay + "), 0) AS delay FROM task t"
				+ and(where, "t.lead_unit_id IS NOT NULL AND t.status NOT IN ('DRAFT', 'CANCELLED')") + " GROUP BY t.lead_unit_id")
			.params(where.params())
			.param("zone", times.zone().getId())
			.param("today", today)
			.query((rs, row) -> new UnitRanking(0, names.ref(rs.getLong("lead_unit_id")), rs.getInt("due"), rs.getInt("due_by_now"),
					rs.getInt("closed"), rs.getInt("on_time"), rs.getInt("overdue"), rs.getDouble("delay")))
			.list();
		List<UnitRanking> sorted = rows.stream()
			// A unit with nothing due yet has no rate to be ranked by: it comes after every unit that has one.
			.sorted(Comparator.comparingInt((UnitRanking r) -> r.onTimePercent() == null ? 1 : -r.onTimePercent())
				.thenComparingInt(UnitRanking::overdue)
				.thenComparingDouble(UnitRanking::averageDelayDays)
				.thenComparing(r -> r.unit().name()))
			.toList();
		List<UnitRanking> ranked = new ArrayList<>();
		for (int i = 0; i < sorted.size(); i++) {
			UnitRanking r = sorted.get(i);
			// Listed but not placed: rank 0 until something of theirs is due.
			ranked.add(new UnitRanking(r.onTimePercent() == null ? 0 : i + 1, r.unit(), r.due(), r.dueByNow(), r.closed(), r.closedOnTime(), r.overdue(),
					Math.round(r.averageDelayDays() * 10) / 10.0));
		}
		return ranked;
	}

	@Override
	public List<GoalChoice> goalChoices(int limit, Actor actor) {
		TaskAccess.require(actor, Permissions.SUPERVISION_READ);
		List<Long> scope = units.scope(actor);
		return cache.get(BoardCache.key("goal-choices", limit, scope), () -> goals.choices(scope, limit));
	}

	@Override
	public List<PublicGoal> publicPlan() {
		Units.Names names = units.names();
		List<PublicGoal> plan = new ArrayList<>();
		for (GoalRows.GoalRecord goal : goals.published()) {
			List<PublicTask> published = jdbc.sql("SELECT " + TaskRows.NUMBER + " AS number, t.content, t.lead_unit_id, t.deadline, "
					+ "t.status, t.light, t.percent, t.progress_text, t.last_report_at FROM task t LEFT JOIN task p ON p.id = t.parent_id "
					+ "WHERE t.goal_id = ? AND t.parent_id IS NULL AND t.published AND t.status NOT IN ('DRAFT', 'CANCELLED') ORDER BY t.seq")
				.param(goal.id())
				.query((rs, row) -> new PublicTask(rs.getString("number"), rs.getString("content"),
						names.name((Long) rs.getObject("lead_unit_id")), rs.getObject("deadline", LocalDate.class),
						TaskStatus.valueOf(rs.getString("status")), Light.valueOf(rs.getString("light")),
						"CLOSED".equals(rs.getString("status")) ? 100 : rs.getInt("percent"),
						// A unit's report goes public only once reviewed: when the office closes the task.
						"CLOSED".equals(rs.getString("status")) ? rs.getString("progress_text") : null,
						TaskRows.instant(rs, "last_report_at")))
				.list();
			GoalDetails details = GoalService.details(goal, names);
			int percent = (int) Math.round(published.stream().mapToInt(PublicTask::percent).average().orElse(0));
			plan.add(new PublicGoal(goal.id(), goal.title(), goal.description(), goal.year(), details.indicator(), percent, published));
		}
		return plan;
	}

	private List<TaskSummary> list(TaskFilter filter, List<Long> scope, List<Long> unitTree, String sort, int limit, Units.Names names) {
		return tasks.list(filter, scope, unitTree, new PageQuery(0, limit, sort, true)).stream()
			.map(row -> TaskReading.summary(row, names))
			.toList();
	}

	private List<TaskSummary> listDesc(TaskFilter filter, List<Long> scope, List<Long> unitTree, String sort, int limit,
			Units.Names names) {
		return tasks.list(filter, scope, unitTree, new PageQuery(0, limit, sort, false)).stream()
			.map(row -> TaskReading.summary(row, names))
			.toList();
	}

	/** Tasks in the scope meeting {@code condition}, subtasks included, ordered by {@code order}. */
	private List<TaskSummary> mine(List<Long> scope, String condition, String order, Units.Names names) {
		TaskRows.Where where = TaskRows.where(new TaskFilter(null, null, null, null, null, null, null, null, true), scope, null);
		java.util.Map<String, Object> params = new java.util.HashMap<>(where.params());
		if (condition.contains(":today")) {
			params.put("today", times.today());
			params.put("zone", times.zone().getId());
		}
		return jdbc.sql("SELECT t.id, t.goal_id, " + TaskRows.NUMBER + " AS number, t.content, t.tags, t.lead_unit_id, "
				+ "ARRAY(SELECT tu.unit_id FROM task_unit tu WHERE tu.task_id = t.id AND tu.role = 'CO' ORDER BY tu.unit_id) AS co_units, "
				+ "t.deadline, t.priority, t.status, t.light, t.percent, t.progress_text, t.last_report_at, t.published, t.version "
				+ "FROM task t LEFT JOIN task p ON p.id = t.parent_id" + and(where, condition) + " ORDER BY " + order + ", t.id LIMIT "
				+ LIST_LIMIT)
			.params(params)
			.query(TaskRows::row)
			.list()
			.stream()
			.map(row -> TaskReading.summary(row, names))
			.toList();
	}

	/** The lead unit within the scope (any lead unit for the whole district). */
	private static String lead(List<Long> scope) {
		return scope == null ? "t.lead_unit_id IS NOT NULL" : "t.lead_unit_id IN (:scope)";
	}

	private static String and(TaskRows.Where where, String condition) {
		return where.sql().isEmpty() ? " WHERE " + condition : where.sql() + " AND " + condition;
	}

	/** Tasks counted by status and light, added up into a board's figures. */
	private static final class Tally {

		private int total;
		private int open;
		private int red;
		private int yellow;
		private int green;
		private int closed;
		private int drafts;

		void add(TaskStatus status, Light light, int n) {
			if (status != TaskStatus.CANCELLED) {
				total += n;
			}
			if (status.isOpen()) {
				open += n;
				switch (light) {
					case RED -> red += n;
					case YELLOW -> yellow += n;
					case GREEN -> green += n;
				}
			}
			if (status == TaskStatus.CLOSED) {
				closed += n;
			}
			if (status == TaskStatus.DRAFT) {
				drafts += n;
			}
		}

		Counts counts() {
			return new Counts(total, open, red, yellow, green, closed, drafts);
		}
	}

	private static Counts counts(ResultSet rs) throws SQLException {
		return new Counts(rs.getInt("total"), rs.getInt("open"), rs.getInt("red"), rs.getInt("yellow"), rs.getInt("green"),
				rs.getInt("closed"), rs.getInt("drafts"));
	}
}
