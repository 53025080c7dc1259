package org.luoshi.reports.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.luoshi.reports.ReportFixtures;
import org.luoshi.support.Latencies;
import org.luoshi.support.LuoshiInstance;
import org.luoshi.support.LuoshiProcess;
import org.luoshi.support.PageSession;
import org.luoshi.support.Required;
import org.luoshi.support.TestDatabase;

/**
 * The first read after start-up through the running application (issue 9: under 1 s), as the clerk of the day meets
 * it: Luoshi started in a JVM of its own (the test JVM's class path, {@code -Xmx512m}, as an operator configures it by
 * arguments), the office's clerk signed in on the page {@code /reports/new}, and the seed page
 * ({@code ../shared/seed/000_108ed8c361109c33.txt}, 21 KB) uploaded through that form over HTTP: the {@code POST}
 * (reading, matching units to the organization, storing, search indexing, the audit entry) answered by a redirect, then
 * the review page it leads to (the tasks marked in the source). Then the same upload twice more, for comparison.
 *
 * <p>Three ways to meet it, each in a fresh JVM, {@value #RUNS_PROPERTY} times ({@code 2} by default; {@code -Dbench.modes=}
 * names some of them):
 * <ul>
 * <li>{@code ready}: the upload as soon as the application answers ready and the clerk has signed in, while the
 * reader's warm-up still runs in the background (a restart during office hours);</li>
 * <li>{@code warmed}: after the warm-up has logged that it is done (the usual morning);</li>
 * <li>{@code cold}: with the warm-up switched off ({@code luoshi.reports.warm-up=false}), for comparison.</li>
 * </ul>
 *
 * <p>Not part of {@code mvn test} (the name does not end in Tests). Run it from the project directory with
 *
 * <pre>
 * LUOSHI_TEST_DB_URL=jdbc:postgresql://127.0.0.1:5432/postgres mvn -o -q test-compile surefire:test@default-test \
 *     -Dtest=FirstUploadBenchmark -Dsurefire.failIfNoSpecifiedTests=false [-Dbench.runs=3]
 * </pre>
 *
 * The table goes to standard output and {@code target/first-upload-benchmark.md}.
 */
class FirstUploadBenchmark {

	static final String RUNS_PROPERTY = "bench.runs";
	static final int RUNS = Integer.getInteger(RUNS_PROPERTY, 2);
	private static final Pattern WARMED_UP = Pattern.compile("Report reader warmed up in (\\d+) ms");
	private static final String READER_WARM_UP = "org.luoshi.reports.internal.drafts.ReaderWarmUp";
	private static final Pattern REPORT_PAGE = Pattern.compile("/reports/(\\d+)$");

	private enum Mode {
		READY, WARMED, COLD
	}

	/** {@code -Dbench.modes=warmed,cold}: only these; all three by default. */
	private static final List<Mode> MODES = java.util.Arrays.stream(System.getProperty("bench.modes", "ready,warmed,cold").split(","))
		.map(mode -> Mode.valueOf(mode.strip().toUpperCase(Locale.ROOT)))
		.toList();

	/** One run's figures in milliseconds; {@code warmUp} as the child logged it, -1 when it had not finished. */
	private record Run(Mode mode, long startUp, long warmUp, List<long[]> uploads, String loadBefore, String loadAfter) {

		String row() {
			StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "| %s | %,d | %s |", mode.name().toLowerCase(Locale.ROOT),
					startUp, warmUp < 0 ? "—" : String.format(Locale.ROOT, "%,d", warmUp)));
			for (long[] upload : uploads) {
				row.append(String.format(Locale.ROOT, " %,d + %,d = **%,d** |", upload[0], upload[1], upload[0] + upload[1]));
			}
			return row.append(' ').append(loadBefore).append(" → ").append(loadAfter).append(" |").toString();
		}
	}

	@Test
	void measuresTheFirstUploadOfTheSeedPageAfterStartUp() throws Exception {
		Required.file(ReportFixtures.SEED, "Seed document");
		byte[] seed = ReportFixtures.seed();
		TestDatabase.Connection database = TestDatabase.createDatabase();
		List<Run> runs = new ArrayList<>();
		for (int round = 0; round < RUNS; round++) {
			for (Mode mode : MODES) {
				runs.add(run(mode, database, seed));
			}
		}
		StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
				"Seed page %,d bytes; %d runs of each, %s%n%n| start | start-up ms | warm-up ms | 1st upload: POST + review page ms | "
						+ "2nd | 3rd | load average (1, 5, 15 min) before → after |%n|---|---:|---:|---:|---:|---:|---|%n",
				seed.length, RUNS, LocalDateTime.now()));
		runs.forEach(run -> table.append(run.row()).append('\n'));
		System.out.print(table);
		Files.writeString(Path.of("target", "first-upload-benchmark.md"), table);
	}

	private Run run(Mode mode, TestDatabase.Connection database, byte[] seed) throws Exception {
		Path dataDirectory = Files.createTempDirectory("luoshi-first-upload");
		int port = LuoshiProcess.freePort();
		String loadBefore = Latencies.loadAverage();
		long started = System.nanoTime();
		Process luoshi = startChild(database, dataDirectory, port, mode != Mode.COLD);
		try {
			LuoshiProcess.awaitReady(luoshi, port, dataDirectory);
			long startUp = millisSince(started);
			PageSession clerk = PageSession.signIn(port, "demo-admin");
			if (mode == Mode.WARMED) {
				LuoshiProcess.awaitLine(luoshi, dataDirectory, WARMED_UP);
			}
			List<long[]> uploads = new ArrayList<>();
			for (int upload = 0; upload < 3; upload++) {
				uploads.add(upload(clerk, seed));
			}
			Matcher warmUp = WARMED_UP.matcher(LuoshiProcess.consoleText(dataDirectory));
			return new Run(mode, startUp, warmUp.find() ? Long.parseLong(warmUp.group(1)) : -1, uploads, loadBefore,
					Latencies.loadAverage());
		}
		finally {
			luoshi.destroy();
			luoshi.waitFor();
		}
	}

	/** The form's post and the review page it redirects to, each timed; the form's page is opened before, untimed. */
	private static long[] upload(PageSession clerk, byte[] seed) {
		String token = clerk.csrfToken("/reports/new");
		long posted = System.nanoTime();
		HttpResponse<byte[]> created = clerk.postMultipartWithToken("/reports/new", token, List.of(),
				List.of(new PageSession.FilePart("file", "seed.txt", "text/plain", seed)));
		long post = millisSince(posted);
		assertThat(created.statusCode()).as(PageSession.text(created)).isEqualTo(302);
		String location = created.headers().firstValue("Location").orElseThrow();
		assertThat(location).matches(".*" + REPORT_PAGE.pattern());
		long opened = System.nanoTime();
		HttpResponse<byte[]> review = clerk.get(URI.create(location).getPath());
		long page = millisSince(opened);
		assertThat(review.statusCode()).isEqualTo(200);
		assertThat(PageSession.text(review)).contains("id=\"report-tasks\"").contains("id=\"span-14\"");
		return new long[] { post, page };
	}

	/** Luoshi in a JVM of its own with the demo data, the reader's warm-up on or off and its log line shown. */
	private static Process startChild(TestDatabase.Connection database, Path dataDirectory, int port, boolean warmUp) throws IOException {
		List<String> arguments = new ArrayList<>();
		for (String argument : LuoshiInstance.arguments(database, dataDirectory, port, true)) {
			arguments.add(argument.startsWith("--luoshi.reports.warm-up=") ? "--luoshi.reports.warm-up=" + warmUp : argument);
		}
		// The tests' logging shows warnings only; the warm-up's line says when (and how fast) it was done.
		arguments.add("--logging.level." + READER_WARM_UP + "=info");
		return LuoshiProcess.start(dataDirectory, arguments);
	}

	private static long millisSince(long nanos) {
		return Duration.ofNanos(System.nanoTime() - nanos).toMillis();
	}
}
