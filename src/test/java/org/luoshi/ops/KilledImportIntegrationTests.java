package org.luoshi.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.luoshi.audit.internal.AuditTrail;
import org.luoshi.audit.internal.ChainVerification;
import org.luoshi.supervision.ledger.BreakdownTables;
import org.luoshi.support.ApiClient;
import org.luoshi.support.LuoshiInstance;
import org.luoshi.support.LuoshiProcess;
import org.luoshi.support.TestDatabase;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.util.FileSystemUtils;

/**
 * Luoshi killed with SIGKILL (kill -9) in the middle of a 5,000-row import of a breakdown table, as a crashed or
 * OOM-killed server would be: it runs as a child process, the import is seen from the database to be well under way
 * (the session inserting tasks holds its transaction open and has drawn a thousand task ids), then the process is
 * killed. Nothing of the import is left (no task, no audit entry, no notification waiting to go out: the transaction
 * never committed), the audit chain verifies on a fresh instance started on the same database, and the same import
 * repeated there imports all 5,000 rows.
 */
class KilledImportIntegrationTests {

	static final int TASKS = 5_000;

	/**
	 * Task ids the import must have drawn before the kill. Sequences are not transactional, so another session sees
	 * the import advance while its rows stay invisible: a fifth of the way in, it is far from its commit.
	 */
	static final long DRAWN_BEFORE_THE_KILL = TASKS / 5;

	static final ZoneId DISTRICT = ZoneId.of("Asia/Shanghai");

	/** 128 + SIGKILL: how a JVM reports a child that SIGKILL ended. */
	static final int KILLED_BY_SIGKILL = 128 + 9;

	@Test
	void anImportKilledMidwayLeavesNothingBehindAndSucceedsWhenRepeated() throws Exception {
		TestDatabase.Connection database = TestDatabase.createDatabase();
		Path dataDirectory = Files.createTempDirectory("luoshi-killed-import");
		SingleConnectionDataSource observerConnection = new SingleConnectionDataSource(database.url(), database.user(), database.password(),
				true);
		JdbcClient observer = JdbcClient.create(observerConnection);
		ExecutorService uploader = Executors.newSingleThreadExecutor();
		Process luoshi = null;
		Thread killOnExit = null;
		try {
			long startedAt = System.nanoTime();
			int port = LuoshiProcess.freePort();
			luoshi = LuoshiProcess.start(dataDirectory, LuoshiInstance.arguments(database, dataDirectory, port, true));
			// Should this JVM be stopped before the finally block below runs (a build cancelled), the child goes with it.
			Process child = luoshi;
			killOnExit = new Thread(child::destroyForcibly, "kill-luoshi-child");
			Runtime.getRuntime().addShutdownHook(killOnExit);
			LuoshiProcess.awaitReady(luoshi, port, dataDirectory);
			long startup = millisSince(startedAt);

			ApiClient admin = ApiClient.signIn(port, "demo-admin");
			ApiClient.Answer goal = admin.post("/api/v1/goals", Map.of("title", "强杀导入测试目标", "year", LocalDate.now(DISTRICT).getYear()));
			assertThat(goal.status()).as(goal.body()).isEqualTo(201);
			long goalId = goal.json().get("id").asLong();
			byte[] table = BreakdownTables.of(TASKS, "区发改局", List.of("棠下镇"), LocalDate.now(DISTRICT).plusDays(30));
			long lastTaskIdBefore = lastTaskId(observer);
			long chainBefore = observer.sql("SELECT coalesce(max(sequence), 0) FROM audit_entry").query(Long.class).single();

			Instant uploadBegan = Instant.now();
			long uploadedAt = System.nanoTime();
			Future<ApiClient.Answer> upload = uploader.submit(() -> admin.upload("/api/v1/tasks/import?goalId=" + goalId + "&issue=true",
					"分解表.xlsx", table));
			ImportUnderWay underWay = awaitImportUnderWay(observer, lastTaskIdBefore, upload);
			long importRan = millisSince(uploadedAt);

			assertThat(luoshi.isAlive()).as("Luoshi still running when the import is under way").isTrue();
			luoshi.destroyForcibly();
			assertThat(luoshi.waitFor(30, TimeUnit.SECONDS)).as("the killed process ended").isTrue();
			assertThat(luoshi.exitValue()).as("ended by SIGKILL, not by a shutdown").isEqualTo(KILLED_BY_SIGKILL);
			assertThat(catchFailure(upload)).as("the client never got an answer").isInstanceOf(UncheckedIOException.class);
			awaitNoSessionsOf(observer, underWay);

			assertThat(observer.sql("SELECT count(*) FROM task WHERE goal_id = ?").param(goalId).query(Long.class).single())
				.as("no task of the goal").isZero();
			assertThat(observer.sql("SELECT count(*) FROM task WHERE id > ?").param(lastTaskIdBefore).query(Long.class).single())
				.as("none of the task ids the import drew").isZero();
			assertThat(observer.sql("SELECT count(*) FROM audit_entry WHERE (target_type = 'task' AND CAST(target_id AS bigint) > ?) "
					+ "OR action = 'supervision.ledger.imported'").param(lastTaskIdBefore).query(Long.class).single())
				.as("no audit entry of the import").isZero();
			assertThat(observer.sql("SELECT count(*) FROM event_publication WHERE publication_date >= ?").param(Timestamp.from(uploadBegan))
				.query(Long.class).single()).as("no notification of the import waits to go out (to tell units of tasks that do not exist)").isZero();

			long restartedAt = System.nanoTime();
			try (ConfigurableApplicationContext restarted = LuoshiInstance.start(LuoshiInstance.arguments(database, dataDirectory, 0, true))) {
				long restart = millisSince(restartedAt);
				AuditTrail trail = restarted.getBean(AuditTrail.class);
				ChainVerification afterTheKill = trail.verify();
				assertThat(afterTheKill.intact()).as("%s", afterTheKill).isTrue();
				assertThat(afterTheKill.checked()).isGreaterThanOrEqualTo(chainBefore);
				assertThat(afterTheKill.unsealed()).isZero();

				int restartedPort = Integer.parseInt(restarted.getEnvironment().getProperty("local.server.port"));
				long repeatedAt = System.nanoTime();
				ApiClient.Answer repeated = ApiClient.signIn(restartedPort, "demo-admin")
					.upload("/api/v1/tasks/import?goalId=" + goalId + "&issue=true", "分解表.xlsx", table);
				long repeatedImport = millisSince(repeatedAt);
				assertThat(repeated.status()).as(repeated.body()).isEqualTo(200);
				assertThat(repeated.json().get("imported").asInt()).isEqualTo(TASKS);
				assertThat(repeated.json().get("issued").asInt()).isEqualTo(TASKS);
				assertThat(observer.sql("SELECT count(*) FROM task WHERE goal_id = ?").param(goalId).query(Long.class).single())
					.isEqualTo(TASKS);

				ChainVerification afterTheRepeat = trail.verify();
				assertThat(afterTheRepeat.intact()).as("%s", afterTheRepeat).isTrue();
				// Each task's creation and issue, and the import itself.
				assertThat(afterTheRepeat.checked()).isGreaterThanOrEqualTo(afterTheKill.checked() + 2L * TASKS + 1);

				System.out.printf("Killed import: child started in %d ms; killed %d ms after the upload began, %d of %d task ids drawn; "
						+ "restarted in %d ms; the repeated import took %d ms%n", startup, importRan, underWay.idsDrawn(), TASKS, restart,
						repeatedImport);
			}
		}
		finally {
			uploader.shutdownNow();
			if (luoshi != null) {
				// Whatever failed above, no Luoshi is left running.
				luoshi.descendants().forEach(ProcessHandle::destroyForcibly);
				luoshi.destroyForcibly();
				luoshi.waitFor(30, TimeUnit.SECONDS);
				Runtime.getRuntime().removeShutdownHook(killOnExit);
			}
			observerConnection.destroy();
			TestDatabase.dropDatabase(database);
			FileSystemUtils.deleteRecursively(dataDirectory);
		}
	}

	/**
	 * The import as the database sees it: the session whose open transaction is inserting tasks (the only one that
	 * does), and how many task ids it has drawn so far.
	 */
	private record ImportUnderWay(int backendPid, long idsDrawn) {
	}

	private static ImportUnderWay awaitImportUnderWay(JdbcClient observer, long lastTaskIdBefore, Future<ApiClient.Answer> upload)
			throws Exception {
		long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		while (System.nanoTime() < deadline) {
			if (upload.isDone()) {
				String answer = upload.get().body();
				throw new AssertionError("The import ended before it could be killed: " + answer.substring(0, Math.min(answer.length(), 500)));
			}
			long drawn = lastTaskId(observer) - lastTaskIdBefore;
			if (drawn >= DRAWN_BEFORE_THE_KILL) {
				List<Integer> importing = observer.sql("SELECT a.pid FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
						+ "WHERE l.locktype = 'relation' AND l.relation = CAST('task' AS regclass) AND l.mode = 'RowExclusiveLock' "
						+ "AND a.datname = current_database() AND a.pid <> pg_backend_pid() AND a.xact_start IS NOT NULL")
					.query(Integer.class)
					.list();
				assertThat(importing).as("%d task ids drawn: one open transaction inserts tasks, the import's", drawn).hasSize(1);
				return new ImportUnderWay(importing.get(0), drawn);
			}
			Thread.sleep(10);
		}
		throw new AssertionError("The import drew fewer than " + DRAWN_BEFORE_THE_KILL + " task ids in two minutes");
	}

	/** The last id the task sequence handed out, whether or not the transaction that drew it committed. */
	private static long lastTaskId(JdbcClient observer) {
		return observer.sql("SELECT coalesce(pg_sequence_last_value(CAST(pg_get_serial_sequence('task', 'id') AS regclass)), 0)")
			.query(Long.class)
			.single();
	}

	/**
	 * The server notices the killed client when it next reads from or writes to its connection, and only then rolls
	 * the transaction back: the checks wait for that, rather than for rows that are merely not visible yet.
	 */
	private static void awaitNoSessionsOf(JdbcClient observer, ImportUnderWay underWay) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (observer.sql("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()")
			.query(Long.class)
			.single() > 0) {
			assertThat(System.nanoTime()).as("the killed instance's sessions, the import's (pid %d) among them, ended within 30 s",
					underWay.backendPid()).isLessThan(deadline);
			Thread.sleep(100);
		}
	}

	private static Throwable catchFailure(Future<?> upload) throws InterruptedException {
		try {
			upload.get(30, TimeUnit.SECONDS);
			return null;
		}
		catch (ExecutionException e) {
			return e.getCause();
		}
		catch (java.util.concurrent.TimeoutException e) {
			return e;
		}
	}

	private static long millisSince(long nanos) {
		return Duration.ofNanos(System.nanoTime() - nanos).toMillis();
	}
}
