package org.luoshi.enterprise.demands.internal;

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

import org.luoshi.enterprise.demands.DemandSource;
import org.luoshi.enterprise.demands.DemandStatus;
import org.luoshi.enterprise.demands.DemandTimelineEntry;
import org.luoshi.enterprise.demands.DemandType;
import org.luoshi.enterprise.demands.Satisfaction;
import org.luoshi.shared.Actor;
import org.luoshi.shared.ConflictException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/** The demand tables: a demand read whole and locked, written back in one statement, its timeline, its number. */
@Component
class DemandRows {

	static final String COLUMNS = """
			d.id, d.number, d.enterprise_id, d.division_code, d.source, d.source_ref, d.visit_id, d.type, d.category_id, d.title,
			d.content, d.contact_name, d.contact_phone, d.status, d.handling_unit_id, d.co_unit_ids, d.raised_at, d.raised_on,
			d.time_limit_days, d.due_on, d.assigned_at, d.sign_due_on, d.signed_at, d.answer, d.answered_at, d.answered_on,
			d.rating, d.resolved, d.rated_at, d.rated_unit_id, d.reopen_count, d.escalation_level, d.similar_to, d.merged_into,
			d.task_id, d.task_status, d.proposal_id, d.proposal_number, d.proposal_status, d.closed_at, d.raised_by, d.raised_by_name, d.version""";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	DemandRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A new demand's row, as the service checked and routed it. */
	record NewDemand(String number, long enterpriseId, String divisionCode, DemandSource source, String sourceRef, Long visitId,
			DemandType type, long categoryId, String title, String content, String contactName, String contactPhone, DemandStatus status,
			Long handlingUnitId, Instant raisedAt, LocalDate raisedOn, int timeLimitDays, LocalDate dueOn, LocalDate signDueOn,
			Long similarTo, Long raisedBy, String raisedByName) {
	}

	long insert(NewDemand demand) {
		return jdbc.sql("""
				INSERT INTO demand (number, enterprise_id, division_code, source, source_ref, visit_id, type, category_id, title, content,
				    contact_name, contact_phone, status, handling_unit_id, raised_at, raised_on, time_limit_days, due_on, assigned_at,
				    sign_due_on, similar_to, raised_by, raised_by_name, updated_at)
				VALUES (:number, :enterprise, :division, :source, :sourceRef, :visit, :type, :category, :title, :content, :contactName,
				    :contactPhone, :status, :unit, :raisedAt, :raisedOn, :limit, :dueOn, :assignedAt,
				    :signDueOn, :similarTo, :raisedBy, :raisedByName, :raisedAt)
				RETURNING id""")
			.param("number", demand.number())
			.param("enterprise", demand.enterpriseId())
			.param("division", demand.divisionCode())
			.param("source", demand.source().name())
			.param("sourceRef", demand.sourceRef())
			.param("visit", demand.visitId())
			.param("type", demand.type().name())
			.param("category", demand.categoryId())
			.param("title", demand.title())
			.param("content", demand.content())
			.param("contactName", demand.contactName())
			.param("contactPhone", demand.contactPhone())
			.param("status", demand.status().name())
			.param("unit", demand.handlingUnitId())
			.param("raisedAt", Timestamp.from(demand.raisedAt()))
			.param("raisedOn", demand.raisedOn())
			.param("assignedAt", demand.handlingUnitId() == null ? null : Timestamp.from(demand.raisedAt()))
			.param("limit", demand.timeLimitDays())
			.param("dueOn", demand.dueOn())
			.param("signDueOn", demand.signDueOn())
			.param("similarTo", demand.similarTo())
			.param("raisedBy", demand.raisedBy())
			.param("raisedByName", demand.raisedByName())
			.query(Long.class)
			.single();
	}

	/** The next number of the year ({@code SQ2024-000017}); the row lock orders numbers of concurrent demands. */
	String nextNumber(int year) {
		int next = jdbc.sql("""
				INSERT INTO demand_number (year, last) VALUES (?, 1)
				ON CONFLICT (year) DO UPDATE SET last = demand_number.last + 1
				RETURNING last""")
			.param(year)
			.query(Integer.class)
			.single();
		return "SQ%d-%06d".formatted(year, next);
	}

	Optional<Long> idByNumber(String number) {
		return jdbc.sql("SELECT id FROM demand WHERE number = ?").param(number).query(Long.class).optional();
	}

	Optional<Demand> find(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM demand d WHERE d.id = ?").param(id).query(DemandRows::demand).optional();
	}

	/** Demands by id, in no particular order; unknown ids are left out. */
	List<Demand> find(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT " + COLUMNS + " FROM demand d WHERE d.id IN (:ids)").param("ids", ids).query(DemandRows::demand).list();
	}

	/** The demand whole, locked until the transaction ends: the command path's one read of it. */
	Optional<Demand> lock(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM demand d WHERE d.id = ? FOR UPDATE").param(id).query(DemandRows::demand).optional();
	}

	/** Writes the demand's changeable fields back; a version other than the one read means someone else wrote first. */
	void save(Demand demand) {
		int updated = jdbc.sql("""
				UPDATE demand SET status = :status, handling_unit_id = :unit, co_unit_ids = :coUnits, assigned_at = :assignedAt,
				    sign_due_on = :signDueOn, signed_at = :signedAt, answer = :answer, answered_at = :answeredAt, answered_on = :answeredOn,
				    rating = :rating, resolved = :resolved, rated_at = :ratedAt, rated_unit_id = :ratedUnit, reopen_count = :reopens,
				    escalation_level = :level, merged_into = :mergedInto, task_id = :taskId, task_status = :taskStatus,
				    proposal_id = :proposalId, proposal_number = :proposalNumber, proposal_status = :proposalStatus,
				    closed_at = :closedAt, version = version + 1, updated_at = now()
				WHERE id = :id AND version = :version""")
			.param("status", demand.status().name())
			.param("unit", demand.handlingUnitId())
			.param("coUnits", demand.coUnitIds().toArray(Long[]::new))
			.param("assignedAt", timestamp(demand.assignedAt()))
			.param("signDueOn", demand.signDueOn())
			.param("signedAt", timestamp(demand.signedAt()))
			.param("answer", demand.answer())
			.param("answeredAt", timestamp(demand.answeredAt()))
			.param("answeredOn", demand.answeredOn())
			.param("rating", demand.rating() == null ? null : demand.rating().name())
			.param("resolved", demand.resolved())
			.param("ratedAt", timestamp(demand.ratedAt()))
			.param("ratedUnit", demand.ratedUnitId())
			.param("reopens", demand.reopenCount())
			.param("level", demand.escalationLevel())
			.param("mergedInto", demand.mergedInto())
			.param("taskId", demand.taskId())
			.param("taskStatus", demand.taskStatus())
			.param("proposalId", demand.proposalId())
			.param("proposalNumber", demand.proposalNumber())
			.param("proposalStatus", demand.proposalStatus())
			.param("closedAt", timestamp(demand.closedAt()))
			.param("id", demand.id())
			.param("version", demand.version())
			.update();
		if (updated != 1) {
			throw ConflictException.staleVersion();
		}
	}

	long appendEvent(long demandId, DemandEvent event, Actor actor, Long unitId, Instant at) {
		return jdbc.sql("""
				INSERT INTO demand_event (demand_id, kind, at, account_id, actor_name, unit_id, text, data)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?::json) RETURNING id""")
			.params(demandId, event.kind(), Timestamp.from(at), actor.accountId(), actor.displayName(), unitId, event.text(),
					json(event.data()))
			.query(Long.class)
			.single();
	}

	/** The demand's timeline, oldest first, with unit names from {@code unitNames}. */
	List<DemandTimelineEntry> timeline(long demandId, Map<Long, String> unitNames) {
		return jdbc.sql("SELECT id, kind, at, actor_name, unit_id, text, data::text AS data FROM demand_event WHERE demand_id = ? ORDER BY at, id")
			.param(demandId)
			.query((rs, n) -> {
				long unit = rs.getLong("unit_id");
				Map<String, Object> data = parse(rs.getString("data"));
				List<String> arguments = new ArrayList<>();
				data.forEach((key, value) -> arguments.add(key.endsWith("UnitId") || key.equals("unitId")
						? unitNames.getOrDefault(((Number) value).longValue(), String.valueOf(value)) : String.valueOf(value)));
				return new DemandTimelineEntry(rs.getLong("id"), rs.getString("kind"), rs.getTimestamp("at").toInstant(),
						rs.getString("actor_name"), rs.wasNull() ? null : unitNames.get(unit), rs.getString("text"), arguments);
			})
			.list();
	}

	DemandSettings settings() {
		return jdbc.sql("""
				SELECT desk_unit_id, leader_unit_id, sign_limit_days, rating_limit_days, escalate_desk_days, escalate_leader_days
				FROM demand_settings WHERE id = 1""")
			.query((rs, n) -> new DemandSettings(rs.getObject("desk_unit_id", Long.class), rs.getObject("leader_unit_id", Long.class), rs.getInt("sign_limit_days"),
					rs.getInt("rating_limit_days"), rs.getInt("escalate_desk_days"), rs.getInt("escalate_leader_days")))
			.single();
	}

	static Demand demand(ResultSet rs, int row) throws SQLException {
		return new Demand(rs.getLong("id"), rs.getString("number"), rs.getLong("enterprise_id"), rs.getString("division_code"),
				DemandSource.valueOf(rs.getString("source")), rs.getString("source_ref"), rs.getObject("visit_id", Long.class),
				DemandType.valueOf(rs.getString("type")), rs.getLong("category_id"), rs.getString("title"), rs.getString("content"),
				rs.getString("contact_name"), rs.getString("contact_phone"), DemandStatus.valueOf(rs.getString("status")),
				rs.getObject("handling_unit_id", Long.class), longs(rs.getArray("co_unit_ids")), Columns.instant(rs, "raised_at"),
				rs.getObject("raised_on", LocalDate.class), rs.getInt("time_limit_days"), rs.getObject("due_on", LocalDate.class),
				Columns.instant(rs, "assigned_at"), rs.getObject("sign_due_on", LocalDate.class), Columns.instant(rs, "signed_at"), rs.getString("answer"),
				Columns.instant(rs, "answered_at"), rs.getObject("answered_on", LocalDate.class),
				rs.getString("rating") == null ? null : Satisfaction.valueOf(rs.getString("rating")), (Boolean) rs.getObject("resolved"),
				Columns.instant(rs, "rated_at"), rs.getObject("rated_unit_id", Long.class), rs.getInt("reopen_count"), rs.getInt("escalation_level"),
				rs.getObject("similar_to", Long.class), rs.getObject("merged_into", Long.class), rs.getObject("task_id", Long.class), rs.getString("task_status"),
				rs.getObject("proposal_id", Long.class), rs.getString("proposal_number"), rs.getString("proposal_status"),
				Columns.instant(rs, "closed_at"), rs.getObject("raised_by", Long.class), rs.getString("raised_by_name"), rs.getInt("version"));
	}



	static List<Long> longs(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.stream((Long[]) array.getArray()).toList();
	}

	private static Timestamp timestamp(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	/** The facts as JSON, in the order given: they are the timeline message's arguments (the column is json, not jsonb, to keep it). */
	private static String json(Map<String, Object> data) {
		Map<String, Object> plain = new java.util.LinkedHashMap<>();
		data.forEach((key, value) -> plain.put(key, value instanceof Number || value instanceof Boolean ? value : String.valueOf(value)));
		return JSON.writeValueAsString(plain);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> parse(String json) {
		return JSON.readValue(json, java.util.LinkedHashMap.class);
	}
}
