package org.luoshi.enterprise.proposals.internal;

import org.luoshi.shared.database.Columns;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.luoshi.calendar.WorkingCalendar;
import org.luoshi.calendar.WorkingDays;
import org.luoshi.enterprise.proposals.AnswerCategory;
import org.luoshi.enterprise.proposals.Evaluation;
import org.luoshi.enterprise.proposals.OpinionStatus;
import org.luoshi.enterprise.proposals.OpinionSummary;
import org.luoshi.enterprise.proposals.ProposalStatus;
import org.luoshi.enterprise.proposals.ProposalSummary;
import org.luoshi.shared.Actor;
import org.luoshi.shared.Page;
import org.luoshi.shared.PageQuery;
import org.luoshi.shared.Permissions;
import org.luoshi.shared.database.Like;
import org.luoshi.shared.web.Times;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lists of proposals and public-opinion reports, and the home page's counts, each through {@link ProposalAccess}'s rule in SQL. */
@Service
@Transactional(readOnly = true)
public class ProposalQueries {

	public static final Map<String, String> SORTS = Map.of("submitted", "p.submitted_at", "due", "p.due_on", "number", "p.number");

	private final JdbcClient jdbc;
	private final ProposalAccess access;
	private final WorkingDays workingDays;
	private final Times times;

	ProposalQueries(JdbcClient jdbc, ProposalAccess access, WorkingDays workingDays, Times times) {
		this.jdbc = jdbc;
		this.access = access;
		this.workingDays = workingDays;
		this.times = times;
	}

	/**
	 * Which proposals a list shows: words in the number, title or text; a status; an enterprise's; only those overdue;
	 * only those waiting for the reader — the office's to examine, assign or decide, a unit's to answer or report done, a
	 * member's to revise or evaluate.
	 */
	public record ProposalFilter(String q, ProposalStatus status, Long enterpriseId, boolean overdueOnly, boolean mine) {

		public static ProposalFilter none() {
			return new ProposalFilter(null, null, null, false, false);
		}
	}

	public Page<ProposalSummary> list(ProposalFilter filter, PageQuery paging, Actor actor) {
		ProposalAccess.Scope scope = access.scope(actor);
		Map<String, Object> params = new LinkedHashMap<>();
		StringBuilder where = new StringBuilder(" WHERE ").append(visible(scope, params));
		if (filter.q() != null && !filter.q().isBlank()) {
			where.append(" AND (p.number ILIKE :q OR p.title ILIKE :q OR p.reasons ILIKE :q OR p.proposer_name ILIKE :q)");
			params.put("q", "%" + Like.escape(filter.q().strip()) + "%");
		}
		if (filter.status() != null) {
			where.append(" AND p.status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.enterpriseId() != null) {
			where.append(" AND :enterprise = ANY(p.enterprise_ids)");
			params.put("enterprise", filter.enterpriseId());
		}
		if (filter.overdueOnly()) {
			where.append(" AND p.status = 'ASSIGNED' AND p.due_on < :today");
			params.put("today", times.today());
		}
		if (filter.mine()) {
			where.append(" AND ").append(waiting(scope, params));
		}
		long total = jdbc.sql("SELECT count(*) FROM proposal p" + where).params(params).query(Long.class).single();
		String order = SORTS.getOrDefault(paging.sortField(), "p.submitted_at") + " " + paging.direction() + " NULLS LAST, p.id "
				+ paging.direction();
		Map<Long, String> unitNames = new LinkedHashMap<>();
		scope.units().values().forEach(unit -> unitNames.put(unit.id(), unit.displayName()));
		LocalDate today = times.today();
		List<ProposalSummary> items = jdbc.sql("SELECT p.id, p.number, p.title, p.proposer_name, p.status, p.lead_unit_id, p.submitted_at,"
				+ " p.due_on, p.answered_on, p.answer_category, p.evaluation FROM proposal p" + where + " ORDER BY " + order
				+ " LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", paging.size())
			.param("offset", paging.offset())
			.query((rs, n) -> {
				ProposalStatus status = ProposalStatus.valueOf(rs.getString("status"));
				Long lead = rs.getObject("lead_unit_id", Long.class);
				return new ProposalSummary(rs.getLong("id"), rs.getString("number"), rs.getString("title"), rs.getString("proposer_name"), status,
						lead == null ? null : unitNames.get(lead), Columns.instant(rs, "submitted_at"),
						Proposal.clock(status, rs.getObject("due_on", LocalDate.class), rs.getObject("answered_on", LocalDate.class), today),
						rs.getString("answer_category") == null ? null : AnswerCategory.valueOf(rs.getString("answer_category")),
						rs.getString("evaluation") == null ? null : Evaluation.valueOf(rs.getString("evaluation")));
			})
			.list();
		return paging.toPage(items, total);
	}

	/** How many proposals wait for the reader, and (units) how many of those are due within the yellow light's days. */
	public record Waiting(long total, long dueSoon) {
	}

	public Waiting waiting(Actor actor) {
		ProposalAccess.Scope scope = access.scope(actor);
		if (actor.isEnterprise() || !(scope.isOffice() || actor.can(Permissions.PROPOSAL_HANDLE) || actor.can(Permissions.PROPOSAL_SUBMIT))) {
			return new Waiting(0, 0);
		}
		Map<String, Object> params = new LinkedHashMap<>();
		String where = " WHERE " + visible(scope, params) + " AND " + waiting(scope, params);
		params.put("soon", times.today().plusDays(org.luoshi.enterprise.proposals.ProposalClock.YELLOW_DAYS));
		return jdbc.sql("SELECT count(*) AS total, count(*) FILTER (WHERE p.status = 'ASSIGNED' AND p.due_on <= :soon) AS soon FROM proposal p"
				+ where)
			.params(params)
			.query((rs, n) -> new Waiting(rs.getLong("total"), rs.getLong("soon")))
			.single();
	}

	/** The rule's SQL: all, or the actor's own and those of the units of its scope. */
	private static String visible(ProposalAccess.Scope scope, Map<String, Object> params) {
		ProposalAccess.ListScope listScope = scope.listScope();
		if (listScope == null) {
			return "TRUE";
		}
		params.put("me", listScope.accountId());
		params.put("units", listScope.unitIds().toArray(Long[]::new));
		return "(p.proposer_account_id = :me OR :me = ANY(p.co_signer_account_ids) OR p.lead_unit_id = ANY(:units) OR p.co_unit_ids && :units)";
	}

	/** Waiting for the reader: by the sides the table gives them, in the statuses where they have a step to take. */
	private static String waiting(ProposalAccess.Scope scope, Map<String, Object> params) {
		StringBuilder any = new StringBuilder("(FALSE");
		if (scope.isOffice()) {
			any.append(" OR p.status IN ('SUBMITTED', 'ACCEPTED') OR (p.status = 'ASSIGNED' AND p.adjustment_reason IS NOT NULL)");
		}
		Actor actor = scope.actor();
		if (actor.can(Permissions.PROPOSAL_HANDLE) && !actor.isEnterprise()) {
			List<Long> own = actor.seesWholeDistrict() ? scope.units().keySet().stream().toList()
					: scope.units().values().stream().filter(unit -> actor.scopeUnitId() != null && unit.isWithin(actor.scopeUnitId()))
						.map(unit -> unit.id()).toList();
			params.put("handling", own.toArray(Long[]::new));
			any.append(" OR (p.lead_unit_id = ANY(:handling) AND p.status IN ('ASSIGNED', 'IN_FOLLOW_UP'))"
					+ " OR (p.co_unit_ids && :handling AND p.status = 'ASSIGNED')");
		}
		if (actor.can(Permissions.PROPOSAL_SUBMIT) && actor.accountId() != null) {
			params.put("proposer", actor.accountId());
			any.append(" OR (p.proposer_account_id = :proposer AND p.status IN ('RETURNED_FOR_REVISION', 'ANSWERED'))");
		}
		return any.append(")").toString();
	}

	public Page<OpinionSummary> opinions(String q, OpinionStatus status, PageQuery paging, Actor actor) {
		ProposalAccess.Scope scope = access.scope(actor);
		ProposalAccess.ListScope listScope = scope.listScope();
		Map<String, Object> params = new LinkedHashMap<>();
		StringBuilder where = new StringBuilder(" WHERE TRUE");
		if (listScope != null) {
			where.append(" AND (o.reporter_account_id = :me OR o.forwarded_unit_ids && :units)");
			params.put("me", listScope.accountId());
			params.put("units", listScope.unitIds().toArray(Long[]::new));
		}
		if (q != null && !q.isBlank()) {
			where.append(" AND (o.title ILIKE :q OR o.content ILIKE :q OR o.reporter_name ILIKE :q)");
			params.put("q", "%" + Like.escape(q.strip()) + "%");
		}
		if (status != null) {
			where.append(" AND o.status = :status");
			params.put("status", status.name());
		}
		long total = jdbc.sql("SELECT count(*) FROM proposal_opinion o" + where).params(params).query(Long.class).single();
		LocalDate today = times.today();
		WorkingCalendar calendar = workingDays.calendar();
		List<OpinionSummary> items = jdbc.sql("SELECT o.id, o.title, o.reporter_name, o.status, o.submitted_at, o.proposal_id,"
				+ " o.office_waits_since, o.office_done_on FROM proposal_opinion o" + where + " ORDER BY o.submitted_at " + paging.direction()
				+ ", o.id " + paging.direction() + " LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", paging.size())
			.param("offset", paging.offset())
			.query((rs, n) -> {
				OpinionStatus opinionStatus = OpinionStatus.valueOf(rs.getString("status"));
				return new OpinionSummary(rs.getLong("id"), rs.getString("title"), rs.getString("reporter_name"), opinionStatus,
						Columns.instant(rs, "submitted_at"), rs.getObject("proposal_id") != null,
						Opinion.clock(opinionStatus, rs.getObject("office_waits_since", LocalDate.class),
								rs.getObject("office_done_on", LocalDate.class), today, calendar));
			})
			.list();
		return paging.toPage(items, total);
	}
}
