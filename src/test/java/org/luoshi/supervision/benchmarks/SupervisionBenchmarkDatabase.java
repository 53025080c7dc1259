package org.luoshi.supervision.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.luoshi.support.TestDatabaseEnvironment;

/**
 * Points the application at the supervision benchmarks' own database, {@value #NAME}, on the server named by
 * {@code LUOSHI_TEST_DB_URL}, creating it when it is missing (or anew with {@code -Dbench.refill=true}). The database
 * outlives the run, so that the slow fill happens once. Called from the benchmark classes' static initializers, before
 * Spring reads its properties; every benchmark class sets the same properties, so they share one Spring context.
 */
final class SupervisionBenchmarkDatabase {

	static final String NAME = "luoshi_supervision_bench";

	private static boolean prepared;

	private SupervisionBenchmarkDatabase() {
	}

	static synchronized void prepare() {
		if (prepared) {
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
				statement.execute("DROP DATABASE IF EXISTS " + NAME + " WITH (FORCE)");
			}
			if (!statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + NAME + "'").next()) {
				statement.execute("CREATE DATABASE " + NAME + " ENCODING 'UTF8' TEMPLATE template0");
			}
			System.setProperty("spring.datasource.url", server.replaceFirst("/[^/?]*(\\?.*)?$", "/" + NAME + "$1"));
			System.setProperty("spring.datasource.username", user);
			System.setProperty("spring.datasource.password", password);
			System.setProperty("luoshi.demo", "true");
			// PageSession signs the demo accounts in with the tests' password.
			System.setProperty("luoshi.demo-password", TestDatabaseEnvironment.DEMO_PASSWORD);
			// The follow-up is run by the benchmark for the days it chooses; the scheduler must not run today's on its own.
			System.setProperty("luoshi.supervision.follow-up-cron", "-");
			System.setProperty("luoshi.data-dir", Files.createTempDirectory("luoshi-bench").toString());
		}
		catch (SQLException | IOException e) {
			throw new IllegalStateException("Cannot prepare the benchmark database", e);
		}
		prepared = true;
	}
}
