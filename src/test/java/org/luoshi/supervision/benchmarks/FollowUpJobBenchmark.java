package org.luoshi.supervision.benchmarks;

import org.luoshi.support.Latencies;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.luoshi.shared.web.Times;
import org.luoshi.supervision.SupervisionFixtures;
import org.luoshi.supervision.followup.FollowUpJob;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The daily follow-up ({@link FollowUpJob#runFor}) over {@value SupervisionBenchmarkData#TASKS} tasks (issue #4: under
 * 10 s), run as production runs it: the claim of the day in {@code scheduled_job_run}, every open task read and judged
 * by the overdue policy, the changed lights and the reminders written with their timeline entries, the digests
 * published, all in one transaction that commits. Two days: the day after the last follow-up (an ordinary day, few
 * changes) and a day four months later (a third of the open tasks have turned red, nearly every one is reminded).
 * {@value #ROUNDS} runs of each; before every run the lights, reminder times and timeline are put back as they were
 * after the fill, the day's claim is deleted, and {@code task} and {@code task_event} are vacuumed, so that each run
 * starts from the same state. The time of a run is from the call to its return, commit included; the notifications
 * it publishes are delivered afterwards by their own listener, and the next run waits for that.
 *
 * <p>Not part of {@code mvn test}. Run it from the project directory with
 *
 * <pre>
 * LUOSHI_TEST_DB_URL=jdbc:postgresql://127.0.0.1:5432/postgres mvn -o -q test-compile surefire:test@default-test \
 *     -Dtest=FollowUpJobBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * The table is printed and written to {@code target/supervision-follow-up-benchmark.md}. It shares the database
 * {@value SupervisionBenchmarkDatabase#NAME} with {@link SupervisionBoardBenchmark} and leaves its data as it found
 * them, with {@code task} compacted ({@code VACUUM FULL}) after the runs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SupervisionFixtures.class)
class FollowUpJobBenchmark {

	static final int ROUNDS = Integer.getInteger("bench.rounds", 5);
	static final int DAYS_AHEAD = 120;
	private static final Pattern COUNTS = Pattern.compile("(\\d+) open tasks, light changes \\{(.*)\\}, (\\d+) reminders");

	static {
		SupervisionBenchmarkDatabase.prepare();
	}

	@Autowired
	FollowUpJob followUp;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Times times;

	@Test
	void measuresTheDailyFollowUp() throws Exception {
		SupervisionBenchmarkData data = new SupervisionBenchmarkData(dataSource, jdbc, followUp, times);
		SupervisionBenchmarkData.Fill fill = data.ensureFilled();
		LocalDate ordinary = fill.settledDay().plusDays(1);
		LocalDate busy = fill.settledDay().plusDays(DAYS_AHEAD);
		keepBaseline();

		record Run(String day, int round, double seconds, String result, String loadBefore, String loadAfter) {
		}
		List<Run> runs = new ArrayList<>();
		Instant lastRun = Instant.now();
		try {
			for (LocalDate day : List.of(ordinary, busy)) {
				String name = day.equals(ordinary) ? "ordinary day " + day : "four months ahead, " + day;
				for (int round = 1; round <= ROUNDS; round++) {
					restore(lastRun, ordinary, busy);
					lastRun = Instant.now();
					String loadBefore = Latencies.loadAverage();
					long started = System.nanoTime();
					String result = followUp.runFor(day).orElseThrow(() -> new IllegalStateException("The day was claimed already"));
					double seconds = (System.nanoTime() - started) / 1e9;
					runs.add(new Run(name, round, seconds, result, loadBefore, Latencies.loadAverage()));
					System.out.printf(Locale.ROOT, "[follow-up] %s, run %d: %.2f s, %s%n", name, round, seconds, result);
				}
			}
		}
		finally {
			restore(lastRun, ordinary, busy);
			// Ten runs rewrite about two million task rows; without this the table stays half as large again, and a
			// board benchmark run afterwards would measure that instead of the filled database.
			try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
				sql.execute("VACUUM FULL task");
				// VACUUM FULL leaves the visibility map empty, and the board's counts rely on index-only scans.
				sql.execute("VACUUM ANALYZE task");
			}
		}
		assertThat(changesOfBaseline()).as("the state after the last restore").isZero();

		Matcher ordinaryCounts = counts(runs.get(0).result());
		Matcher busyCounts = counts(runs.get(ROUNDS).result());
		assertThat(lightChanges(busyCounts)).as("light changes four months ahead").isGreaterThan(10 * lightChanges(ordinaryCounts));
		assertThat(Integer.parseInt(busyCounts.group(3))).as("reminders four months ahead")
			.isGreaterThan(2 * Integer.parseInt(ordinaryCounts.group(3)));
		assertThat(runs).extracting(Run::result).filteredOn(result -> result.equals(runs.get(0).result())).hasSize(ROUNDS);

		StringBuilder report = new StringBuilder();
		report.append(data.describe()).append('\n');
		report.append("| day | run | seconds | what the job reported | load average before → after |\n|---|---:|---:|---|---|\n");
		for (Run run : runs) {
			report.append(String.format(Locale.ROOT, "| %s | %d | %.2f | %s | %s → %s |%n", run.day(), run.round(), run.seconds(), run.result(),
					run.loadBefore(), run.loadAfter()));
		}
		System.out.println("\n==== Supervision follow-up benchmark ====\n" + report);
		Files.writeString(Path.of("target", "supervision-follow-up-benchmark.md"), report.toString());
	}

	/**
	 * Keeps what every run must start from: each task's light and last reminder, and how far the timeline went. Kept in
	 * the database, so that a run that was interrupted is repaired by the next.
	 */
	private void keepBaseline() {
		if (jdbc.sql("SELECT to_regclass('bench_follow_up_baseline') IS NULL").query(Boolean.class).single()) {
			jdbc.sql("CREATE TABLE bench_follow_up_baseline AS SELECT id AS task_id, light, last_reminded_at FROM task").update();
			jdbc.sql("ALTER TABLE bench_follow_up_baseline ADD PRIMARY KEY (task_id)").update();
			jdbc.sql("CREATE TABLE bench_follow_up_mark AS SELECT max(id) AS last_event_id FROM task_event").update();
		}
	}

	private void restore(Instant lastRun, LocalDate... days) throws SQLException, InterruptedException {
		awaitDeliveries(lastRun);
		jdbc.sql("UPDATE task t SET light = b.light, last_reminded_at = b.last_reminded_at FROM bench_follow_up_baseline b "
				+ "WHERE b.task_id = t.id AND (t.light, t.last_reminded_at) IS DISTINCT FROM (b.light, b.last_reminded_at)").update();
		jdbc.sql("DELETE FROM task_event WHERE id > (SELECT last_event_id FROM bench_follow_up_mark)").update();
		for (LocalDate day : days) {
			jdbc.sql("DELETE FROM scheduled_job_run WHERE job = ? AND period = ?")
				.params(SupervisionBenchmarkData.FOLLOW_UP_JOB, day.toString())
				.update();
		}
		try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
			sql.execute("VACUUM ANALYZE task, task_event");
		}
	}

	/** The digests of a run are delivered after its commit; they must not run into the next run's time. */
	private void awaitDeliveries(Instant since) throws InterruptedException {
		for (int i = 0; i < 600; i++) {
			if (jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL AND publication_date >= ?")
				.param(Timestamp.from(since))
				.query(Long.class)
				.single() == 0) {
				return;
			}
			Thread.sleep(100);
		}
		throw new IllegalStateException("Notifications still undelivered after a minute");
	}

	private long changesOfBaseline() {
		return jdbc.sql("SELECT count(*) FROM task t JOIN bench_follow_up_baseline b ON b.task_id = t.id "
				+ "WHERE (t.light, t.last_reminded_at) IS DISTINCT FROM (b.light, b.last_reminded_at)")
			.query(Long.class)
			.single()
				+ jdbc.sql("SELECT count(*) FROM task_event WHERE id > (SELECT last_event_id FROM bench_follow_up_mark)").query(Long.class).single();
	}

	/** The job's own summary: open tasks, light changes, reminders. */
	private static Matcher counts(String result) {
		Matcher counts = COUNTS.matcher(result);
		assertThat(counts.matches()).as("the job's summary: %s", result).isTrue();
		return counts;
	}

	private static int lightChanges(Matcher counts) {
		return counts.group(2).isEmpty() ? 0
				: Arrays.stream(counts.group(2).split(", ")).mapToInt(change -> Integer.parseInt(change.split("=")[1])).sum();
	}
}
