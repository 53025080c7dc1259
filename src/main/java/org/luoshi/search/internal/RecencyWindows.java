package org.luoshi.search.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Cuts the index into slices of time that hold a growing number of documents: the newest
 * {@value #FIRST} documents, the next three times as many, and so on. A search looks for its newest matches slice by
 * slice and stops as soon as it has enough, so it reads about as many rows as it needs, whether its word is in
 * every third document or in one of a hundred thousand (see docs/benchmarks.md).
 *
 * <p>The boundaries are the update times at those ranks, found with the recency index and kept for
 * {@link #REFRESH}. They only have to be roughly right: slices never overlap and together cover all time, so stale
 * boundaries cost a little speed, never a result.
 */
@Component
class RecencyWindows {

	static final int FIRST = 20_000;
	static final int GROWTH = 4;
	static final Duration REFRESH = Duration.ofMinutes(10);

	private final JdbcClient jdbc;
	private final int first;
	private final Clock clock = Clock.systemUTC();
	private volatile Boundaries boundaries;

	@Autowired
	RecencyWindows(JdbcClient jdbc) {
		this(jdbc, FIRST);
	}

	/** With a first slice of the given size, so that tests can cut a small index into several slices. */
	RecencyWindows(JdbcClient jdbc, int first) {
		this.jdbc = jdbc;
		this.first = first;
	}

	/** The update times that separate the slices, newest first; empty while the index is small. */
	List<Instant> boundaries() {
		Boundaries current = boundaries;
		if (current == null || current.computedAt().plus(REFRESH).isBefore(clock.instant())) {
			current = new Boundaries(compute(), clock.instant());
			boundaries = current;
		}
		return current.values();
	}

	private List<Instant> compute() {
		List<Instant> values = new ArrayList<>();
		// The planner's row count is enough to know where to stop, and it spares scanning the whole recency index.
		long documents = jdbc.sql("SELECT GREATEST(reltuples, 0)::bigint FROM pg_class WHERE oid = 'search_document'::regclass")
			.query(Long.class)
			.single();
		for (long rank = first; rank < documents; rank *= GROWTH) {
			Optional<OffsetDateTime> at = jdbc.sql("SELECT updated_at FROM search_document ORDER BY updated_at DESC OFFSET ? LIMIT 1")
				.param(rank)
				.query(OffsetDateTime.class)
				.optional();
			if (at.isEmpty()) {
				break;
			}
			values.add(at.get().toInstant());
		}
		return List.copyOf(values);
	}

	private record Boundaries(List<Instant> values, Instant computedAt) {
	}
}
