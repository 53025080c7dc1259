package org.luoshi.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.audit.internal.AuditTrail;
import org.luoshi.audit.internal.ChainVerification;
import org.luoshi.support.LuoshiInstance;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The zero-setup installation backed up and restored as docs/operations.md tells an operator to: ops/backup.sh finds
 * the embedded database of the Luoshi running on a data directory; the dump is restored with {@code --data-dir} into
 * a second installation started empty, which, restarted, holds the first one's records and verifies its audit chain.
 */
class EmbeddedBackupRestoreIntegrationTests {

	@TempDir
	Path work;

	@BeforeEach
	void requirePgDump() {
		OpsScripts.requirePgDump();
	}

	@Test
	void theEmbeddedDatabaseIsBackedUpFromItsDataDirectoryAndRestoredIntoAnotherInstallation() throws Exception {
		Path original = Files.createDirectories(work.resolve("original"));
		Path copy = Files.createDirectories(work.resolve("copy"));
		Path backups = Files.createDirectories(work.resolve("backups"));

		ChainVerification before;
		long tasks;
		long accounts;
		try (ConfigurableApplicationContext luoshi = startEmbedded(original, true)) {
			assertThat(original.resolve("postgres").resolve("PG_VERSION")).as("the embedded server's own files").exists();
			before = luoshi.getBean(AuditTrail.class).verify();
			JdbcClient jdbc = luoshi.getBean(JdbcClient.class);
			tasks = count(jdbc, "task");
			accounts = count(jdbc, "account");
			assertThat(tasks).as("the demo's tasks").isPositive();

			OpsScripts.Run backup = OpsScripts.run(null, "ops/backup.sh", "--data-dir", original.toString(), "-o", backups.toString());
			assertThat(backup.exit()).as(backup.output()).isZero();
		}
		Path dump = onlyBackupIn(backups);
		Map<String, String> manifest = OpsScripts.manifest(dump);
		assertThat(manifest).containsEntry("rows.public.task", Long.toString(tasks));
		assertThat(Long.parseLong(manifest.get("audit.anchor.sequence"))).isGreaterThanOrEqualTo(before.checked());

		// As the docs say: a new installation started empty, the restore while no one uses it, then a restart.
		try (ConfigurableApplicationContext empty = startEmbedded(copy, false)) {
			assertThat(count(empty.getBean(JdbcClient.class), "task")).isZero();
			OpsScripts.Run restore = OpsScripts.run(null, "ops/restore.sh", "--force", "--data-dir", copy.toString(), dump.toString());
			assertThat(restore.exit()).as(restore.output()).isZero();
			assertThat(restore.output()).contains("Checked: row counts as in the manifest");
		}
		try (ConfigurableApplicationContext restored = startEmbedded(copy, false)) {
			JdbcClient jdbc = restored.getBean(JdbcClient.class);
			assertThat(count(jdbc, "task")).isEqualTo(tasks);
			assertThat(count(jdbc, "account")).isEqualTo(accounts);
			ChainVerification verified = restored.getBean(AuditTrail.class).verify();
			assertThat(verified.intact()).as(verified.toString()).isTrue();
			assertThat(verified.checked()).isGreaterThanOrEqualTo(Long.parseLong(manifest.get("audit.anchor.sequence")));
			assertThat(jdbc.sql("SELECT hash FROM audit_entry WHERE sequence = ?").param(Long.parseLong(manifest.get("audit.anchor.sequence")))
				.query(String.class).single()).isEqualTo(manifest.get("audit.anchor.hash"));
		}
	}

	/** Luoshi with its embedded database in {@code dataDirectory}: no datasource URL, as on a fresh machine. */
	private static ConfigurableApplicationContext startEmbedded(Path dataDirectory, boolean demo) {
		return LuoshiInstance.start(LuoshiInstance.arguments(null, dataDirectory, 0, demo));
	}

	private static Path onlyBackupIn(Path backups) throws Exception {
		try (Stream<Path> written = Files.list(backups)) {
			List<Path> directories = written.filter(Files::isDirectory).toList();
			assertThat(directories).as("one backup, no partial one left").hasSize(1);
			return directories.get(0);
		}
	}

	private static long count(JdbcClient jdbc, String table) {
		return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
	}
}
