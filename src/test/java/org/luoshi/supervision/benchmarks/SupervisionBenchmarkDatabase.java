package org.luoshi.supervision.benchmarks;

import org.luoshi.support.BenchmarkDatabase;

/**
 * Points the application at the supervision benchmarks' own database, {@value #NAME}, on the server named by
 * {@code LUOSHI_TEST_DB_URL}, creating it when it is missing (or anew with {@code -Dbench.refill=true}). The database
 * outlives the run, so that the slow fill happens once. Called from the benchmark classes' static initializers, before
 * Spring reads its properties; every benchmark class sets the same properties, so they share one Spring context.
 */
final class SupervisionBenchmarkDatabase {

	static final String NAME = "luoshi_supervision_bench";

	private SupervisionBenchmarkDatabase() {
	}

	static synchronized void prepare() {
		BenchmarkDatabase.prepare(NAME);
	}
}
