package org.luoshi.awards.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.luoshi.awards.internal.Campaign.Criterion;
import org.luoshi.awards.internal.Campaign.Round;
import org.luoshi.awards.internal.Campaign.Rule;
import org.luoshi.shared.ConflictException;
import org.luoshi.shared.lifecycle.TimelineEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * The awards' rows: campaigns with their evidence items, rules, criteria and rounds; nominations whole (their evidence
 * files without the bytes); the files' bytes; objections; honours; timelines.
 */
@Component
class AwardRows {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	AwardRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// ----- campaigns

	record NewCampaign(String title, int year, Campaign.Level level, String organiser, long unitId, String description,
			List<Campaign.EvidenceItem> evidence, int places, int periodYears, Campaign.TieRule tieRule, int noticeDays, List<Rule> rules,
			List<Criterion> criteria, List<Round> rounds, Long createdBy, Instant at) {
	}

	long insert(NewCampaign c) {
		long id = jdbc.sql("""
				INSERT INTO award_campaign (title, year, level, organiser, unit_id, description, places, period_years, tie_rule, notice_days,
				  stage, created_by, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'NOMINATION', ?, ?) RETURNING id""")
			.params(c.title(), c.year(), c.level().name(), c.organiser(), c.unitId(), c.description(), c.places(), c.periodYears(),
					c.tieRule().name(), c.noticeDays(), c.createdBy(), Timestamp.from(c.at()))
			.query(Long.class).single();
		insertParts(id, c);
		for (Campaign.EvidenceItem item : c.evidence()) {
			insertEvidenceItem(id, item);
		}
		return id;
	}

	/**
	 * A campaign after a step ({@link CampaignProcess}), its version checked and moved on: its stage and notice dates; an
	 * edit's settings, with its rules, criteria and rounds replaced whole; the rounds the step confirmed or opened again.
	 */
	void save(CampaignProcess campaign) {
		int updated = jdbc.sql("""
				UPDATE award_campaign SET stage = ?, notice_from = ?, notice_until = ?, finalised_at = ?, version = version + 1
				WHERE id = ? AND version = ?""")
			.params(campaign.stage().name(), campaign.noticeFrom(), campaign.noticeUntil(),
					campaign.finalisedAt() == null ? null : Timestamp.from(campaign.finalisedAt()), campaign.id(), campaign.version())
			.update();
		if (updated != 1) {
			throw ConflictException.staleVersion();
		}
		if (campaign.settings() != null) {
			update(campaign.id(), campaign.settings());
		}
		for (CampaignProcess.RoundChange round : campaign.roundChanges()) {
			jdbc.sql("UPDATE award_round SET confirmed_at = ?, confirmed_by = ? WHERE campaign_id = ? AND kind = ?")
				.params(round.at() == null ? null : Timestamp.from(round.at()), round.by(), campaign.id(), round.kind().name()).update();
		}
	}

	/**
	 * A campaign's settings edited while nominations are open: its row, and its rules, criteria and rounds replaced whole.
	 * Evidence items are kept by name, so that the files attached to an item stay with it: an item no longer named is
	 * deleted (the service has made sure no file needs it), one still named takes its new place and flag, a new name is
	 * inserted.
	 */
	private void update(long id, NewCampaign c) {
		jdbc.sql("""
				UPDATE award_campaign SET title = ?, year = ?, level = ?, organiser = ?, unit_id = ?, description = ?, places = ?,
				  period_years = ?, tie_rule = ?, notice_days = ? WHERE id = ?""")
			.params(c.title(), c.year(), c.level().name(), c.organiser(), c.unitId(), c.description(), c.places(), c.periodYears(),
					c.tieRule().name(), c.noticeDays(), id)
			.update();
		jdbc.sql("DELETE FROM award_rule WHERE campaign_id = ?").param(id).update();
		jdbc.sql("DELETE FROM award_criterion WHERE campaign_id = ?").param(id).update();
		jdbc.sql("DELETE FROM award_round WHERE campaign_id = ?").param(id).update();
		insertParts(id, c);
		String[] names = c.evidence().stream().map(Campaign.EvidenceItem::name).toArray(String[]::new);
		jdbc.sql("DELETE FROM award_evidence_item WHERE campaign_id = ? AND NOT (name = ANY(?))").params(id, names).update();
		for (Campaign.EvidenceItem item : c.evidence()) {
			int kept = jdbc.sql("UPDATE award_evidence_item SET position = ?, required = ? WHERE campaign_id = ? AND name = ?")
				.params(item.position(), item.required(), id, item.name()).update();
			if (kept == 0) {
				insertEvidenceItem(id, item);
			}
		}
	}

	private void insertEvidenceItem(long campaignId, Campaign.EvidenceItem item) {
		jdbc.sql("INSERT INTO award_evidence_item (campaign_id, position, name, required) VALUES (?, ?, ?, ?)")
			.params(campaignId, item.position(), item.name(), item.required()).update();
	}

	/** The campaign's evidence items that some nomination has attached a file to (a withdrawn one's too). */
	java.util.Set<Long> evidenceItemsWithFiles(long campaignId) {
		return new java.util.HashSet<>(jdbc.sql("""
				SELECT DISTINCT f.item_id FROM award_evidence_file f JOIN award_evidence_item i ON i.id = f.item_id WHERE i.campaign_id = ?""")
			.param(campaignId).query(Long.class).list());
	}

	private void insertParts(long id, NewCampaign c) {
		for (Rule rule : c.rules()) {
			jdbc.sql("INSERT INTO award_rule (campaign_id, kind, threshold) VALUES (?, ?, ?)").params(id, rule.kind().name(), rule.threshold()).update();
		}
		for (Criterion criterion : c.criteria()) {
			jdbc.sql("INSERT INTO award_criterion (campaign_id, position, name, weight, max_score) VALUES (?, ?, ?, ?, ?)")
				.params(id, criterion.position(), criterion.name(), criterion.weight(), criterion.maxScore()).update();
		}
		for (Round round : c.rounds()) {
			jdbc.sql("INSERT INTO award_round (campaign_id, kind, opens_on, closes_on) VALUES (?, ?, ?, ?)")
				.params(id, round.kind().name(), round.opensOn(), round.closesOn()).update();
		}
	}

	Optional<Campaign> campaign(long id) {
		return campaign(id, "");
	}

	Optional<Campaign> lockCampaign(long id) {
		return campaign(id, " FOR UPDATE");
	}

	/**
	 * The campaign, held for share until the transaction ends, for a new nomination: a nomination submitted while a
	 * campaign step is under way waits for it (and then sees nominations closed), and a step waits for a nomination being
	 * submitted. A step locks the campaign for update and then its nominations (so a step on a nomination, which locks the
	 * nomination, waits for it too); the campaign always comes first, so the two never wait on each other.
	 */
	Optional<Campaign> shareCampaign(long id) {
		return campaign(id, " FOR SHARE");
	}

	private Optional<Campaign> campaign(long id, String lock) {
		return jdbc.sql("SELECT * FROM award_campaign WHERE id = ?" + lock).param(id).query((rs, n) -> campaign(rs)).optional();
	}

	List<Campaign> campaigns() {
		return jdbc.sql("SELECT * FROM award_campaign ORDER BY year DESC, id DESC").query((rs, n) -> campaign(rs)).list();
	}

	private Campaign campaign(ResultSet rs) throws SQLException {
		long id = rs.getLong("id");
		List<Campaign.EvidenceItem> evidence = jdbc
			.sql("SELECT id, position, name, required FROM award_evidence_item WHERE campaign_id = ? ORDER BY position, id")
			.param(id)
			.query((r, n) -> new Campaign.EvidenceItem(r.getLong("id"), r.getInt("position"), r.getString("name"), r.getBoolean("required")))
			.list();
		List<Rule> rules = jdbc.sql("SELECT kind, threshold FROM award_rule WHERE campaign_id = ? ORDER BY id").param(id)
			.query((r, n) -> new Rule(Campaign.RuleKind.valueOf(r.getString("kind")), r.getBigDecimal("threshold"))).list();
		List<Criterion> criteria = jdbc.sql("SELECT id, position, name, weight, max_score FROM award_criterion WHERE campaign_id = ? ORDER BY position")
			.param(id)
			.query((r, n) -> new Criterion(r.getLong("id"), r.getInt("position"), r.getString("name"), r.getInt("weight"), r.getInt("max_score")))
			.list();
		List<Round> rounds = jdbc.sql("SELECT kind, opens_on, closes_on, confirmed_at, confirmed_by FROM award_round WHERE campaign_id = ? ORDER BY opens_on, id")
			.param(id)
			.query((r, n) -> new Round(Campaign.RoundKind.valueOf(r.getString("kind")), r.getObject("opens_on", LocalDate.class),
					r.getObject("closes_on", LocalDate.class), instant(r, "confirmed_at"), r.getString("confirmed_by")))
			.list();
		return new Campaign(id, rs.getString("title"), rs.getInt("year"), Campaign.Level.valueOf(rs.getString("level")), rs.getString("organiser"),
				rs.getLong("unit_id"), rs.getString("description"), evidence, rs.getInt("places"), rs.getInt("period_years"),
				Campaign.TieRule.valueOf(rs.getString("tie_rule")), rs.getInt("notice_days"), Campaign.Stage.valueOf(rs.getString("stage")),
				rs.getObject("notice_from", LocalDate.class), rs.getObject("notice_until", LocalDate.class), instant(rs, "finalised_at"), rules, criteria,
				rounds, rs.getInt("version"));
	}

	// ----- nominations

	record NewNomination(long campaignId, long nominatingUnitId, Long subjectUnitId, Long enterpriseId, String creditCode, String collectiveName,
			String summary, String evidence, MemberFigures figures, String eligibility, Long submittedBy, String submittedByName, Instant at) {
	}

	long insert(NewNomination n) {
		return jdbc.sql("""
				INSERT INTO award_nomination (campaign_id, nominating_unit_id, subject_unit_id, enterprise_id, credit_code, collective_name, summary,
				  evidence, member_count, under35_count, average_age, eligibility, status, submitted_by, submitted_by_name, submitted_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), 'SUBMITTED', ?, ?, ?) RETURNING id""")
			.params(n.campaignId(), n.nominatingUnitId(), n.subjectUnitId(), n.enterpriseId(), n.creditCode(), n.collectiveName(), n.summary(),
					n.evidence(), n.figures().members(), n.figures().under35(), n.figures().averageAge(), n.eligibility(), n.submittedBy(),
					n.submittedByName(), Timestamp.from(n.at()))
			.query(Long.class).single();
	}

	Optional<Nomination> nomination(long id) {
		return nominations("n.id = ?", id, "").stream().findFirst();
	}

	Optional<Nomination> lockNomination(long id) {
		return nominations("n.id = ?", id, " FOR UPDATE OF n").stream().findFirst();
	}

	List<Nomination> nominationsOf(long campaignId) {
		return nominations("n.campaign_id = ?", campaignId, "");
	}

	/** A campaign's nominations, locked for one of the campaign's steps. */
	List<Nomination> lockNominationsOf(long campaignId) {
		return nominations("n.campaign_id = ?", campaignId, " FOR UPDATE OF n");
	}

	List<Nomination> nominationsForEnterprise(long enterpriseId) {
		return nominations("n.enterprise_id = ?", enterpriseId, "");
	}

	private List<Nomination> nominations(String where, Object param, String lock) {
		List<Nomination> found = jdbc.sql("SELECT n.*, n.eligibility::text AS eligibility_text FROM award_nomination n WHERE " + where
				+ " ORDER BY n.rank NULLS LAST, n.submitted_at, n.id" + lock)
			.param(param)
			.query((rs, n) -> {
				long id = rs.getLong("id");
				return new Nomination(id, rs.getLong("campaign_id"), rs.getLong("nominating_unit_id"), (Long) rs.getObject("subject_unit_id"),
						(Long) rs.getObject("enterprise_id"), rs.getString("credit_code"), rs.getString("collective_name"), rs.getString("summary"),
						rs.getString("evidence"), new MemberFigures(rs.getInt("member_count"), rs.getInt("under35_count"), rs.getBigDecimal("average_age")),
						rs.getString("eligibility_text"), instant(rs, "submitted_at"), rs.getString("submitted_by_name"),
						NominationLifecycle.Status.valueOf(rs.getString("status")), rs.getBigDecimal("total"), (Integer) rs.getObject("rank"),
						rs.getString("rank_note"), scores(id), recusals(id), evidenceFiles(id), rs.getInt("version"));
			})
			.list();
		return found;
	}

	private List<Nomination.Score> scores(long nominationId) {
		return jdbc.sql("SELECT criterion_id, reviewer_id, reviewer_name, score FROM award_score WHERE nomination_id = ? ORDER BY id").param(nominationId)
			.query((rs, n) -> new Nomination.Score(rs.getLong("criterion_id"), rs.getLong("reviewer_id"), rs.getString("reviewer_name"),
					rs.getBigDecimal("score")))
			.list();
	}

	private List<Nomination.Recusal> recusals(long nominationId) {
		return jdbc.sql("SELECT reviewer_id, reviewer_name, reason FROM award_recusal WHERE nomination_id = ? ORDER BY id").param(nominationId)
			.query((rs, n) -> new Nomination.Recusal(rs.getLong("reviewer_id"), rs.getString("reviewer_name"), rs.getString("reason")))
			.list();
	}

	private static final String EVIDENCE_FILE = "id, item_id, name, content_type, size, sha256, uploaded_by_name, uploaded_at";

	private List<Nomination.EvidenceFile> evidenceFiles(long nominationId) {
		return jdbc.sql("SELECT " + EVIDENCE_FILE + " FROM award_evidence_file WHERE nomination_id = ? ORDER BY id").param(nominationId)
			.query((rs, n) -> evidenceFile(rs))
			.list();
	}

	private static Nomination.EvidenceFile evidenceFile(ResultSet rs) throws SQLException {
		return new Nomination.EvidenceFile(rs.getLong("id"), rs.getLong("item_id"), rs.getString("name"), rs.getString("content_type"),
				rs.getLong("size"), rs.getString("sha256"), rs.getString("uploaded_by_name"), instant(rs, "uploaded_at"));
	}

	record StoredEvidence(Nomination.EvidenceFile file, byte[] content) {
	}

	/** One of the nomination's files with its bytes; another nomination's file is not found. */
	Optional<StoredEvidence> evidence(long nominationId, long fileId) {
		return jdbc.sql("SELECT " + EVIDENCE_FILE + ", content FROM award_evidence_file WHERE id = ? AND nomination_id = ?")
			.params(fileId, nominationId)
			.query((rs, n) -> new StoredEvidence(evidenceFile(rs), rs.getBytes("content")))
			.optional();
	}

	void save(Nomination nomination, Instant at) {
		int updated = jdbc.sql("UPDATE award_nomination SET status = ?, total = ?, rank = ?, rank_note = ?, version = version + 1 WHERE id = ? AND version = ?")
			.params(nomination.status().name(), nomination.storedTotal(), nomination.rank(), nomination.rankNote(), nomination.id(), nomination.version())
			.update();
		if (updated != 1) {
			throw ConflictException.staleVersion();
		}
		for (Nomination.Score score : nomination.newScores()) {
			jdbc.sql("INSERT INTO award_score (nomination_id, criterion_id, reviewer_id, reviewer_name, score, scored_at) VALUES (?, ?, ?, ?, ?, ?)")
				.params(nomination.id(), score.criterionId(), score.reviewerId(), score.reviewerName(), score.score(), Timestamp.from(at)).update();
		}
		for (Nomination.Recusal recusal : nomination.newRecusals()) {
			jdbc.sql("INSERT INTO award_recusal (nomination_id, reviewer_id, reviewer_name, reason, automatic, at) VALUES (?, ?, ?, ?, false, ?)")
				.params(nomination.id(), recusal.reviewerId(), recusal.reviewerName(), recusal.reason(), Timestamp.from(at)).update();
		}
		for (Nomination.Attached attached : nomination.newFiles()) {
			EvidenceFiles.Checked file = attached.file();
			jdbc.sql("""
					INSERT INTO award_evidence_file (nomination_id, item_id, name, content_type, size, sha256, content, uploaded_by, uploaded_by_name,
					  uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(nomination.id(), attached.itemId(), file.name(), file.contentType(), (long) file.content().length, file.sha256(), file.content(),
						attached.uploadedBy(), attached.uploadedByName(), Timestamp.from(at))
				.update();
		}
		for (Long removed : nomination.removedFiles()) {
			jdbc.sql("DELETE FROM award_evidence_file WHERE id = ? AND nomination_id = ?").params(removed, nomination.id()).update();
		}
	}

	/** Honours of the same collective (unit or credit code) revoked within the last {@code years} years. */
	int revocationsWithin(Long unitId, String creditCode, int years, LocalDate today) {
		return jdbc.sql("""
				SELECT count(*) FROM award_honour h
				WHERE h.status = 'REVOKED' AND (h.unit_id = ? OR h.credit_code = ?)
				  AND EXISTS (SELECT 1 FROM award_honour_event e WHERE e.honour_id = h.id AND e.kind = 'revoked' AND e.at >= ?)""")
			.params(unitId, creditCode, Timestamp.valueOf(today.minusYears(years).atStartOfDay()))
			.query(Integer.class).single();
	}

	// ----- objections

	long insertObjection(long campaignId, long nominationId, String text, String name, String phone, String code, Instant at) {
		return jdbc.sql("""
				INSERT INTO award_objection (campaign_id, nomination_id, text, contact_name, contact_phone, status, code, filed_at)
				VALUES (?, ?, ?, ?, ?, 'OPEN', ?, ?) RETURNING id""")
			.params(campaignId, nominationId, text, name, phone, code, Timestamp.from(at)).query(Long.class).single();
	}

	private static final String OBJECTION = """
			SELECT o.*, n.collective_name FROM award_objection o JOIN award_nomination n ON n.id = o.nomination_id""";

	Optional<Objection> objection(long id) {
		return jdbc.sql(OBJECTION + " WHERE o.id = ?").param(id).query((rs, n) -> objection(rs)).optional();
	}

	Optional<Objection> lockObjection(long id) {
		return jdbc.sql(OBJECTION + " WHERE o.id = ? FOR UPDATE OF o").param(id).query((rs, n) -> objection(rs)).optional();
	}

	List<Objection> objectionsOf(long campaignId) {
		return jdbc.sql(OBJECTION + " WHERE o.campaign_id = ? ORDER BY o.filed_at, o.id").param(campaignId).query((rs, n) -> objection(rs)).list();
	}

	List<Objection> objections() {
		return jdbc.sql(OBJECTION + " ORDER BY o.filed_at DESC, o.id DESC LIMIT 500").query((rs, n) -> objection(rs)).list();
	}

	void saveObjection(long id, int version, ObjectionLifecycle.Status status, Boolean upheld, String answer, Instant resolvedAt) {
		int updated = jdbc.sql("""
				UPDATE award_objection SET status = ?, upheld = coalesce(?, upheld), answer = coalesce(?, answer), resolved_at = coalesce(?, resolved_at),
				  version = version + 1 WHERE id = ? AND version = ?""")
			.params(status.name(), upheld, answer, resolvedAt == null ? null : Timestamp.from(resolvedAt), id, version).update();
		if (updated != 1) {
			throw ConflictException.staleVersion();
		}
	}

	private static Objection objection(ResultSet rs) throws SQLException {
		return new Objection(rs.getLong("id"), rs.getLong("campaign_id"), rs.getLong("nomination_id"), rs.getString("collective_name"), rs.getString("text"),
				rs.getString("contact_name"), rs.getString("contact_phone"), ObjectionLifecycle.Status.valueOf(rs.getString("status")),
				(Boolean) rs.getObject("upheld"), rs.getString("answer"), rs.getString("code"), instant(rs, "filed_at"), instant(rs, "resolved_at"),
				rs.getInt("version"));
	}

	// ----- honours

	long insertHonour(Nomination n, Campaign c, LocalDate awardedOn, String number) {
		return jdbc.sql("""
				INSERT INTO award_honour (campaign_id, nomination_id, collective_name, unit_id, enterprise_id, credit_code, title, level, awarded_on,
				  valid_until, next_review_on, status, number)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?) RETURNING id""")
			.params(c.id(), n.id(), n.collectiveName(), n.subjectUnitId(), n.enterpriseId(), n.creditCode(), c.title(), c.level().name(), awardedOn,
					awardedOn.plusYears(c.periodYears()).minusDays(1), awardedOn.plusYears(1), number)
			.query(Long.class).single();
	}

	Optional<Honour> honour(long id) {
		return jdbc.sql("SELECT * FROM award_honour WHERE id = ?").param(id).query((rs, n) -> honour(rs)).optional();
	}

	Optional<Honour> honourOfNomination(long nominationId) {
		return jdbc.sql("SELECT * FROM award_honour WHERE nomination_id = ?").param(nominationId).query((rs, n) -> honour(rs)).optional();
	}

	Optional<Honour> lockHonour(long id) {
		return jdbc.sql("SELECT * FROM award_honour WHERE id = ? FOR UPDATE").param(id).query((rs, n) -> honour(rs)).optional();
	}

	List<Honour> honours(String where, Object... params) {
		return jdbc.sql("SELECT * FROM award_honour" + (where.isEmpty() ? "" : " WHERE " + where) + " ORDER BY awarded_on DESC, id DESC")
			.params(params).query((rs, n) -> honour(rs)).list();
	}

	/** Active or downgraded honours whose re-review falls on or before {@code until} and was not yet reminded for that date. */
	List<Long> honoursDueForReview(LocalDate until) {
		return jdbc.sql("""
				SELECT id FROM award_honour WHERE status IN ('ACTIVE', 'DOWNGRADED') AND next_review_on <= ?
				  AND review_reminded_for IS DISTINCT FROM next_review_on ORDER BY next_review_on, id""")
			.param(until).query(Long.class).list();
	}

	void markReviewReminded(long id, LocalDate reviewOn) {
		jdbc.sql("UPDATE award_honour SET review_reminded_for = ? WHERE id = ?").params(reviewOn, id).update();
	}

	void saveHonour(long id, int version, HonourLifecycle.Status status, Campaign.Level level, LocalDate nextReview, String reason) {
		int updated = jdbc.sql("""
				UPDATE award_honour SET status = ?, level = ?, next_review_on = ?, reason = coalesce(?, reason), version = version + 1
				WHERE id = ? AND version = ?""")
			.params(status.name(), level.name(), nextReview, reason, id, version).update();
		if (updated != 1) {
			throw ConflictException.staleVersion();
		}
	}

	private static Honour honour(ResultSet rs) throws SQLException {
		return new Honour(rs.getLong("id"), rs.getLong("campaign_id"), rs.getLong("nomination_id"), rs.getString("collective_name"),
				(Long) rs.getObject("unit_id"), (Long) rs.getObject("enterprise_id"), rs.getString("credit_code"), rs.getString("title"),
				Campaign.Level.valueOf(rs.getString("level")), rs.getObject("awarded_on", LocalDate.class), rs.getObject("valid_until", LocalDate.class),
				rs.getObject("next_review_on", LocalDate.class), HonourLifecycle.Status.valueOf(rs.getString("status")), rs.getString("reason"),
				rs.getString("number"), rs.getInt("version"));
	}

	// ----- timelines: award_campaign_event, award_nomination_event, award_objection_event, award_honour_event

	enum Timeline {
		CAMPAIGN("award_campaign_event", "campaign_id"), NOMINATION("award_nomination_event", "nomination_id"),
		OBJECTION("award_objection_event", "objection_id"), HONOUR("award_honour_event", "honour_id");

		final String table;
		final String key;

		Timeline(String table, String key) {
			this.table = table;
			this.key = key;
		}
	}

	long append(Timeline timeline, long recordId, TimelineEvent event, Long accountId, String actorName, Instant at) {
		return jdbc.sql("INSERT INTO " + timeline.table + " (" + timeline.key + ", kind, at, account_id, actor_name, text, data) VALUES (?, ?, ?, ?, ?, ?, CAST(? AS json)) RETURNING id")
			.params(recordId, event.kind(), Timestamp.from(at), accountId, actorName, event.text(), pairs(event.data()))
			.query(Long.class).single();
	}

	List<TimelineEntry> timeline(Timeline timeline, long recordId) {
		return jdbc.sql("SELECT id, kind, at, actor_name, text, data::text AS data FROM " + timeline.table + " WHERE " + timeline.key + " = ? ORDER BY at, id")
			.param(recordId)
			.query((rs, n) -> new TimelineEntry(rs.getLong("id"), rs.getString("kind"), readData(rs.getString("data")), rs.getString("text"),
					rs.getString("actor_name"), instant(rs, "at")))
			.list();
	}

	static String pairs(Map<String, Object> data) {
		List<List<String>> pairs = new ArrayList<>();
		data.forEach((key, value) -> pairs.add(java.util.Arrays.asList(key, value == null ? null : String.valueOf(value))));
		return JSON.writeValueAsString(pairs);
	}

	static String json(Object value) {
		return JSON.writeValueAsString(value);
	}

	@SuppressWarnings("unchecked")
	static <T> T read(String json, Class<T> type) {
		return JSON.readValue(json, type);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, String> readData(String json) {
		Map<String, String> data = new LinkedHashMap<>();
		Object parsed = JSON.readValue(json, Object.class);
		if (parsed instanceof List<?> list) {
			for (Object pair : list) {
				List<String> p = (List<String>) pair;
				data.put(p.get(0), p.get(1));
			}
		}
		return data;
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

	static BigDecimal decimal(Object value) {
		return value == null ? null : new BigDecimal(String.valueOf(value));
	}
}
