package org.luoshi.enterprise.demands.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.luoshi.enterprise.DemandKeywordCounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts the demands of a category (its subtree) since a day that match each set of keywords, in one statement: the
 * keyword sets go in as one array of patterns per set (joined by a separator no keyword holds), and PostgreSQL counts
 * per set with {@code ILIKE ANY}.
 */
@Component
class DemandKeywordMatches implements DemandKeywordCounts {

	private static final String SEPARATOR = "\u001f";

	private final JdbcClient jdbc;

	DemandKeywordMatches(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Long> count(String categoryCode, List<List<String>> keywordSets, LocalDate since) {
		List<Long> counts = new ArrayList<>();
		if (keywordSets.isEmpty()) {
			return counts;
		}
		String[] patterns = keywordSets.stream()
			.map(set -> String.join(SEPARATOR, set.stream()
				.filter(word -> word != null && !word.isBlank())
				.map(word -> "%" + org.luoshi.shared.database.Like.escape(word.strip().toLowerCase(Locale.ROOT)) + "%")
				.toList()))
			.toArray(String[]::new);
		List<Long> found = jdbc.sql("""
				WITH RECURSIVE tree AS (
				    SELECT id FROM demand_category WHERE code = :code
				    UNION ALL SELECT c.id FROM demand_category c JOIN tree t ON c.parent_id = t.id),
				matching AS (
				    SELECT lower(d.title || ' ' || d.content) AS words FROM demand d
				    WHERE d.category_id IN (SELECT id FROM tree) AND d.raised_on >= :since)
				SELECT (SELECT count(*) FROM matching m
				        WHERE s.patterns <> '' AND m.words LIKE ANY (string_to_array(s.patterns, :separator)))
				FROM unnest(CAST(:sets AS text[])) WITH ORDINALITY AS s (patterns, n)
				ORDER BY s.n""")
			.param("code", categoryCode)
			.param("since", since)
			.param("separator", SEPARATOR)
			.param("sets", patterns)
			.query(Long.class)
			.list();
		counts.addAll(found);
		return counts;
	}
}
