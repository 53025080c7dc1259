package org.luoshi.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.LuoshiApplication;
import org.luoshi.audit.internal.AuditTrail;
import org.luoshi.audit.internal.ChainVerification;
import org.luoshi.supervision.EvidenceFile;
import org.luoshi.supervision.SupervisionFixtures;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * ops/backup.sh and ops/restore.sh as an operator runs them: a backup of the running platform's database restores into
 * an empty one with the same rows, evidence and audit chain, which Luoshi started on it verifies up to the anchor.
 */
@IntegrationTest
class BackupRestoreIntegrationTests {

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

	@TempDir
	Path backups;

	@BeforeEach
	void requirePgDump() {
		boolean installed = Stream.of(System.getenv("PATH").split(":")).anyMatch(dir -> Files.isExecutable(Path.of(dir, "pg_dump")));
		if (!installed && (System.getenv("LUOSHI_REQUIRE_BROWSER") != null || System.getenv("CI") != null)) {
			throw new AssertionError("pg_dump is not installed; CI requires it for the backup test");
		}
		Assumptions.assumeTrue(installed, "pg_dump is not installed: the backup and restore test is skipped");
	}

	@Test
	void aBackupRestoresIntoAnEmptyDatabaseWithItsRowsEvidenceAndAnAuditChainVerifiedUpToTheAnchor() throws Exception {
		EvidenceFile evidence = fixtures.evidence("backup-proof.txt", fixtures.justice());
		ChainVerification original = trail.verify();
		Map<String, String> rows = fingerprints(jdbc);

		Path backup = backUp();

		Map<String, String> manifest = manifest(backup);
		assertThat(manifest).containsEntry("audit.anchor.sequence", Long.toString(original.checked()))
			.containsEntry("audit.anchor.hash", original.head())
			.containsEntry("rows.public.evidence_file", jdbc.sql("SELECT count(*) FROM evidence_file").query(String.class).single())
			.containsKey("schema.audit")
			.containsKey("sha256.database.dump");

		TestDatabase.Connection restored = TestDatabase.createDatabase();
		SingleConnectionDataSource restoredConnection = new SingleConnectionDataSource(restored.url(), restored.user(), restored.password(), true);
		try {
			Run restore = run(restored, "ops/restore.sh", backup.toString());
			assertThat(restore.exit()).as(restore.output()).isZero();
			assertThat(restore.output()).contains("Checked: row counts as in the manifest");

			JdbcClient restoredJdbc = JdbcClient.create(restoredConnection);
			assertThat(fingerprints(restoredJdbc)).isEqualTo(rows);
			assertThat(restoredJdbc.sql("SELECT content FROM evidence_file WHERE id = ?").param(evidence.id()).query(byte[].class).single())
				.isEqualTo(("证明材料：backup-proof.txt").getBytes(StandardCharsets.UTF_8));

			Run again = run(restored, "ops/restore.sh", backup.toString());
			assertThat(again.exit()).isEqualTo(1);
			assertThat(again.output()).contains("tables already; restore into an empty database, or pass --force");
			assertThat(fingerprints(restoredJdbc)).as("a refused restore changes nothing").isEqualTo(rows);

			try (ConfigurableApplicationContext luoshi = startLuoshiOn(restored)) {
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
	void aDamagedBackupIsRefusedBeforeAnyDatabaseIsTouched() throws Exception {
		Path backup = backUp();
		try (RandomAccessFile dump = new RandomAccessFile(backup.resolve("database.dump").toFile(), "rw")) {
			dump.seek(dump.length() / 2);
			int original = dump.read();
			dump.seek(dump.length() / 2);
			dump.write(original ^ 0xFF);
		}

		Run check = run(null, "ops/restore.sh", "--check", backup.toString());

		assertThat(check.exit()).isEqualTo(1);
		assertThat(check.output()).contains("database.dump has SHA-256").contains("the backup is damaged");
	}

	private Path backUp() throws IOException, InterruptedException {
		Run backup = run(new TestDatabase.Connection(environment.getProperty("spring.datasource.url"),
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

	private record Run(int exit, String output) {
	}

	/** Runs an ops script as an operator would, configured for {@code database} as Luoshi is (LUOSHI_DB_*). */
	private static Run run(TestDatabase.Connection database, String... command) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(Stream.concat(Stream.of("bash"), Stream.of(command)).toList()).redirectErrorStream(true);
		Map<String, String> env = builder.environment();
		env.keySet().removeIf(name -> name.startsWith("LUOSHI_DB_") || name.startsWith("PG"));
		if (database != null) {
			env.put("LUOSHI_DB_URL", database.url());
			env.put("LUOSHI_DB_USER", database.user());
			if (database.password() != null && !database.password().isEmpty()) {
				env.put("LUOSHI_DB_PASSWORD", database.password());
			}
		}
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		return new Run(process.waitFor(), output);
	}

	private static Map<String, String> manifest(Path backup) throws IOException {
		Map<String, String> facts = new LinkedHashMap<>();
		for (String line : Files.readAllLines(backup.resolve("manifest.txt"))) {
			int equals = line.indexOf('=');
			if (!line.startsWith("#") && equals > 0) {
				facts.put(line.substring(0, equals), line.substring(equals + 1));
			}
		}
		return facts;
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

	/** Luoshi as an operator starts it after a restore: on that database, without demo data. */
	private static ConfigurableApplicationContext startLuoshiOn(TestDatabase.Connection database) throws IOException {
		// Arguments, as an operator passes them: above application.yml, which reads LUOSHI_DB_URL.
		return new SpringApplicationBuilder(LuoshiApplication.class).run(
				"--spring.datasource.url=" + database.url(),
				"--spring.datasource.username=" + database.user(),
				"--spring.datasource.password=" + database.password(),
				"--spring.datasource.hikari.maximum-pool-size=4",
				"--server.port=0",
				"--server.shutdown=immediate",
				"--luoshi.demo=false",
				"--luoshi.data-dir=" + Files.createTempDirectory("luoshi-restored").toString(),
				"--luoshi.supervision.follow-up-cron=-",
				"--luoshi.supervision.evidence-cleanup-cron=-",
				"--luoshi.security.session-timeouts-cron=-");
	}
}
