package org.luoshi.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.luoshi.organization.OrganizationDirectory;
import org.luoshi.shared.Actor;
import org.luoshi.shared.Page;
import org.luoshi.shared.PageQuery;
import org.luoshi.shared.database.Like;
import org.luoshi.shared.web.Times;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Reading the trail: the auditor's filtered lists, the newest entries for the API, streaming export and verification. */
@Service
public class AuditTrail {

	/** The sort fields the list offers; time is the default, newest first. */
	public static final Set<String> SORT_FIELDS = Set.of("occurredAt", "actor", "action");
	static final int VERIFY_BATCH = 1000;
	static final int EXPORT_FETCH = 500;

	static final String COLUMNS = "SELECT id, occurred_at, actor_account_id, actor_username, actor_name, ip_address, "
			+ "user_agent, action, target_type, target_id, target_label, CAST(changes AS text) AS changes_json, sequence, previous_hash, hash "
			+ "FROM audit_entry";

	/** Reads JSONB back with decimals kept exact ({@code 1.50} stays {@code 1.50}), as the canonical form needs. */
	private static final JsonMapper JSON = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
	private final JdbcClient jdbc;
	private final ZoneId zone;
	private final AuditSealer sealer;
	private final AuditMetrics metrics;
	private final AuditAnchors anchors;
	private final OrganizationDirectory organization;

	AuditTrail(JdbcClient jdbc, Times times, AuditSealer sealer, AuditMetrics metrics, OrganizationDirectory organization,
			AuditAnchors anchors) {
		this.jdbc = jdbc;
		this.anchors = anchors;
		this.zone = times.zone();
		this.sealer = sealer;
		this.metrics = metrics;
		this.organization = organization;
	}

	public Page<AuditEntry> search(AuditFilter filter, PageQuery page, Actor reader) {
		Where where = where(filter, reader);
		long total = jdbc.sql("SELECT count(*) FROM audit_entry" + where.sql()).params(where.params()).query(Long.class).single();
		List<AuditEntry> items = jdbc.sql(COLUMNS + where.sql() + " ORDER BY " + order(page) + " LIMIT :limit OFFSET :offset")
			.params(where.params())
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(AuditTrail::entry)
			.list()
			.stream()
			.map(AuditEntry::masked)
			.toList();
		return page.toPage(items, total);
	}

	/** The newest entries first; {@code before} (an entry's id) continues a previous answer further back. */
	public List<AuditEntry> latest(AuditFilter filter, int limit, Long before, Actor reader) {
		Where where = where(filter, reader);
		String sql = COLUMNS + where.sql();
		if (before != null) {
			sql += (where.sql().isEmpty() ? " WHERE" : " AND") + " id < :before";
			where.params().put("before", before);
		}
		return jdbc.sql(sql + " ORDER BY id DESC LIMIT :limit").params(where.params()).param("limit", limit).query(AuditTrail::entry)
			.list()
			.stream()
			.map(AuditEntry::masked)
			.toList();
	}

	/**
	 * Streams the filtered entries (masked, within the reader's scope), newest first, to {@code sink}: at most {@code max}, fetched from a server-side
	 * cursor (hence the transaction) so that a large export does not sit in memory.
	 *
	 * @return whether more entries matched than were given
	 */
	@Transactional(readOnly = true)
	public boolean forEach(AuditFilter filter, int max, Actor reader, Consumer<AuditEntry> sink) {
		Where where = where(filter, reader);
		int[] seen = { 0 };
		jdbc.sql(COLUMNS + where.sql() + " ORDER BY id DESC LIMIT :limit")
			.withFetchSize(EXPORT_FETCH)
			.params(where.params())
			.param("limit", max + 1)
			.query(rs -> {
				if (++seen[0] <= max) {
					sink.accept(entry(rs, seen[0]).masked());
				}
			});
		return seen[0] > max;
	}

	/**
	 * Seals what has committed, then recomputes the chain from the stored rows in chain order, a batch at a time (a
	 * million entries never sit in memory), and stops at the first entry whose hash or link does not match. Entries
	 * that are still unsealed afterwards (their transactions committed while this ran, or sealing failed) are
	 * counted, not checked: the chain does not cover them yet.
	 */
	public ChainVerification verify() {
		sealer.sealWaiting();
		ChainVerification result = againstTheAnchor(walkTheChain());
		metrics.verified(result);
		return result;
	}

	/**
	 * An intact chain must also hold the last anchor exported outside the database: a chain restored from an older
	 * backup, or cut off at the end, verifies on its own but lacks it.
	 */
	private ChainVerification againstTheAnchor(ChainVerification walked) {
		if (!walked.intact()) {
			return walked;
		}
		return anchors.lastExported()
			.filter(anchor -> !anchors.holds(anchor))
			.map(anchor -> ChainVerification.broken(walked.checked(), anchor.sequence(), ChainVerification.Problem.ANCHOR, walked.unsealed()))
			.orElse(walked);
	}

	private ChainVerification walkTheChain() {
		String expectedPrevious = AuditChain.GENESIS;
		long checked = 0;
		long after = 0;
		while (true) {
			List<AuditEntry> batch = jdbc.sql(COLUMNS + " WHERE sequence > ? ORDER BY sequence LIMIT ?")
				.params(after, VERIFY_BATCH)
				.query(AuditTrail::entry)
				.list();
			if (batch.isEmpty()) {
				return ChainVerification.ok(checked, checked == 0 ? null : expectedPrevious, unsealed());
			}
			for (AuditEntry entry : batch) {
				if (!entry.previousHash().equals(expectedPrevious)) {
					return ChainVerification.broken(checked, entry.id(), ChainVerification.Problem.LINK, unsealed());
				}
				if (!AuditChain.hash(entry.previousHash(), entry.content()).equals(entry.hash())) {
					return ChainVerification.broken(checked, entry.id(), ChainVerification.Problem.HASH, unsealed());
				}
				expectedPrevious = entry.hash();
				checked++;
				after = entry.sequence();
			}
		}
	}

	/** Committed entries the sealer has not chained yet. */
	long unsealed() {
		return jdbc.sql("SELECT count(*) FROM audit_entry WHERE sequence IS NULL").query(Long.class).single();
	}

	/** The actions that occur in the trail, for the filter form. */
	public List<String> actions() {
		return distinct("action");
	}

	/** The kinds of record that occur in the trail, for the filter form. */
	public List<String> targetTypes() {
		return distinct("target_type");
	}

	/** A skip scan: one index probe per distinct value, so it stays fast however long the trail grows. */
	private List<String> distinct(String column) {
		return jdbc.sql("""
				WITH RECURSIVE v AS (
				    SELECT min(%1$s) AS value FROM audit_entry
				    UNION ALL
				    SELECT (SELECT min(%1$s) FROM audit_entry WHERE %1$s > v.value) FROM v WHERE v.value IS NOT NULL)
				SELECT value FROM v WHERE value IS NOT NULL""".formatted(column))
			.query(String.class)
			.list();
	}

	/** Failed sign-in attempts, and distinct accounts locked by them, since {@code since}. */
	public SignInTrouble signInTroubleSince(Instant since, Actor reader) {
		Where scope = where(AuditFilter.NONE, reader);
		return jdbc.sql("SELECT count(*) FILTER (WHERE action <> :success) AS failed, "
				+ "count(DISTINCT coalesce(target_id, target_label)) FILTER (WHERE action = :lockedNow) AS locked "
				+ "FROM audit_entry" + scope.sql() + (scope.sql().isEmpty() ? " WHERE" : " AND") + " action LIKE :signIn AND occurred_at >= :since")
			.params(scope.params())
			.param("success", AuditRecorder.SIGN_IN_SUCCESS)
			.param("lockedNow", AuditRecorder.SIGN_IN + "locked-now")
			.param("signIn", AuditRecorder.SIGN_IN + "%")
			.param("since", OffsetDateTime.ofInstant(since, zone))
			.query((rs, row) -> new SignInTrouble(rs.getLong("failed"), rs.getLong("locked")))
			.single();
	}

	public record SignInTrouble(long failedSignIns, long lockedAccounts) {
	}

	private record Where(String sql, Map<String, Object> params) {
	}

	/**
	 * The filter's conditions within the reader's data scope: an auditor of a subtree reads the entries that concern
	 * one of its units ({@code audit_entry_scope}, see {@link AuditScopes}); only the whole district reads the rest.
	 */
	private Where where(AuditFilter filter, Actor reader) {
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new HashMap<>();
		if (!reader.seesWholeDistrict()) {
			List<Long> scope = organization.subtreeIds(reader.scopeUnitId());
			conditions.add("EXISTS (SELECT 1 FROM audit_entry_scope s WHERE s.entry_id = audit_entry.id "
					+ "AND s.unit_ids && CAST(:scope AS bigint[]))");
			params.put("scope", scope.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",", "{", "}")));
		}
		if (filter.from() != null) {
			conditions.add("occurred_at >= :from");
			params.put("from", startOf(filter.from()));
		}
		if (filter.to() != null) {
			conditions.add("occurred_at < :to");
			params.put("to", startOf(filter.to().plusDays(1)));
		}
		if (filter.actor() != null) {
			conditions.add("lower(actor_username) = lower(:actor)");
			params.put("actor", filter.actor());
		}
		if (filter.action() != null) {
			conditions.add("action LIKE :action ESCAPE '\\'");
			params.put("action", Like.escape(filter.action()) + "%");
		}
		if (filter.targetType() != null) {
			conditions.add("target_type = :targetType");
			params.put("targetType", filter.targetType());
		}
		if (filter.targetId() != null) {
			conditions.add("target_id = :targetId");
			params.put("targetId", filter.targetId());
		}
		if (filter.text() != null) {
			conditions.add("target_label ILIKE :text ESCAPE '\\'");
			params.put("text", "%" + Like.escape(filter.text()) + "%");
		}
		return new Where(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), params);
	}

	private OffsetDateTime startOf(LocalDate day) {
		return day.atStartOfDay(zone).toOffsetDateTime();
	}

	/** The sort field is one of {@link #SORT_FIELDS} (PageQuery checked it); ties fall back to id, newest first. */
	private static String order(PageQuery page) {
		String direction = page.direction();
		return switch (page.sortField()) {
			case "actor" -> "lower(actor_username) " + direction + ", id DESC";
			case "action" -> "action " + direction + ", id DESC";
			default -> "occurred_at " + direction + ", id " + direction;
		};
	}

	static AuditEntry entry(ResultSet rs, int row) throws SQLException {
		Long accountId = rs.getObject("actor_account_id", Long.class);
		return new AuditEntry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
				accountId, rs.getString("actor_username"), rs.getString("actor_name"),
				rs.getString("ip_address"), rs.getString("user_agent"), rs.getString("action"), rs.getString("target_type"),
				rs.getString("target_id"), rs.getString("target_label"), changes(rs.getString("changes_json")),
				rs.getObject("sequence", Long.class), rs.getString("previous_hash"), rs.getString("hash"));
	}

	@SuppressWarnings("unchecked")
	private static SortedMap<String, Object> changes(String text) {
		Object parsed = AuditChain.normalize(JSON.readValue(text, Object.class));
		return parsed instanceof SortedMap<?, ?> map ? (SortedMap<String, Object>) map : new TreeMap<>();
	}
}
