package org.luoshi.ops;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.luoshi.support.TestDatabase;

/** The scripts in {@code ops/} run as an operator runs them, and what they leave behind read back. */
final class OpsScripts {

	private OpsScripts() {
	}

	record Run(int exit, String output) {
	}

	/** Skips the test where pg_dump is missing, except in CI, which must have it. */
	static void requirePgDump() {
		boolean installed = Stream.of(System.getenv("PATH").split(":")).anyMatch(dir -> Files.isExecutable(Path.of(dir, "pg_dump")));
		if (!installed && (System.getenv("LUOSHI_REQUIRE_BROWSER") != null || System.getenv("CI") != null)) {
			throw new AssertionError("pg_dump is not installed; CI requires it for the backup test");
		}
		Assumptions.assumeTrue(installed, "pg_dump is not installed: the backup and restore test is skipped");
	}

	/**
	 * Runs an ops script configured for {@code database} as Luoshi is (LUOSHI_DB_*), or, with {@code null}, for the
	 * embedded database (no LUOSHI_DB_* at all).
	 */
	static Run run(TestDatabase.Connection database, String... command) throws IOException, InterruptedException {
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

	/** The facts of a backup's manifest.txt, by name. */
	static Map<String, String> manifest(Path backup) throws IOException {
		Map<String, String> facts = new LinkedHashMap<>();
		for (String line : Files.readAllLines(backup.resolve("manifest.txt"))) {
			int equals = line.indexOf('=');
			if (!line.startsWith("#") && equals > 0) {
				facts.put(line.substring(0, equals), line.substring(equals + 1));
			}
		}
		return facts;
	}
}
