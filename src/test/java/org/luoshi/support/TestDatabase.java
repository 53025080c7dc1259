package org.luoshi.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Where tests keep their data: a fresh database per Spring context, on the PostgreSQL server named by
 * {@code LUOSHI_TEST_DB_URL} (CI and the developers' machines: {@code jdbc:postgresql://127.0.0.1:5432/postgres})
 * or, on a machine with nothing but Java and Maven, on one embedded PostgreSQL started for the whole test run.
 * The databases are dropped when the test JVM exits.
 */
public final class TestDatabase {

	private static final String SERVER_URL = System.getenv("LUOSHI_TEST_DB_URL");
	private static final String SERVER_USER = envOr("LUOSHI_TEST_DB_USER", "postgres");
	private static final String SERVER_PASSWORD = envOr("LUOSHI_TEST_DB_PASSWORD", "");
	private static final List<String> created = new ArrayList<>();
	private static boolean dropsAtExit;
	private static EmbeddedPostgres embedded;

	private TestDatabase() {
	}

	public record Connection(String url, String user, String password) {
	}

	/** Creates an empty database and says how to reach it. */
	public static synchronized Connection createDatabase() {
		String name = "luoshi_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		String adminUrl = adminUrl();
		try (java.sql.Connection admin = DriverManager.getConnection(adminUrl, user(), password());
				Statement statement = admin.createStatement()) {
			statement.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
		}
		catch (SQLException e) {
			throw new IllegalStateException("Cannot create a test database on " + adminUrl, e);
		}
		if (!dropsAtExit) {
			Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::dropAll, "drop-test-databases"));
			dropsAtExit = true;
		}
		created.add(name);
		return new Connection(adminUrl.replaceFirst("/[^/?]*(\\?.*)?$", "/" + name + "$1"), user(), password());
	}

	/** Drops a database {@link #createDatabase()} made, closing whatever connections it still has. */
	public static synchronized void dropDatabase(Connection database) {
		String name = database.url().replaceFirst("^.*/([^/?]+)(\\?.*)?$", "$1");
		if (!created.remove(name)) {
			throw new IllegalArgumentException(name + " is not a test database of this run");
		}
		try (java.sql.Connection admin = DriverManager.getConnection(adminUrl(), user(), password());
				Statement statement = admin.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
		}
		catch (SQLException e) {
			throw new IllegalStateException("Cannot drop the test database " + name, e);
		}
	}

	public static boolean usesServer() {
		return SERVER_URL != null && !SERVER_URL.isBlank();
	}

	private static String adminUrl() {
		if (usesServer()) {
			return SERVER_URL;
		}
		if (embedded == null) {
			try {
				embedded = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
			}
			catch (IOException e) {
				throw new UncheckedIOException("Cannot start the embedded PostgreSQL for tests", e);
			}
		}
		return embedded.getJdbcUrl("postgres", "postgres");
	}

	private static String user() {
		return usesServer() ? SERVER_USER : "postgres";
	}

	private static String password() {
		return usesServer() ? SERVER_PASSWORD : "";
	}

	/**
	 * Runs as a JVM shutdown hook. Spring closes the test contexts in hooks of its own; the database must outlive
	 * them, or a context still closing waits for a connection that cannot come.
	 */
	private static void dropAll() {
		awaitSpringShutdownHooks();
		try (java.sql.Connection admin = DriverManager.getConnection(adminUrl(), user(), password());
				Statement statement = admin.createStatement()) {
			for (String name : created) {
				statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
			}
		}
		catch (SQLException e) {
			System.err.println("Could not drop test databases " + created + ": " + e.getMessage());
		}
		if (embedded != null) {
			try {
				embedded.close();
			}
			catch (IOException ignored) {
				// the JVM is exiting; the temporary directory goes with it
			}
		}
	}

	private static void awaitSpringShutdownHooks() {
		for (Thread thread : Thread.getAllStackTraces().keySet()) {
			if (thread != Thread.currentThread() && thread.getName().startsWith("Spring") && thread.getName().endsWith("ShutdownHook")) {
				try {
					thread.join(20_000);
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}

	private static String envOr(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}
}
