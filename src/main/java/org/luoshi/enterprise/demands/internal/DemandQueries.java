package org.luoshi.enterprise.demands.internal;

import org.luoshi.shared.database.Columns;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.luoshi.calendar.WorkingCalendar;
import org.luoshi.calendar.WorkingDays;
import org.luoshi.enterprise.demands.DemandRates;
import org.luoshi.enterprise.demands.DemandStatus;
import org.luoshi.enterprise.demands.DemandSummary;
import org.luoshi.enterprise.demands.DemandType;
import org.luoshi.enterprise.demands.Satisfaction;
import org.luoshi.shared.Actor;
import org.luoshi.shared.NotFoundException;
import org.luoshi.shared.Page;
import org.luoshi.shared.PageQuery;
import org.luoshi.shared.database.Like;
import org.luoshi.shared.web.Times;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lists of demands and the three rates, each through {@link DemandAccess}'s one rule, in SQL. */
@Service
@Transactional(readOnly = true)
public class DemandQueries implements org.luoshi.enterprise.DemandRateStatistics {

	/** Lists count their rows up to this and one more: a total of {@code COUNT_CAP + 1} means "more than {@code COUNT_CAP}". */
	public static final int COUNT_CAP = 10_000;

	/** Sort fields a list may ask for, and their columns. */
	public static final Map<String, String> SORTS = Map.of("raised", "d.raised_at", "due", "d.due_on", "number", "d.number");

	private final JdbcClient jdbc;
	private final DemandAccess access;
	private final DemandCategories categories;
	private final WorkingDays workingDays;
	private final Times times;
	private final org.luoshi.enterprise.EnterpriseDirectory enterprises;

	DemandQueries(JdbcClient jdbc, DemandAccess access, DemandCategories categories, WorkingDays workingDays, Times times,
			org.luoshi.enterprise.EnterpriseDirectory enterprises) {
		this.enterprises = enterprises;
		this.jdbc = jdbc;
		this.access = access;
		this.categories = categories;
		this.workingDays = workingDays;
		this.times = times;
	}

	/**
	 * Which demands a list shows: words in the number, title or text; a status; the demands of an enterprise; only those
	 * heard on a visit; only those overdue; only those waiting for the reader's own units (to sign, handle or decide);
	 * those a unit handles.
	 */
	public record DemandFilter(String q, DemandStatus status, Long enterpriseId, Long visitId, boolean overdueOnly, boolean mine,
			Long unitId) {

		/** Without a unit: what every list had before the unit filter (the rates' drill-down) came. */
		public DemandFilter(String q, DemandStatus status, Long enterpriseId, Long visitId, boolean overdueOnly, boolean mine) {
			this(q, status, enterpriseId, visitId, overdueOnly, mine, null);
		}

		public static DemandFilter none() {
			return new DemandFilter(null, null, null, null, false, false);
		}
	}

	public Page<DemandSummary> list(DemandFilter filter, PageQuery paging, Actor actor) {
		DemandAccess.Scope scope = access.scope(actor);
		DemandAccess.ListScope listScope = scope.listScope();
		StringBuilder where = new StringBuilder(" WHERE TRUE");
		Map<String, Object> params = new LinkedHashMap<>();
		if (listScope != null) {
			if (listScope.isEnterprise()) {
				where.append(" AND d.enterprise_id = :own");
				params.put("own", listScope.enterpriseId());
			}
			else {
				where.append(" AND (d.handling_unit_id = ANY(:units) OR d.co_unit_ids && :units OR d.division_code = ANY(:divisions))");
				params.put("units", listScope.unitIds().toArray(Long[]::new));
				params.put("divisions", listScope.divisionCodes().toArray(String[]::new));
			}
		}
		if (filter.q() != null && !filter.q().isBlank()) {
			where.append(" AND (d.number ILIKE :q OR d.title ILIKE :q OR d.content ILIKE :q)");
			params.put("q", "%" + Like.escape(filter.q().strip()) + "%");
		}
		if (filter.status() != null) {
			where.append(" AND d.status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.enterpriseId() != null) {
			where.append(" AND d.enterprise_id = :enterprise");
			params.put("enterprise", filter.enterpriseId());
		}
		if (filter.visitId() != null) {
			where.append(" AND d.visit_id = :visit");
			params.put("visit", filter.visitId());
		}
		if (filter.unitId() != null) {
			// The demands handled by the unit, as its line of the three rates counts them (the scope still applies).
			where.append(" AND d.handling_unit_id = :unit");
			params.put("unit", filter.unitId());
		}
		if (filter.overdueOnly()) {
			where.append(" AND d.status IN (" + DemandLifecycle.OPEN_SQL + ") AND d.due_on < :today");
			params.put("today", times.today());
		}
		if (filter.mine()) {
			if (scope.isDesk()) {
				where.append(" AND d.status IN ('SUBMITTED', 'RETURNED')");
			}
			else {
				List<Long> own = listScope == null ? List.of() : listScope.unitIds();
				where.append(" AND ((d.handling_unit_id = ANY(:mine) AND d.status IN ('ASSIGNED', 'IN_PROGRESS'))"
						+ " OR (d.co_unit_ids && :mine AND d.status = 'IN_PROGRESS'))");
				params.put("mine", own.toArray(Long[]::new));
			}
		}
		// Counted up to one past the cap, as search counts its matches: a district's ten million demands are not counted
		// on every page of the list; "more than 10,000" says what a person needs.
		long total = jdbc.sql("SELECT count(*) FROM (SELECT 1 FROM demand d" + where + " LIMIT " + (COUNT_CAP + 1) + ") counted")
			.params(params).query(Long.class).single();
		String order = SORTS.getOrDefault(paging.sortField(), "d.raised_at") + " " + paging.direction() + ", d.id " + paging.direction();
		WorkingCalendar calendar = workingDays.calendar();
		LocalDate today = times.today();
		Map<Long, DemandCategories.Category> tree = categories.byId();
		Map<Long, String> unitNames = new LinkedHashMap<>();
		scope.towns().units().values().forEach(unit -> unitNames.put(unit.id(), unit.displayName()));
		List<Row> rows = jdbc.sql("SELECT d.id, d.number, d.title, d.enterprise_id, d.type, d.category_id, d.status, d.handling_unit_id,"
				+ " d.raised_at, d.due_on, d.answered_on, d.reopen_count, d.escalation_level, d.rating FROM demand d" + where + " ORDER BY " + order
				+ " LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", paging.size())
			.param("offset", paging.offset())
			.query((rs, n) -> new Row(rs.getLong("id"), rs.getString("number"), rs.getString("title"), rs.getLong("enterprise_id"),
					DemandType.valueOf(rs.getString("type")), rs.getLong("category_id"), DemandStatus.valueOf(rs.getString("status")),
					rs.getObject("handling_unit_id", Long.class), Columns.instant(rs, "raised_at"), rs.getObject("due_on", LocalDate.class),
					rs.getObject("answered_on", LocalDate.class), rs.getInt("reopen_count"), rs.getInt("escalation_level"),
					rs.getString("rating") == null ? null : Satisfaction.valueOf(rs.getString("rating"))))
			.list();
		Map<Long, String> enterpriseNames = enterpriseNames(rows.stream().map(Row::enterpriseId).distinct().toList());
		List<DemandSummary> items = rows.stream().map(row -> new DemandSummary(row.id(), row.number(), row.title(), row.enterpriseId(),
				enterpriseNames.getOrDefault(row.enterpriseId(), ""), row.type(),
				tree.containsKey(row.categoryId()) ? DemandCategories.path(tree.get(row.categoryId()), tree) : "", row.status(),
				row.handlingUnitId() == null ? null : unitNames.get(row.handlingUnitId()), row.raisedAt(),
				Demand.clock(row.status(), row.dueOn(), row.answeredOn(), today, calendar), row.reopenCount(), row.escalationLevel(), row.rating()))
			.toList();
		return paging.toPage(items, total);
	}

	private record Row(long id, String number, String title, long enterpriseId, DemandType type, long categoryId, DemandStatus status,
			Long handlingUnitId, java.time.Instant raisedAt, LocalDate dueOn, LocalDate answeredOn, int reopenCount, int escalationLevel,
			Satisfaction rating) {
	}

	private Map<Long, String> enterpriseNames(List<Long> ids) {
		return enterprises.find(ids).entrySet().stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().name()));
	}

	/**
	 * The three rates per unit over the months {@code from} to {@code to}, for the units the reader's scope reaches (all
	 * for the whole district), busiest unit first; a sum over the kept counts, however many demands there are.
	 */
	public List<DemandRates> rates(YearMonth from, YearMonth to, Actor actor) {
		DemandAccess.requireAny(actor, DemandAccess.READ);
		DemandAccess.Scope scope = access.scope(actor);
		DemandAccess.ListScope listScope = scope.listScope();
		String unitCondition = listScope == null ? "" : " AND unit_id = ANY(:units)";
		Map<Long, String> unitNames = new LinkedHashMap<>();
		scope.towns().units().values().forEach(unit -> unitNames.put(unit.id(), unit.displayName()));
		var query = jdbc.sql("""
				SELECT unit_id, sum(assigned) AS assigned, sum(responded_on_time) AS responded, sum(answered) AS answered,
				       sum(answered_on_time) AS answered_on_time, sum(rated) AS rated, sum(resolved) AS resolved,
				       sum(satisfied) AS satisfied, sum(basically) AS basically
				FROM demand_unit_month WHERE month BETWEEN :from AND :to""" + unitCondition + " GROUP BY unit_id ORDER BY sum(assigned) DESC, unit_id")
			.param("from", from.atDay(1))
			.param("to", to.atDay(1));
		if (listScope != null) {
			query = query.param("units", listScope.unitIds().toArray(Long[]::new));
		}
		return query.query((rs, n) -> new DemandRates(rs.getLong("unit_id"), unitNames.getOrDefault(rs.getLong("unit_id"), ""),
				rs.getLong("assigned"), rs.getLong("responded"), rs.getLong("answered"), rs.getLong("answered_on_time"), rs.getLong("rated"),
				rs.getLong("resolved"), rs.getLong("satisfied"), rs.getLong("basically")))
			.list();
	}

	/** The rates for other modules (the leaders' dashboard): the same rows as {@link #rates}, by the same rule. */
	@Override
	public List<UnitRates> unitRates(YearMonth from, YearMonth to, Actor actor) {
		return rates(from, to, actor).stream()
			.map(row -> new UnitRates(row.unitId(), row.unitName(), row.assigned(), row.answered(), row.rated(), row.responseRate(),
					row.onTimeAnswerRate(), row.resolutionRate(), row.satisfactionRate()))
			.toList();
	}

	/**
	 * The three rates with their counts for one unit ({@code unitId}) or, when it is {@code null}, for every unit the
	 * actor's scope reaches together. A unit outside the scope is {@link NotFoundException}, as a demand there is.
	 */
	public DemandRates stats(YearMonth from, YearMonth to, Long unitId, Actor actor) {
		DemandAccess.requireAny(actor, DemandAccess.READ);
		DemandAccess.Scope scope = access.scope(actor);
		DemandAccess.ListScope listScope = scope.listScope();
		String unitName = unitId == null ? null : java.util.Optional.ofNullable(scope.towns().units().get(unitId))
			.filter(unit -> listScope == null || listScope.unitIds().contains(unit.id()))
			.map(org.luoshi.organization.UnitSummary::displayName)
			.orElseThrow(() -> new NotFoundException("unit", unitId));
		List<DemandRates> rows = rates(from, to, actor).stream().filter(row -> unitId == null || row.unitId() == unitId).toList();
		return new DemandRates(unitId == null ? 0 : unitId, unitName, rows.stream().mapToLong(DemandRates::assigned).sum(),
				rows.stream().mapToLong(DemandRates::respondedOnTime).sum(), rows.stream().mapToLong(DemandRates::answered).sum(),
				rows.stream().mapToLong(DemandRates::answeredOnTime).sum(), rows.stream().mapToLong(DemandRates::rated).sum(),
				rows.stream().mapToLong(DemandRates::resolved).sum(), rows.stream().mapToLong(DemandRates::satisfied).sum(),
				rows.stream().mapToLong(DemandRates::basically).sum());
	}

	/** A demand's id by its number ({@code SQ2024-000017}), if the actor may see it. */
	public java.util.Optional<Long> idByNumber(String number, Actor actor) {
		DemandAccess.Scope scope = access.scope(actor);
		return jdbc.sql("SELECT " + DemandRows.COLUMNS + " FROM demand d WHERE d.number = ?").param(number.strip())
			.query(DemandRows::demand).optional().filter(scope::sees).map(Demand::id);
	}

	/** The categories in tree order with their paths, for forms and filters. */
	public List<CategoryChoice> categoryChoices() {
		Map<Long, DemandCategories.Category> tree = categories.byId();
		List<CategoryChoice> choices = new ArrayList<>();
		for (DemandCategories.Category category : categories.all()) {
			if (category.active()) {
				choices.add(new CategoryChoice(category.id(), DemandCategories.path(category, tree), category.nameEn(), category.timeLimitDays(),
						category.parentId() != null));
			}
		}
		return choices;
	}

	public record CategoryChoice(long id, String path, String nameEn, int timeLimitDays, boolean child) {
	}

}
