package org.luoshi.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.IntToLongFunction;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.audit.internal.AuditTrail;
import org.luoshi.audit.internal.ChainVerification;
import org.luoshi.supervision.EvidenceFile;
import org.luoshi.supervision.GoalDetails;
import org.luoshi.supervision.SupervisionFixtures;
import org.luoshi.supervision.TaskDetails;
import org.luoshi.support.ApiClient;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.LuoshiInstance;
import org.luoshi.support.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * ops/backup.sh and ops/restore.sh as an operator runs them: a backup of the running platform's database restores into
 * an empty one with the same rows, evidence and audit chain, which Luoshi started on it verifies up to the anchor. Taken
 * while clients go on writing through the API, the backup holds one moment of their writes: every write answered
 * before it began, none sent after it ended, each task with its timeline and audit entries and no audit entry without
 * its task, and the audit chain of that moment.
 */
@IntegrationTest
class BackupRestoreIntegrationTests {

	/** Writes each writer makes before the backup begins, and begins after it ended. */
	private static final int WRITES_OUTSIDE_THE_BACKUP = 3;

	/** The tables whose every row is compared, not only counted (restore.sh counts all of them). */
	private static final List<String> KEY_TABLES = List.of("account", "unit", "staff", "goal", "task", "task_event", "evidence_file",
			"audit_entry", "audit_entry_scope", "notification");

	@Autowired
	Environment environment;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SupervisionFixtures fixtures;

	@Autowired
	AuditTrail trail;

	@LocalServerPort
	int port;

	@TempDir
	Path backups;

	@BeforeEach
	void requirePgDump() {
		OpsScripts.requirePgDump();
	}

	@Test
	void aBackupRestoresIntoAnEmptyDatabaseWithItsRowsEvidenceAndAnAuditChainVerifiedUpToTheAnchor() throws Exception {
		EvidenceFile evidence = fixtures.evidence("backup-proof.txt", fixtures.justice());
		ChainVerification original = trail.verify();
		Map<String, String> rows = fingerprints(jdbc);

		Path backup = backUp();

		Map<String, String> manifest = OpsScripts.manifest(backup);
		assertThat(manifest).containsEntry("audit.anchor.sequence", Long.toString(original.checked()))
			.containsEntry("audit.anchor.hash", original.head())
			.containsEntry("rows.public.evidence_file", jdbc.sql("SELECT count(*) FROM evidence_file").query(String.class).single())
			.containsKey("schema.audit")
			.containsKey("sha256.database.dump");

		TestDatabase.Connection restored = TestDatabase.createDatabase();
		SingleConnectionDataSource restoredConnection = new SingleConnectionDataSource(restored.url(), restored.user(), restored.password(), true);
		try {
			OpsScripts.Run restore = OpsScripts.run(restored, "ops/restore.sh", backup.toString());
			assertThat(restore.exit()).as(restore.output()).isZero();
			assertThat(restore.output()).contains("Checked: row counts as in the manifest");

			JdbcClient restoredJdbc = JdbcClient.create(restoredConnection);
			assertThat(fingerprints(restoredJdbc)).isEqualTo(rows);
			assertThat(restoredJdbc.sql("SELECT content FROM evidence_file WHERE id = ?").param(evidence.id()).query(byte[].class).single())
				.isEqualTo(("证明材料：backup-proof.txt").getBytes(StandardCharsets.UTF_8));

			OpsScripts.Run again = OpsScripts.run(restored, "ops/restore.sh", backup.toString());
			assertThat(again.exit()).isEqualTo(1);
			assertThat(again.output()).contains("tables already; restore into an empty database, or pass --force");
			assertThat(fingerprints(restoredJdbc)).as("a refused restore changes nothing").isEqualTo(rows);

			try (ConfigurableApplicationContext luoshi = LuoshiInstance.start(restored, false)) {
				ChainVerification verified = luoshi.getBean(AuditTrail.class).verify();
				assertThat(verified.intact()).isTrue();
				assertThat(verified.checked()).isGreaterThanOrEqualTo(original.checked());
				assertThat(restoredJdbc.sql("SELECT hash FROM audit_entry WHERE sequence = ?").param(original.checked()).query(String.class).single())
					.isEqualTo(original.head());
			}
		}
		finally {
			restoredConnection.destroy();
			TestDatabase.dropDatabase(restored);
		}
	}

	@Test
	void aBackupTakenWhileClientsWriteRestoresOneMomentOfTheirWritesWithTheAuditChainUpToTheAnchor() throws Exception {
		Instant began = Instant.now();
		GoalDetails goal = fixtures.goal("备份期间下发的任务");
		TaskDetails reportedOn = fixtures.inProgress(fixtures.goal("备份期间报告进展"), "备份期间不断报告进展的任务", 60);
		long lead = fixtures.unit("区司法局");
		String deadline = fixtures.today().plusDays(30).toString();
		ApiClient issuer = ApiClient.signIn(port, "demo-admin");
		ApiClient handler = ApiClient.signIn(port, "demo-dept");
		long tasksBeforeWriting = count(jdbc, "task");
		long eventsBeforeWriting = count(jdbc, "task_event");

		// Two clients, as people at work: the district office issues tasks, a department reports progress on its task.
		Writer issuing = new Writer("issuing tasks", number -> {
			ApiClient.Answer created = issuer.post("/api/v1/tasks", Map.of("goalId", goal.id(), "content", "备份期间下发的第" + number + "项任务",
					"leadUnitId", lead, "deadline", deadline, "issue", true));
			assertThat(created.status()).as(created.body()).isEqualTo(201);
			return created.json().get("id").asLong();
		});
		Writer reporting = new Writer("reporting progress", number -> {
			ApiClient.Answer reported = handler.post("/api/v1/tasks/" + reportedOn.id() + "/progress",
					Map.of("text", progressText(number), "percent", percent(number)));
			assertThat(reported.status()).as(reported.body()).isEqualTo(200);
			return reportedOn.id();
		});
		List<Writer> writers = List.of(issuing, reporting);
		Path backup;
		long tasksBefore;
		long tasksAfter;
		long backupStarted;
		long backupFinished;
		try {
			writers.forEach(Writer::start);
			awaitEach(writers, Writer::answered);

			tasksBefore = count(jdbc, "task");
			backupStarted = System.nanoTime();
			backup = backUp();
			backupFinished = System.nanoTime();
			tasksAfter = count(jdbc, "task");

			long finished = backupFinished;
			awaitEach(writers, writer -> writer.sentAfter(finished));
		}
		finally {
			writers.forEach(Writer::stop);
		}
		for (Writer writer : writers) {
			writer.awaitStopped();
		}
		long writesDuringTheBackup = writers.stream().mapToLong(writer -> writer.answeredBetween(backupStarted, backupFinished)).sum();
		assertThat(writesDuringTheBackup).as("writes answered while ops/backup.sh ran").isPositive();

		ChainVerification source = trail.verify();
		assertThat(source.intact()).as("the running platform's chain, after writing through the backup").isTrue();
		Map<String, String> manifest = OpsScripts.manifest(backup);
		long anchor = Long.parseLong(manifest.get("audit.anchor.sequence"));
		assertThat(jdbc.sql("SELECT hash FROM audit_entry WHERE sequence = ?").param(anchor).query(String.class).single())
			.as("the anchor is a link of the running platform's chain").isEqualTo(manifest.get("audit.anchor.hash"));

		TestDatabase.Connection restored = TestDatabase.createDatabase();
		SingleConnectionDataSource restoredConnection = new SingleConnectionDataSource(restored.url(), restored.user(), restored.password(), true);
		try {
			long restoreStarted = System.nanoTime();
			OpsScripts.Run restore = OpsScripts.run(restored, "ops/restore.sh", backup.toString());
			long restoreMillis = Duration.ofNanos(System.nanoTime() - restoreStarted).toMillis();
			assertThat(restore.exit()).as(restore.output()).isZero();
			assertThat(restore.output()).contains("Checked: row counts as in the manifest");
			JdbcClient restoredJdbc = JdbcClient.create(restoredConnection);

			long restoredTasks = count(restoredJdbc, "task");
			assertThat(restoredTasks).as("tasks restored, between the count before the backup and after it").isBetween(tasksBefore, tasksAfter);

			// The tasks issued: the first of the writes in the order they were answered, none missing in between, none
			// sent after the backup ended; each with its timeline and audit entries, and no audit entry of one not restored.
			List<Long> issued = restoredJdbc.sql("SELECT id FROM task WHERE goal_id = ? ORDER BY id").param(goal.id()).query(Long.class).list();
			assertThat(issued).isEqualTo(issuing.recordIds().subList(0, issued.size()));
			assertThat((long) issued.size()).isBetween(issuing.answeredBefore(backupStarted), issuing.sentBefore(backupFinished));
			Map<Long, Long> twoEach = issued.stream().collect(Collectors.toMap(id -> id, id -> 2L));
			assertThat(perTask(restoredJdbc, "SELECT CAST(target_id AS bigint) AS task, count(*) AS entries FROM audit_entry "
					+ "WHERE target_type = 'task' AND action IN ('supervision.task.created', 'supervision.task.issued') "
					+ "AND target_id = ANY (CAST(:ids AS text[])) GROUP BY target_id", issuing.recordIds()))
				.as("created and issued in the audit trail, exactly the tasks restored").isEqualTo(twoEach);
			assertThat(perTask(restoredJdbc, "SELECT task_id AS task, count(*) AS entries FROM task_event WHERE kind IN ('CREATED', 'ISSUED') "
					+ "AND task_id = ANY (CAST(:ids AS bigint[])) GROUP BY task_id", issuing.recordIds()))
				.as("created and issued on the timeline").isEqualTo(twoEach);

			// The progress reports: the first of them in order, and the task as the last of them left it.
			List<String> reports = restoredJdbc.sql("SELECT text FROM task_event WHERE task_id = ? AND kind = 'PROGRESS' ORDER BY id")
				.param(reportedOn.id())
				.query(String.class)
				.list();
			int lastReport = reports.size();
			assertThat(reports).isEqualTo(IntStream.rangeClosed(1, lastReport).mapToObj(BackupRestoreIntegrationTests::progressText).toList());
			assertThat((long) lastReport).isBetween(reporting.answeredBefore(backupStarted), reporting.sentBefore(backupFinished));
			assertThat(restoredJdbc.sql("SELECT percent || ' ' || progress_text FROM task WHERE id = ?").param(reportedOn.id())
				.query(String.class).single()).isEqualTo(percent(lastReport) + " " + progressText(lastReport));
			assertThat(restoredJdbc.sql("SELECT count(*) FROM audit_entry WHERE target_type = 'task' AND target_id = ? "
					+ "AND action = 'supervision.progress.reported'").param(Long.toString(reportedOn.id())).query(Long.class).single())
				.isEqualTo(lastReport);

			// Every task and timeline entry the manifest counted is one of these writes or was there before them.
			assertThat(Long.parseLong(manifest.get("rows.public.task"))).isEqualTo(tasksBeforeWriting + issued.size());
			assertThat(Long.parseLong(manifest.get("rows.public.task_event"))).isEqualTo(eventsBeforeWriting + 2L * issued.size() + lastReport);

			// The chain up to the anchor, entry by entry as the running platform has it.
			assertThat(chainUpTo(restoredJdbc, anchor)).isEqualTo(chainUpTo(jdbc, anchor)).startsWith(anchor + " ");

			try (ConfigurableApplicationContext luoshi = LuoshiInstance.start(restored, false)) {
				ChainVerification verified = luoshi.getBean(AuditTrail.class).verify();
				assertThat(verified.intact()).as("%s", verified).isTrue();
				// Entries committed but not yet sealed at the backup are chained after the anchor when Luoshi starts.
				assertThat(verified.checked()).isGreaterThanOrEqualTo(anchor + Long.parseLong(manifest.get("audit.unsealed")));
				assertThat(restoredJdbc.sql("SELECT hash FROM audit_entry WHERE sequence = ?").param(anchor).query(String.class).single())
					.isEqualTo(manifest.get("audit.anchor.hash"));
			}
			System.out.printf("Backup under writes: %d writes answered while ops/backup.sh ran (%d ms); %d tasks issued and %d progress "
					+ "reports restored of %d and %d made; restore.sh took %d ms for a dump of %d kB%n", writesDuringTheBackup,
					Duration.ofNanos(backupFinished - backupStarted).toMillis(), issued.size(), lastReport, issuing.recordIds().size(),
					reporting.recordIds().size(), restoreMillis, Files.size(backup.resolve("database.dump")) / 1024);
		}
		finally {
			restoredConnection.destroy();
			TestDatabase.dropDatabase(restored);
		}
		awaitNotificationsOfWritesSince(began);
	}

	@Test
	void aDamagedBackupIsRefusedBeforeAnyDatabaseIsTouched() throws Exception {
		Path backup = backUp();
		try (RandomAccessFile dump = new RandomAccessFile(backup.resolve("database.dump").toFile(), "rw")) {
			dump.seek(dump.length() / 2);
			int original = dump.read();
			dump.seek(dump.length() / 2);
			dump.write(original ^ 0xFF);
		}

		OpsScripts.Run check = OpsScripts.run(null, "ops/restore.sh", "--check", backup.toString());

		assertThat(check.exit()).isEqualTo(1);
		assertThat(check.output()).contains("database.dump has SHA-256").contains("the backup is damaged");
	}

	private Path backUp() throws IOException, InterruptedException {
		OpsScripts.Run backup = OpsScripts.run(new TestDatabase.Connection(environment.getProperty("spring.datasource.url"),
				environment.getProperty("spring.datasource.username"), environment.getProperty("spring.datasource.password")),
				"ops/backup.sh", "-o", backups.toString());
		assertThat(backup.exit()).as(backup.output()).isZero();
		try (Stream<Path> written = Files.list(backups)) {
			List<Path> directories = written.filter(Files::isDirectory).toList();
			assertThat(directories).as("one backup, no partial one left").hasSize(1);
			assertThat(directories.get(0).getFileName().toString()).matches("luoshi-\\d{8}T\\d{6}Z");
			Path backupDirectory = directories.get(0);
			Files.move(backupDirectory, backups.resolve("latest"));
			return backups.resolve("latest");
		}
	}

	/** Every row of each key table, as text in a fixed order, reduced to one digest per table. */
	private static Map<String, String> fingerprints(JdbcClient database) {
		Map<String, String> fingerprints = new LinkedHashMap<>();
		for (String table : KEY_TABLES) {
			fingerprints.put(table, database.sql("SELECT count(*) || ' ' || md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) FROM "
					+ table + " t").query(String.class).single());
		}
		return fingerprints;
	}

	private static String progressText(int number) {
		return "第" + number + "次报告进展。";
	}

	private static int percent(int number) {
		return number % 100;
	}

	private static long count(JdbcClient database, String table) {
		return database.sql("SELECT count(*) FROM " + table).query(Long.class).single();
	}

	/** Rows per task of the query (columns task and entries), for the tasks given as {@code :ids}. */
	private static Map<Long, Long> perTask(JdbcClient database, String sql, List<Long> ids) {
		return database.sql(sql)
			.param("ids", ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}")))
			.query((rs, row) -> Map.entry(rs.getLong("task"), rs.getLong("entries")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** The audit chain up to {@code sequence}: how many entries, and a digest of each one's place, id and hash. */
	private static String chainUpTo(JdbcClient database, long sequence) {
		return database.sql("SELECT count(*) || ' ' || md5(coalesce(string_agg(sequence || ':' || id || ':' || hash, ',' ORDER BY sequence), '')) "
				+ "FROM audit_entry WHERE sequence <= ?").param(sequence).query(String.class).single();
	}

	/**
	 * The writes' notifications are delivered after their commits, on threads of their own: the next test that compares
	 * every row of the notification table must not see them arrive.
	 */
	private void awaitNotificationsOfWritesSince(Instant began) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
		while (jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL AND publication_date >= ?")
			.param(Timestamp.from(began))
			.query(Long.class)
			.single() > 0) {
			assertThat(System.nanoTime()).as("the writes' notifications delivered within a minute").isLessThan(deadline);
			Thread.sleep(50);
		}
	}

	/** Waits until every writer has made {@code enough} writes of a kind, failing at once when one of them failed. */
	private static void awaitEach(List<Writer> writers, ToLongFunction<Writer> counted) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
		while (!writers.stream().allMatch(writer -> writer.failedOrCount(counted) >= WRITES_OUTSIDE_THE_BACKUP)) {
			assertThat(System.nanoTime()).as("the writers made %d writes each within a minute", WRITES_OUTSIDE_THE_BACKUP).isLessThan(deadline);
			Thread.sleep(20);
		}
	}

	/** One write: its number in the writer's sequence, the task it wrote, and when it was sent and answered. */
	private record Write(int number, long taskId, long sent, long answered) {
	}

	/** A client writing through the API on a thread of its own, one write after another, noting when each was sent and answered. */
	private static final class Writer {

		private final String name;
		private final IntToLongFunction write;
		private final List<Write> writes = new CopyOnWriteArrayList<>();
		private final CompletableFuture<Void> stopped = new CompletableFuture<>();
		private volatile boolean stopping;

		Writer(String name, IntToLongFunction write) {
			this.name = name;
			this.write = write;
		}

		void start() {
			Thread thread = new Thread(() -> {
				try {
					for (int number = 1; !stopping; number++) {
						long sent = System.nanoTime();
						long taskId = write.applyAsLong(number);
						writes.add(new Write(number, taskId, sent, System.nanoTime()));
					}
					stopped.complete(null);
				}
				catch (Throwable failure) {
					stopped.completeExceptionally(failure);
				}
			}, "writer " + name);
			thread.setDaemon(true);
			thread.start();
		}

		void stop() {
			stopping = true;
		}

		/** Waits for the write under way; a write that failed fails the test. */
		void awaitStopped() throws Exception {
			try {
				stopped.get(1, TimeUnit.MINUTES);
			}
			catch (ExecutionException e) {
				throw new AssertionError("A write " + name + " failed", e.getCause());
			}
		}

		long failedOrCount(ToLongFunction<Writer> counted) {
			if (stopped.isCompletedExceptionally()) {
				stopped.join();
			}
			return counted.applyAsLong(this);
		}

		List<Long> recordIds() {
			return writes.stream().map(Write::taskId).toList();
		}

		long answered() {
			return writes.size();
		}

		long answeredBefore(long instant) {
			return writes.stream().filter(write -> write.answered() < instant).count();
		}

		long answeredBetween(long from, long to) {
			return writes.stream().filter(write -> write.answered() > from && write.answered() < to).count();
		}

		long sentBefore(long instant) {
			return writes.stream().filter(write -> write.sent() < instant).count();
		}

		long sentAfter(long instant) {
			return writes.stream().filter(write -> write.sent() > instant).count();
		}
	}
}
