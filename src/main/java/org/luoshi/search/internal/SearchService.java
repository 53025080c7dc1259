package org.luoshi.search.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.luoshi.organization.OrganizationDirectory;
import org.luoshi.search.Search;
import org.luoshi.search.SearchDocument;
import org.luoshi.search.SearchHit;
import org.luoshi.search.SearchIndex;
import org.luoshi.search.SearchQuery;
import org.luoshi.search.Visibility;
import org.luoshi.shared.Actor;
import org.luoshi.shared.Page;
import org.luoshi.shared.PageQuery;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * The search index in the table {@code search_document}.
 *
 * <p>A query is cut into words like the documents were, and all words must match ({@code &} of quoted
 * lexemes, built from letters and digits only, so nothing typed can change the query's syntax; the tsquery text
 * is a bound parameter, never part of the SQL). The GIN index finds the matches; of those, only the
 * {@value Search#CANDIDATE_LIMIT} most recently updated are ranked with {@code ts_rank_cd}: a common word would
 * otherwise make PostgreSQL read and rank a large part of the table (see docs/benchmarks.md).
 */
@Service
@Transactional
class SearchService implements SearchIndex, Search {

	static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9-]{0,29}");
	static final int MAX_ID = 64;
	static final int MAX_TITLE = 500;
	static final int MAX_BODY = 200_000;
	static final int MAX_LINK = 500;
	/** Weights of D, C, B (body) and A (title) for ts_rank_cd. */
	private static final String WEIGHTS = "'{0.1, 0.2, 0.4, 1.0}'";
	/** ts_rank_cd normalization 1: divide by 1 + log(length), so that a long body does not win by length alone. */
	private static final int LENGTH_NORMALIZATION = 1;
	private static final int RESTATE_BATCH = 1000;
	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;
	private final Segmenter segmenter;
	private final OrganizationDirectory organization;
	private final RecencyWindows windows;

	SearchService(JdbcClient jdbc, Segmenter segmenter, OrganizationDirectory organization, RecencyWindows windows) {
		this.jdbc = jdbc;
		this.segmenter = segmenter;
		this.organization = organization;
		this.windows = windows;
	}

	// ---- writes

	/**
	 * The upsert of documents given as JSON rows: a record's earlier version is replaced only when something changed. A
	 * document without its own time keeps the stored one unless its text, link or visibility changed (then: now).
	 */
	private static final String UPSERT = """
			INSERT INTO search_document (type, id, permission, unit_ids, account_ids, title, body, tokens, link, updated_at)
			SELECT v.type, v.id, v.permission, v.unit_ids, v.account_ids, v.title, v.body,
			       setweight(to_tsvector('simple', v.title_tokens), 'A') || setweight(to_tsvector('simple', v.body_tokens), 'B'),
			       v.link,
			       CASE WHEN v.updated_at IS NOT NULL THEN v.updated_at
			            WHEN d.id IS NOT NULL AND (d.permission, d.unit_ids, d.account_ids, d.title, d.body, d.link)
			                 IS NOT DISTINCT FROM (v.permission, v.unit_ids, v.account_ids, v.title, v.body, v.link) THEN d.updated_at
			            ELSE now() END
			  FROM jsonb_to_recordset(CAST(:rows AS jsonb)) AS v(type text, id text, permission text, unit_ids bigint[], account_ids bigint[],
			       title text, body text, title_tokens text, body_tokens text, link text, updated_at timestamptz)
			  LEFT JOIN search_document d ON d.type = v.type AND d.id = v.id
			ON CONFLICT (type, id) DO UPDATE
			   SET permission = EXCLUDED.permission, unit_ids = EXCLUDED.unit_ids, account_ids = EXCLUDED.account_ids,
			       title = EXCLUDED.title, body = EXCLUDED.body,
			       tokens = EXCLUDED.tokens, link = EXCLUDED.link, updated_at = EXCLUDED.updated_at
			 WHERE (search_document.permission, search_document.unit_ids, search_document.account_ids, search_document.title,
			        search_document.body, search_document.link, search_document.tokens, search_document.updated_at)
			       IS DISTINCT FROM (EXCLUDED.permission, EXCLUDED.unit_ids, EXCLUDED.account_ids, EXCLUDED.title, EXCLUDED.body,
			                         EXCLUDED.link, EXCLUDED.tokens, EXCLUDED.updated_at)
			""";
	private static final int INDEX_BATCH = 1000;

	@Override
	public void index(SearchDocument document) {
		indexAll(List.of(document));
	}

	@Override
	public void indexAll(java.util.Collection<SearchDocument> documents) {
		documents.forEach(SearchService::validate);
		List<SearchDocument> all = List.copyOf(documents);
		for (int from = 0; from < all.size(); from += INDEX_BATCH) {
			List<SearchDocument> batch = all.subList(from, Math.min(all.size(), from + INDEX_BATCH));
			// Cutting the text is the work; a batch of one stays on the caller's thread.
			List<Map<String, Object>> rows = (batch.size() > 1 ? batch.parallelStream() : batch.stream()).map(this::row).toList();
			jdbc.sql(UPSERT).param("rows", JSON.writeValueAsString(rows)).update();
		}
	}

	private Map<String, Object> row(SearchDocument document) {
		String body = document.body() == null ? "" : document.body();
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("type", document.type());
		row.put("id", document.id());
		row.put("permission", document.visibility().permission());
		row.put("unit_ids", document.visibility().unitIds() == null ? null : document.visibility().unitIds().stream().sorted().toList());
		row.put("account_ids", accounts(document.visibility()));
		row.put("title", document.title().strip());
		row.put("body", body.strip());
		row.put("title_tokens", String.join(" ", segmenter.tokens(document.title())));
		row.put("body_tokens", String.join(" ", segmenter.tokens(body)));
		row.put("link", document.link());
		row.put("updated_at", document.updatedAt() == null ? null : document.updatedAt().toString());
		return row;
	}

	@Override
	public void restate(String type, Map<String, Visibility> visibilities) {
		List<Map.Entry<String, Visibility>> entries = new ArrayList<>(visibilities.entrySet());
		for (int from = 0; from < entries.size(); from += RESTATE_BATCH) {
			List<Map.Entry<String, Visibility>> batch = entries.subList(from, Math.min(entries.size(), from + RESTATE_BATCH));
			List<Map<String, Object>> rows = batch.stream().map(entry -> {
				Map<String, Object> row = new LinkedHashMap<>();
				row.put("id", entry.getKey());
				row.put("permission", entry.getValue().permission());
				row.put("unit_ids", entry.getValue().unitIds() == null ? null : entry.getValue().unitIds().stream().sorted().toList());
				row.put("account_ids", accounts(entry.getValue()));
				return row;
			}).toList();
			jdbc.sql("""
					UPDATE search_document d SET permission = v.permission, unit_ids = v.unit_ids, account_ids = v.account_ids
					  FROM jsonb_to_recordset(CAST(:rows AS jsonb)) AS v(id text, permission text, unit_ids bigint[], account_ids bigint[])
					 WHERE d.type = :type AND d.id = v.id
					   AND (d.permission, d.unit_ids, d.account_ids) IS DISTINCT FROM (v.permission, v.unit_ids, v.account_ids)
					""")
				.param("type", type)
				.param("rows", JSON.writeValueAsString(rows))
				.update();
		}
	}

	/** The accounts named, sorted; null for none, as stored. */
	private static List<Long> accounts(Visibility visibility) {
		return visibility.accountIds().isEmpty() ? null : visibility.accountIds().stream().sorted().toList();
	}

	@Override
	public void remove(String type, String id) {
		jdbc.sql("DELETE FROM search_document WHERE type = ? AND id = ?").params(type, id).update();
	}

	/** Removes every document of a type except the given ids: what a full re-index of that type leaves behind. */
	void retainOnly(String type, Set<String> ids) {
		List<String> indexed = jdbc.sql("SELECT id FROM search_document WHERE type = ?").param(type).query(String.class).list();
		indexed.stream().filter(id -> !ids.contains(id)).forEach(id -> remove(type, id));
	}

	private static void validate(SearchDocument document) {
		List<Violation> violations = new ArrayList<>();
		if (document.visibility() == null) {
			violations.add(Violation.of("visibility", "validation.required"));
		}
		if (document.type() == null || !TYPE.matcher(document.type()).matches()) {
			violations.add(Violation.of("type", "search.validation.type"));
		}
		required(violations, "id", document.id(), MAX_ID);
		required(violations, "title", document.title(), MAX_TITLE);
		if (document.body() != null && document.body().length() > MAX_BODY) {
			violations.add(Violation.of("body", "validation.too-long", MAX_BODY));
		}
		// Only a path of this application: a result link can never lead elsewhere or run script.
		if (required(violations, "link", document.link(), MAX_LINK)
				&& (!document.link().startsWith("/") || document.link().startsWith("//") || document.link().chars().anyMatch(c -> c <= ' ' || c == '\\'))) {
			violations.add(Violation.of("link", "search.validation.link"));
		}
		ValidationException.throwIfAny(violations);
	}

	private static boolean required(List<Violation> violations, String field, String value, int max) {
		if (value == null || value.isBlank()) {
			violations.add(Violation.of(field, "validation.required"));
			return false;
		}
		if (value.length() > max) {
			violations.add(Violation.of(field, "validation.too-long", max));
			return false;
		}
		return true;
	}

	// ---- reads

	@Override
	@Transactional(readOnly = true)
	public Page<SearchHit> search(SearchQuery query, Actor actor) {
		PageQuery page = validate(query);
		List<String> terms = segmenter.queryTerms(query.text());
		if (terms.isEmpty()) {
			return page.toPage(List.of(), 0);
		}
		Candidates candidates = candidates(terms, blankToNull(query.type()), actor);
		List<Row> rows = jdbc.sql("WITH candidates AS (" + candidates.sql() + ") "
				+ "SELECT type, id, title, body, link, updated_at, "
				+ "ts_rank_cd(" + WEIGHTS + ", tokens, to_tsquery('simple', :query), " + LENGTH_NORMALIZATION + ") AS rank, "
				+ "count(*) OVER () AS total "
				+ "FROM candidates ORDER BY rank DESC, updated_at DESC, type, id LIMIT :limit OFFSET :offset")
			.params(candidates.params())
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(SearchService::row)
			.list();
		long total = rows.isEmpty() ? (page.page() == 0 ? 0 : count(candidates)) : rows.get(0).total();
		return page.toPage(rows.stream().map(row -> hit(row, terms)).toList(), total);
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Long> countByType(String text, Actor actor) {
		List<String> terms = text == null || text.isBlank() || text.length() > SearchQuery.MAX_LENGTH ? List.of() : segmenter.queryTerms(text);
		if (terms.isEmpty()) {
			return Map.of();
		}
		Candidates candidates = candidates(terms, null, actor);
		Map<String, Long> counts = new LinkedHashMap<>();
		jdbc.sql("WITH candidates AS (" + candidates.sql() + ") SELECT type, count(*) AS hits FROM candidates GROUP BY type ORDER BY type")
			.params(candidates.params())
			.query((rs, n) -> counts.put(rs.getString("type"), rs.getLong("hits")))
			.list();
		return counts;
	}

	private PageQuery validate(SearchQuery query) {
		List<Violation> violations = new ArrayList<>();
		String text = query.text() == null ? "" : query.text().strip();
		if (text.isEmpty()) {
			violations.add(Violation.of("q", "search.validation.q.required"));
		}
		else if (text.codePointCount(0, text.length()) > SearchQuery.MAX_LENGTH) {
			violations.add(Violation.of("q", "search.validation.q.too-long", SearchQuery.MAX_LENGTH));
		}
		String type = blankToNull(query.type());
		if (type != null && !TYPE.matcher(type).matches()) {
			violations.add(Violation.of("type", "search.validation.type"));
		}
		PageQuery page = null;
		try {
			page = PageQuery.of(query.page(), query.size(), null, "rank", Set.of("rank"));
		}
		catch (ValidationException e) {
			violations.addAll(e.violations());
		}
		ValidationException.throwIfAny(violations);
		return page;
	}

	/**
	 * The newest {@value Search#CANDIDATE_LIMIT} matches the actor may see. They are looked for slice of time by slice
	 * ({@link RecencyWindows}), newest slice first, in one statement: PostgreSQL runs the branches of a
	 * {@code UNION ALL} one after the other and stops when the limit is reached, so a common word is done within the
	 * newest slice and a rare one costs a few index lookups.
	 */
	private Candidates candidates(List<String> terms, String type, Actor actor) {
		StringBuilder filter = new StringBuilder("tokens @@ to_tsquery('simple', :query)");
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("query", tsquery(terms));
		if (type != null) {
			filter.append(" AND type = :type");
			params.put("type", type);
		}
		// The owner's rule as stated with each document (Visibility): the permission, then the units of the scope — or
		// the searcher's account among those the owner named.
		StringBuilder rule = new StringBuilder();
		List<String> permissions = List.copyOf(actor.permissions());
		if (permissions.isEmpty()) {
			rule.append("permission IS NULL");
		}
		else {
			rule.append("(permission IS NULL OR permission IN (:permissions))");
			params.put("permissions", permissions);
		}
		if (!actor.seesWholeDistrict()) {
			List<Long> scope = organization.subtreeIds(actor.scopeUnitId());
			if (scope.isEmpty()) {
				rule.append(" AND unit_ids IS NULL");
			}
			else {
				rule.append(" AND (unit_ids IS NULL OR unit_ids && CAST(:scope AS bigint[]))");
				params.put("scope", scope.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}")));
			}
		}
		if (actor.accountId() != null) {
			filter.append(" AND ((").append(rule).append(") OR account_ids @> ARRAY[CAST(:account AS bigint)])");
			params.put("account", actor.accountId());
		}
		else {
			filter.append(" AND ").append(rule);
		}
		List<Instant> boundaries = windows.boundaries();
		List<String> slices = new ArrayList<>();
		for (int i = 0; i <= boundaries.size(); i++) {
			StringBuilder slice = new StringBuilder(filter);
			if (i < boundaries.size()) {
				slice.append(" AND updated_at >= :from").append(i);
				params.put("from" + i, OffsetDateTime.ofInstant(boundaries.get(i), ZoneOffset.UTC));
			}
			if (i > 0) {
				slice.append(" AND updated_at < :from").append(i - 1);
			}
			slices.add("(SELECT type, id, title, body, link, updated_at, tokens FROM search_document WHERE " + slice
					+ " ORDER BY updated_at DESC LIMIT " + CANDIDATE_LIMIT + ")");
		}
		return new Candidates("SELECT * FROM (" + String.join(" UNION ALL ", slices) + ") slices LIMIT " + CANDIDATE_LIMIT, params);
	}

	private long count(Candidates candidates) {
		return jdbc.sql("SELECT count(*) FROM (" + candidates.sql() + ") c").params(candidates.params()).query(Long.class).single();
	}

	/** {@code 'w1' & 'w2'}: each word a quoted lexeme, so that nothing in it is read as an operator. */
	static String tsquery(List<String> terms) {
		return terms.stream()
			.map(term -> "'" + term.replace("\\", "\\\\").replace("'", "''") + "'")
			.collect(Collectors.joining(" & "));
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static SearchHit hit(Row row, List<String> terms) {
		return new SearchHit(row.type(), row.id(), row.title(), Highlighter.mark(row.title(), terms), Highlighter.snippet(row.body(), terms),
				row.link(), row.rank(), row.updatedAt());
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getString("type"), rs.getString("id"), rs.getString("title"), rs.getString("body"), rs.getString("link"),
				rs.getObject("updated_at", OffsetDateTime.class).toInstant(), rs.getDouble("rank"), rs.getLong("total"));
	}

	private record Candidates(String sql, Map<String, Object> params) {
	}

	private record Row(String type, String id, String title, String body, String link, Instant updatedAt, double rank,
			long total) {
	}
}
