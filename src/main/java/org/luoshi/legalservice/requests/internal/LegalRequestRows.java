package org.luoshi.legalservice.requests.internal;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.luoshi.legalservice.requests.LegalRequestCommands.PartyInput;
import org.luoshi.legalservice.requests.LegalRequestDetails.RequestParty;
import org.luoshi.legalservice.requests.LegalRequestDetails.AidReason;
import org.luoshi.legalservice.requests.LegalRequestDetails.MediationSession;
import org.luoshi.legalservice.requests.LegalRequestDetails.LegalSlot;
import org.luoshi.legalservice.requests.LegalRequestDetails.RequestTimelineEntry;
import org.luoshi.legalservice.requests.LegalRequestStatus;
import org.luoshi.legalservice.requests.MediationOutcome;
import org.luoshi.legalservice.requests.RequestChannel;
import org.luoshi.legalservice.requests.RequesterKind;
import org.luoshi.shared.Actor;
import org.luoshi.shared.ConflictException;
import org.luoshi.shared.database.Columns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The request tables: a request read whole and locked, written back in one statement, its timeline, sessions, slots. */
@Component
class LegalRequestRows {

	static final String COLUMNS = """
			r.id, r.point_id, r.service_code, r.channel, r.ticket_day, r.ticket_seq, r.requester_kind, r.enterprise_id,
			r.requester_account_id, r.requester_name, r.requester_phone, r.requester_email, r.email_verified, r.requester_id_number,
			r.requester_address, r.matter, r.status, r.requested_at, r.called_at, r.slot_id, r.practitioner_id, r.referral_count,
			r.aid_household_income, r.aid_household_size, r.aid_case_type, r.aid_eligible, r.aid_reasons::text AS aid_reasons,
			r.aid_override_reason, r.aid_granted, r.mediation_outcome, r.mediation_agreement, r.judicial_confirmation, r.outcome,
			r.closed_at, r.rating, r.rating_comment, r.rated_at, r.created_by, r.created_by_name, r.version,
			(SELECT count(*) FROM legal_mediation_session s WHERE s.request_id = r.id) AS session_count""";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	LegalRequestRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record NewRow(long pointId, String serviceCode, RequestChannel channel, LocalDate ticketDay, RequesterKind requesterKind, Long enterpriseId,
			Long requesterAccountId, String requesterName, String phone, String email, boolean emailVerified, String idNumber, String address,
			String matter, Instant requestedAt, Long createdBy, String createdByName) {
	}

	/** Inserts the request with the point's next ticket of the day; the point's lock orders tickets taken at once. */
	long insert(NewRow row, List<PartyInput> parties) {
		jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock(74012, CAST(? AS integer))").param((int) row.pointId()).query(Integer.class).single();
		int seq = jdbc.sql("SELECT coalesce(max(ticket_seq), 0) + 1 FROM legal_request WHERE point_id = ? AND ticket_day = ?")
			.params(row.pointId(), row.ticketDay()).query(Integer.class).single();
		long id = jdbc.sql("""
				INSERT INTO legal_request (point_id, service_code, channel, ticket_day, ticket_seq, requester_kind, enterprise_id,
				    requester_account_id, requester_name, requester_phone, requester_email, email_verified, requester_id_number,
				    requester_address, matter, status, requested_at, created_by, created_by_name)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'WAITING', ?, ?, ?) RETURNING id""")
			.params(row.pointId(), row.serviceCode(), row.channel().name(), row.ticketDay(), seq, row.requesterKind().name(), row.enterpriseId(),
					row.requesterAccountId(), row.requesterName(), row.phone(), row.email(), row.emailVerified(), row.idNumber(), row.address(),
					row.matter(), Timestamp.from(row.requestedAt()), row.createdBy(), row.createdByName())
			.query(Long.class).single();
		for (int i = 0; i < parties.size(); i++) {
			jdbc.sql("INSERT INTO legal_request_party (request_id, name, identifier, position) VALUES (?, ?, ?, ?)")
				.params(id, parties.get(i).name(), parties.get(i).identifier(), i).update();
		}
		return id;
	}

	Optional<LegalRequest> find(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM legal_request r WHERE r.id = ?").param(id).query(LegalRequestRows::request).optional();
	}

	List<LegalRequest> find(java.util.Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT " + COLUMNS + " FROM legal_request r WHERE r.id IN (:ids)").param("ids", ids).query(LegalRequestRows::request).list();
	}

	/** Every request of a point, for stating their search documents again when its staff list changes. */
	List<LegalRequest> atPoint(long pointId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM legal_request r WHERE r.point_id = ? ORDER BY r.id").param(pointId)
			.query(LegalRequestRows::request).list();
	}

	/** The request whole, locked until the transaction ends: the command path's one read of it. */
	Optional<LegalRequest> lock(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM legal_request r WHERE r.id = ? FOR UPDATE OF r").param(id).query(LegalRequestRows::request)
			.optional();
	}

	void save(LegalRequest request) {
		LegalRequest.Row r = request.row();
		int updated = jdbc.sql("""
				UPDATE legal_request SET service_code = :service, status = :status, called_at = :calledAt, slot_id = :slot,
				    practitioner_id = :practitioner, referral_count = :referrals, aid_household_income = :income, aid_household_size = :household,
				    aid_case_type = :caseType, aid_eligible = :eligible, aid_reasons = CAST(:reasons AS jsonb), aid_override_reason = :override,
				    aid_granted = :granted, mediation_outcome = :mediation, mediation_agreement = :agreement,
				    judicial_confirmation = :confirmation, outcome = :outcome, closed_at = :closedAt, rating = :rating,
				    rating_comment = :ratingComment, rated_at = :ratedAt, version = version + 1, updated_at = now()
				WHERE id = :id AND version = :version""")
			.param("service", r.serviceCode())
			.param("status", r.status().name())
			.param("calledAt", timestamp(r.calledAt()))
			.param("slot", r.slotId())
			.param("practitioner", r.practitionerId())
			.param("referrals", r.referralCount())
			.param("income", r.aidIncome())
			.param("household", r.aidHouseholdSize())
			.param("caseType", r.aidCaseType())
			.param("eligible", r.aidEligible())
			.param("reasons", r.aidReasons() == null ? null : JSON.writeValueAsString(r.aidReasons()))
			.param("override", r.aidOverrideReason())
			.param("granted", r.aidGranted())
			.param("mediation", r.mediationOutcome() == null ? null : r.mediationOutcome().name())
			.param("agreement", r.agreement())
			.param("confirmation", r.judicialConfirmation())
			.param("outcome", r.outcome())
			.param("closedAt", timestamp(r.closedAt()))
			.param("rating", r.rating())
			.param("ratingComment", r.ratingComment())
			.param("ratedAt", timestamp(r.ratedAt()))
			.param("id", r.id())
			.param("version", r.version())
			.update();
		if (updated != 1) {
			throw ConflictException.staleVersion();
		}
	}

	long appendEvent(long requestId, LegalRequestEvent event, Actor actor, Instant at) {
		return jdbc.sql("""
				INSERT INTO legal_request_event (request_id, kind, at, account_id, actor_name, text, data)
				VALUES (?, ?, ?, ?, ?, ?, CAST(? AS json)) RETURNING id""")
			.params(requestId, event.kind(), Timestamp.from(at), actor.accountId(), actor.displayName(), event.text(), json(event.data()))
			.query(Long.class).single();
	}

	/** The timeline, oldest first: across referrals, one history. */
	List<RequestTimelineEntry> timeline(long requestId) {
		return jdbc.sql("SELECT id, kind, at, actor_name, text, data::text AS data FROM legal_request_event WHERE request_id = ? ORDER BY at, id")
			.param(requestId)
			.query((rs, n) -> {
				Map<String, Object> data = JSON.readValue(rs.getString("data"), new TypeReference<LinkedHashMap<String, Object>>() {
				});
				List<String> arguments = new ArrayList<>();
				data.values().forEach(value -> arguments.add(String.valueOf(value)));
				return new RequestTimelineEntry(rs.getLong("id"), rs.getString("kind"), Columns.instant(rs, "at"), rs.getString("actor_name"),
						rs.getString("text"), arguments);
			})
			.list();
	}

	List<RequestParty> parties(long requestId) {
		return jdbc.sql("SELECT name, identifier FROM legal_request_party WHERE request_id = ? ORDER BY position, id").param(requestId)
			.query((rs, n) -> new RequestParty(rs.getString("name"), rs.getString("identifier"))).list();
	}

	void addSession(long requestId, LocalDate heldOn, String notes, String recordedBy, Instant at) {
		jdbc.sql("INSERT INTO legal_mediation_session (request_id, held_on, notes, recorded_by_name, recorded_at) VALUES (?, ?, ?, ?, ?)")
			.params(requestId, heldOn, notes, recordedBy, Timestamp.from(at)).update();
	}

	List<MediationSession> sessions(long requestId) {
		return jdbc.sql("SELECT held_on, notes, recorded_by_name FROM legal_mediation_session WHERE request_id = ? ORDER BY held_on, id")
			.param(requestId)
			.query((rs, n) -> new MediationSession(rs.getObject("held_on", LocalDate.class), rs.getString("notes"), rs.getString("recorded_by_name")))
			.list();
	}

	// ----- slots

	private static final String SLOT = "SELECT id, point_id, starts_at, ends_at, capacity, booked FROM legal_slot";

	Optional<LegalSlot> slot(long id) {
		return jdbc.sql(SLOT + " WHERE id = ?").param(id).query(LegalRequestRows::slot).optional();
	}

	/** A point's slots from {@code from} on, in order. */
	List<LegalSlot> slots(long pointId, Instant from, int limit) {
		return jdbc.sql(SLOT + " WHERE point_id = ? AND starts_at >= ? ORDER BY starts_at LIMIT ?")
			.params(pointId, Timestamp.from(from), limit).query(LegalRequestRows::slot).list();
	}

	/** Takes a place in the slot; false when it is full (the check and the count in one statement). */
	boolean book(long slotId) {
		return jdbc.sql("UPDATE legal_slot SET booked = booked + 1 WHERE id = ? AND booked < capacity").param(slotId).update() == 1;
	}

	void release(long slotId) {
		jdbc.sql("UPDATE legal_slot SET booked = booked - 1 WHERE id = ? AND booked > 0").param(slotId).update();
	}

	long addSlot(long pointId, Instant startsAt, Instant endsAt, int capacity) {
		return jdbc.sql("INSERT INTO legal_slot (point_id, starts_at, ends_at, capacity) VALUES (?, ?, ?, ?) RETURNING id")
			.params(pointId, Timestamp.from(startsAt), Timestamp.from(endsAt), capacity).query(Long.class).single();
	}

	boolean slotExists(long pointId, Instant startsAt) {
		return jdbc.sql("SELECT count(*) FROM legal_slot WHERE point_id = ? AND starts_at = ?").params(pointId, Timestamp.from(startsAt))
			.query(Long.class).single() > 0;
	}

	// ----- the rules

	AidRules rules() {
		return jdbc.sql("SELECT income_standard, exempt_case_types, version FROM legal_aid_rules WHERE id = 1")
			.query((rs, n) -> new AidRules(rs.getBigDecimal("income_standard"), Set.copyOf(strings(rs.getArray("exempt_case_types"))),
					rs.getInt("version")))
			.single();
	}

	boolean saveRules(BigDecimal standard, List<String> exempt, int version) {
		return jdbc.sql("UPDATE legal_aid_rules SET income_standard = ?, exempt_case_types = ?, version = version + 1 WHERE id = 1 AND version = ?")
			.params(standard, exempt.toArray(String[]::new), version).update() == 1;
	}

	// ----- mapping

	static LegalRequest request(ResultSet rs, int n) throws SQLException {
		String reasons = rs.getString("aid_reasons");
		String mediation = rs.getString("mediation_outcome");
		return new LegalRequest(new LegalRequest.Row(rs.getLong("id"), rs.getLong("point_id"), rs.getString("service_code"),
				RequestChannel.valueOf(rs.getString("channel")), rs.getObject("ticket_day", LocalDate.class), rs.getInt("ticket_seq"),
				RequesterKind.valueOf(rs.getString("requester_kind")), rs.getObject("enterprise_id", Long.class),
				rs.getObject("requester_account_id", Long.class), rs.getString("requester_name"), rs.getString("requester_phone"),
				rs.getString("requester_email"), rs.getBoolean("email_verified"), rs.getString("requester_id_number"),
				rs.getString("requester_address"), rs.getString("matter"), LegalRequestStatus.valueOf(rs.getString("status")),
				Columns.instant(rs, "requested_at"), Columns.instant(rs, "called_at"), rs.getObject("slot_id", Long.class),
				rs.getObject("practitioner_id", Long.class), rs.getInt("referral_count"), rs.getBigDecimal("aid_household_income"),
				rs.getObject("aid_household_size", Integer.class), rs.getString("aid_case_type"), (Boolean) rs.getObject("aid_eligible"),
				reasons == null ? null : JSON.readValue(reasons, new TypeReference<List<AidReason>>() {
				}), rs.getString("aid_override_reason"), (Boolean) rs.getObject("aid_granted"),
				mediation == null ? null : MediationOutcome.valueOf(mediation), rs.getString("mediation_agreement"),
				rs.getString("judicial_confirmation"), rs.getString("outcome"), Columns.instant(rs, "closed_at"),
				rs.getObject("rating", Integer.class), rs.getString("rating_comment"), Columns.instant(rs, "rated_at"),
				rs.getObject("created_by", Long.class), rs.getString("created_by_name"), rs.getInt("session_count"), rs.getInt("version")));
	}

	static LegalSlot slot(ResultSet rs, int n) throws SQLException {
		return new LegalSlot(rs.getLong("id"), rs.getLong("point_id"), Columns.instant(rs, "starts_at"), Columns.instant(rs, "ends_at"),
				rs.getInt("capacity"), rs.getInt("booked"));
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

	private static Timestamp timestamp(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	private static String json(Map<String, Object> data) {
		Map<String, Object> plain = new LinkedHashMap<>();
		data.forEach((key, value) -> plain.put(key, value instanceof Number || value instanceof Boolean ? value : String.valueOf(value)));
		return JSON.writeValueAsString(plain);
	}
}
