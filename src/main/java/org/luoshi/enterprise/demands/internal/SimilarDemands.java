package org.luoshi.enterprise.demands.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds, as a demand is raised, an unfinished demand of the same enterprise that says nearly the same: the overlap of
 * their character pairs (bigrams of the letters and digits of title and text; Chinese needs no word breaking for
 * "nearly the same words") is at least {@value #THRESHOLD} of their union. The desk then sees the flag and may merge.
 */
@Component
class SimilarDemands {

	static final double THRESHOLD = 0.6;

	private final JdbcClient jdbc;

	SimilarDemands(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Candidate(long id, String title, String content) {
	}

	Optional<Long> find(long enterpriseId, String title, String content) {
		List<Candidate> candidates = jdbc.sql("SELECT id, title, content FROM demand WHERE enterprise_id = ? AND status IN ("
				+ DemandLifecycle.sql(java.util.EnumSet.of(org.luoshi.enterprise.demands.DemandStatus.ANSWERED)) + ", " + DemandLifecycle.OPEN_SQL
				+ ") ORDER BY raised_at DESC, id DESC LIMIT 200")
			.param(enterpriseId)
			.query((rs, n) -> new Candidate(rs.getLong("id"), rs.getString("title"), rs.getString("content")))
			.list();
		Set<String> pairs = bigrams(title + " " + content);
		Candidate best = null;
		double bestScore = 0;
		for (Candidate candidate : candidates) {
			double score = similarity(pairs, bigrams(candidate.title() + " " + candidate.content()));
			if (score >= THRESHOLD && score > bestScore) {
				best = candidate;
				bestScore = score;
			}
		}
		return Optional.ofNullable(best).map(Candidate::id);
	}

	static double similarity(Set<String> a, Set<String> b) {
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		Set<String> union = new HashSet<>(a);
		union.addAll(b);
		long shared = a.stream().filter(b::contains).count();
		return (double) shared / union.size();
	}

	static Set<String> bigrams(String text) {
		int[] letters = text.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).toArray();
		Set<String> pairs = new HashSet<>();
		for (int i = 0; i + 1 < letters.length; i++) {
			pairs.add(new String(letters, i, 2));
		}
		return pairs;
	}
}
