package org.luoshi.enterprise.proposals.internal;

import org.luoshi.shared.database.Columns;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.luoshi.enterprise.proposals.AnswerCategory;
import org.luoshi.enterprise.proposals.Disposition;
import org.luoshi.enterprise.proposals.Evaluation;
import org.luoshi.enterprise.proposals.ProposalStatus;
import org.luoshi.enterprise.proposals.ProposalTimelineEntry;
import org.luoshi.shared.Actor;
import org.luoshi.shared.ConflictException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/** The proposal tables: a proposal read whole and locked, written back in one statement, its timeline, its number. */
@Component
class ProposalRows {

	static final String COLUMNS = """
			p.id, p.number, p.title, p.reasons, p.suggestions, p.proposer_account_id, p.proposer_name, p.co_signer_account_ids,
			p.co_signer_names, p.enterprise_ids, p.demand_id, p.demand_number, p.status, p.submitted_at, p.accepted_at,
			p.rejection_reason, p.disposition, p.lead_unit_id, p.co_unit_ids, p.assigned_on, p.due_on, p.adjust_until,
			p.adjustment_unit_id, p.adjustment_reason, p.answer_category, p.answer, p.answered_on, p.answer_count, p.evaluation,
			p.evaluated_at, p.opinion_id, p.closed_at, p.follow_up_level, p.office_waits_since, p.office_reminded, p.version""";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;
	private final org.springframework.context.MessageSource messages;

	ProposalRows(JdbcClient jdbc, org.springframework.context.MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	/** An evaluation, an answer's class or a disposition as the reader's language names it; other facts as they are. */
	private String label(String key, Object value) {
		String code = switch (key) {
			case "evaluation" -> "proposal.evaluation." + value;
			case "category" -> "proposal.category.short." + value;
			case "disposition" -> "proposal.disposition." + value;
			default -> null;
		};
		return code == null ? String.valueOf(value)
				: messages.getMessage(code, null, String.valueOf(value), org.springframework.context.i18n.LocaleContextHolder.getLocale());
	}

	record NewProposal(String title, String reasons, String suggestions, Long proposerAccountId, String proposerName,
			List<Long> coSignerAccountIds, List<String> coSignerNames, List<Long> enterpriseIds, Long demandId, String demandNumber,
			Instant submittedAt, LocalDate submittedOn) {
	}

	long insert(NewProposal proposal) {
		return jdbc.sql("""
				INSERT INTO proposal (title, reasons, suggestions, proposer_account_id, proposer_name, co_signer_account_ids, co_signer_names,
				    enterprise_ids, demand_id, demand_number, status, submitted_at, office_waits_since, updated_at)
				VALUES (:title, :reasons, :suggestions, :proposer, :proposerName, :coSigners, :coSignerNames, :enterprises, :demand,
				    :demandNumber, 'SUBMITTED', :at, :submittedOn, :at)
				RETURNING id""")
			.param("title", proposal.title())
			.param("reasons", proposal.reasons())
			.param("suggestions", proposal.suggestions())
			.param("proposer", proposal.proposerAccountId())
			.param("proposerName", proposal.proposerName())
			.param("coSigners", proposal.coSignerAccountIds().toArray(Long[]::new))
			.param("coSignerNames", proposal.coSignerNames().toArray(String[]::new))
			.param("enterprises", proposal.enterpriseIds().toArray(Long[]::new))
			.param("demand", proposal.demandId())
			.param("demandNumber", proposal.demandNumber())
			.param("at", Timestamp.from(proposal.submittedAt()))
			.param("submittedOn", proposal.submittedOn())
			.query(Long.class)
			.single();
	}

	/** The next number of the year ({@code 2026-0012}); the row lock orders numbers of proposals accepted at once. */
	String nextNumber(int year) {
		int next = jdbc.sql("""
				INSERT INTO proposal_number (year, last) VALUES (?, 1)
				ON CONFLICT (year) DO UPDATE SET last = proposal_number.last + 1
				RETURNING last""")
			.param(year)
			.query(Integer.class)
			.single();
		return "%d-%04d".formatted(year, next);
	}

	Optional<Proposal> find(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM proposal p WHERE p.id = ?").param(id).query(ProposalRows::proposal).optional();
	}

	/** Proposals by id, in no particular order; unknown ids are left out. */
	List<Proposal> find(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT " + COLUMNS + " FROM proposal p WHERE p.id IN (:ids)").param("ids", ids).query(ProposalRows::proposal).list();
	}

	/** The proposal whole, locked until the transaction ends: the command path's one read of it. */
	Optional<Proposal> lock(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM proposal p WHERE p.id = ? FOR UPDATE").param(id).query(ProposalRows::proposal).optional();
	}

	List<Proposal> ofEnterprise(long enterpriseId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM proposal p WHERE ? = ANY(p.enterprise_ids) ORDER BY p.submitted_at DESC")
			.param(enterpriseId).query(ProposalRows::proposal).list();
	}

	void save(Proposal p) {
		int updated = jdbc.sql("""
				UPDATE proposal SET number = :number, title = :title, reasons = :reasons, suggestions = :suggestions, status = :status,
				    accepted_at = :acceptedAt, rejection_reason = :rejection, disposition = :disposition, lead_unit_id = :lead,
				    co_unit_ids = :coUnits, assigned_on = :assignedOn, due_on = :dueOn, adjust_until = :adjustUntil,
				    adjustment_unit_id = :adjustmentUnit, adjustment_reason = :adjustmentReason, answer_category = :category, answer = :answer,
				    answered_on = :answeredOn, answer_count = :answers, evaluation = :evaluation, evaluated_at = :evaluatedAt,
				    opinion_id = :opinion, closed_at = :closedAt, follow_up_level = :followUpLevel, office_waits_since = :officeWaitsSince,
				    office_reminded = :officeReminded, version = version + 1, updated_at = now()
				WHERE id = :id AND version = :version""")
			.param("number", p.number())
			.param("title", p.title())
			.param("reasons", p.reasons())
			.param("suggestions", p.suggestions())
			.param("status", p.status().name())
			.param("acceptedAt", timestamp(p.acceptedAt()))
			.param("rejection", p.rejectionReason())
			.param("disposition", p.disposition() == null ? null : p.disposition().name())
			.param("lead", p.leadUnitId())
			.param("coUnits", p.coUnitIds().toArray(Long[]::new))
			.param("assignedOn", p.assignedOn())
			.param("dueOn", p.dueOn())
			.param("adjustUntil", p.adjustUntil())
			.param("adjustmentUnit", p.adjustmentUnitId())
			.param("adjustmentReason", p.adjustmentReason())
			.param("category", p.answerCategory() == null ? null : p.answerCategory().name())
			.param("answer", p.answer())
			.param("answeredOn", p.answeredOn())
			.param("answers", p.answerCount())
			.param("evaluation", p.evaluation() == null ? null : p.evaluation().name())
			.param("evaluatedAt", timestamp(p.evaluatedAt()))
			.param("opinion", p.opinionId())
			.param("closedAt", timestamp(p.closedAt()))
			.param("followUpLevel", p.followUpLevel())
			.param("officeWaitsSince", p.officeWaitsSince())
			.param("officeReminded", p.officeReminded())
			.param("id", p.id())
			.param("version", p.version())
			.update();
		if (updated != 1) {
			throw ConflictException.staleVersion();
		}
	}

	long appendEvent(long proposalId, ProposalEvent event, Actor actor, Long unitId, Instant at) {
		return jdbc.sql("""
				INSERT INTO proposal_event (proposal_id, kind, at, account_id, actor_name, unit_id, text, data)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?::json) RETURNING id""")
			.params(proposalId, event.kind(), Timestamp.from(at), actor.accountId(), actor.displayName(), unitId, event.text(),
					json(event.data()))
			.query(Long.class)
			.single();
	}

	List<ProposalTimelineEntry> timeline(long proposalId, Map<Long, String> unitNames) {
		return timeline("proposal_event", "proposal_id", proposalId, unitNames);
	}

	/** A timeline, oldest first, unit ids among its facts shown by name. */
	List<ProposalTimelineEntry> timeline(String table, String column, long id, Map<Long, String> unitNames) {
		boolean units = table.equals("proposal_event");
		return jdbc.sql("SELECT id, kind, at, actor_name, " + (units ? "unit_id" : "NULL::bigint AS unit_id")
				+ ", text, data::text AS data FROM " + table + " WHERE " + column + " = ? ORDER BY at, id")
			.param(id)
			.query((rs, n) -> {
				long unit = rs.getLong("unit_id");
				boolean noUnit = rs.wasNull();
				List<String> arguments = new ArrayList<>();
				parse(rs.getString("data")).forEach((key, value) -> arguments.add(key.endsWith("UnitId") || key.equals("unitId")
						? unitNames.getOrDefault(((Number) value).longValue(), String.valueOf(value)) : label(key, value)));
				return new ProposalTimelineEntry(rs.getLong("id"), rs.getString("kind"), rs.getTimestamp("at").toInstant(),
						rs.getString("actor_name"), noUnit ? null : unitNames.get(unit), rs.getString("text"), arguments);
			})
			.list();
	}

	Long officeUnitId() {
		return jdbc.sql("SELECT office_unit_id FROM proposal_settings WHERE id = 1").query(Long.class).optional().orElse(null);
	}

	static Proposal proposal(ResultSet rs, int row) throws SQLException {
		return new Proposal(rs.getLong("id"), rs.getString("number"), rs.getString("title"), rs.getString("reasons"), rs.getString("suggestions"),
				rs.getObject("proposer_account_id", Long.class), rs.getString("proposer_name"), longs(rs.getArray("co_signer_account_ids")),
				strings(rs.getArray("co_signer_names")), longs(rs.getArray("enterprise_ids")), rs.getObject("demand_id", Long.class),
				rs.getString("demand_number"), ProposalStatus.valueOf(rs.getString("status")), Columns.instant(rs, "submitted_at"),
				Columns.instant(rs, "accepted_at"), rs.getString("rejection_reason"),
				rs.getString("disposition") == null ? null : Disposition.valueOf(rs.getString("disposition")), rs.getObject("lead_unit_id", Long.class),
				longs(rs.getArray("co_unit_ids")), rs.getObject("assigned_on", LocalDate.class), rs.getObject("due_on", LocalDate.class),
				rs.getObject("adjust_until", LocalDate.class), rs.getObject("adjustment_unit_id", Long.class), rs.getString("adjustment_reason"),
				rs.getString("answer_category") == null ? null : AnswerCategory.valueOf(rs.getString("answer_category")), rs.getString("answer"),
				rs.getObject("answered_on", LocalDate.class), rs.getInt("answer_count"),
				rs.getString("evaluation") == null ? null : Evaluation.valueOf(rs.getString("evaluation")), Columns.instant(rs, "evaluated_at"),
				rs.getObject("opinion_id", Long.class), Columns.instant(rs, "closed_at"), rs.getInt("follow_up_level"),
				rs.getObject("office_waits_since", LocalDate.class), rs.getBoolean("office_reminded"), rs.getInt("version"));
	}



	static List<Long> longs(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.stream((Long[]) array.getArray()).toList();
	}

	static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.stream((String[]) array.getArray()).toList();
	}

	static Timestamp timestamp(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	/** The facts as JSON, in the order given: they are the timeline message's arguments (the column is json, not jsonb, to keep it). */
	static String json(Map<String, Object> data) {
		Map<String, Object> plain = new java.util.LinkedHashMap<>();
		data.forEach((key, value) -> plain.put(key, value instanceof Number || value instanceof Boolean ? value : String.valueOf(value)));
		return JSON.writeValueAsString(plain);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> parse(String json) {
		return JSON.readValue(json, java.util.LinkedHashMap.class);
	}
}
