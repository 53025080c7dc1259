package org.luoshi.support;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;

/**
 * Points the application at a benchmark's own database on the server named by {@code LUOSHI_TEST_DB_URL}, creating it
 * when it is missing (or anew with {@code -Dbench.refill=true}). The database outlives the run, so that the slow fill
 * happens once. Called from the benchmark classes' static initializers, before Spring reads its properties; the
 * benchmarks of one database set the same properties, so they share one Spring context. The daily jobs are switched
 * off: a benchmark runs them for the days it chooses.
 */
public final class BenchmarkDatabase {

	private static final Set<String> PREPARED = new HashSet<>();

	private BenchmarkDatabase() {
	}

	public static synchronized void prepare(String name) {
		if (PREPARED.contains(name)) {
			return;
		}
		String server = System.getenv("LUOSHI_TEST_DB_URL");
		if (server == null || server.isBlank()) {
			throw new IllegalStateException("Set LUOSHI_TEST_DB_URL to a PostgreSQL server, e.g. jdbc:postgresql://127.0.0.1:5432/postgres");
		}
		String user = System.getenv().getOrDefault("LUOSHI_TEST_DB_USER", "postgres");
		String password = System.getenv().getOrDefault("LUOSHI_TEST_DB_PASSWORD", "");
		try (Connection admin = DriverManager.getConnection(server, user, password); Statement statement = admin.createStatement()) {
			if (Boolean.getBoolean("bench.refill")) {
				statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
			}
			if (!statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'").next()) {
				statement.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
			}
			System.setProperty("spring.datasource.url", server.replaceFirst("/[^/?]*(\\?.*)?$", "/" + name + "$1"));
			System.setProperty("spring.datasource.username", user);
			System.setProperty("spring.datasource.password", password);
			System.setProperty("luoshi.demo", "true");
			// PageSession signs the demo accounts in with the tests' password.
			System.setProperty("luoshi.demo-password", TestDatabaseEnvironment.DEMO_PASSWORD);
			System.setProperty("luoshi.supervision.follow-up-cron", "-");
			System.setProperty("luoshi.demands.follow-up-cron", "-");
			System.setProperty("luoshi.proposals.follow-up-cron", "-");
			System.setProperty("luoshi.legal.experts.follow-up-cron", "-");
			System.setProperty("luoshi.awards.review-reminder-cron", "-");
			System.setProperty("luoshi.data-dir", Files.createTempDirectory("luoshi-bench").toString());
		}
		catch (SQLException | IOException e) {
			throw new IllegalStateException("Cannot prepare the benchmark database " + name, e);
		}
		PREPARED.add(name);
	}
}
