package org.luoshi.supervision.benchmarks;

import org.luoshi.support.Latencies;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.luoshi.shared.Actor;
import org.luoshi.shared.web.Times;
import org.luoshi.supervision.SupervisionFixtures;
import org.luoshi.supervision.TaskFilter;
import org.luoshi.supervision.followup.FollowUpJob;
import org.luoshi.supervision.ledger.LedgerService;
import org.luoshi.supervision.ledger.LedgerLayout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The ledger (台账) of every task, subtasks included, as the task list's export writes it ({@link LedgerService#export}):
 * the query, the names of units, and the Excel file written to a stream. Reports the wall time of each export, the
 * bytes the exporting thread allocated, the most heap in use while it ran and the most left after a collection
 * (both sampled every 10 ms, after a full collection beforehand; the test JVM's heap is limited to 1 GB by the pom, so
 * garbage piles up before it is collected). One export warms up, {@value #ROUNDS} are measured.
 *
 * <p>Not part of {@code mvn test}. Run it from the project directory with
 *
 * <pre>
 * LUOSHI_TEST_DB_URL=jdbc:postgresql://127.0.0.1:5432/postgres mvn -o -q test-compile surefire:test@default-test \
 *     -Dtest=LedgerExportBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * on the database {@value SupervisionBenchmarkDatabase#NAME} (filled by the first supervision benchmark that runs);
 * the table goes to {@code target/supervision-ledger-export-benchmark.md}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SupervisionFixtures.class)
class LedgerExportBenchmark {

	static final int ROUNDS = 3;

	static {
		SupervisionBenchmarkDatabase.prepare();
	}

	@Autowired
	LedgerService ledger;

	@Autowired
	SupervisionFixtures fixtures;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FollowUpJob followUp;

	@Autowired
	Times times;

	@Test
	void measuresTheExportOfEveryTask() throws Exception {
		new SupervisionBenchmarkData(dataSource, jdbc, followUp, times).ensureFilled();
		Actor leader = fixtures.leader();
		TaskFilter everyTask = new TaskFilter(null, null, null, null, null, null, null, null, true);
		long tasks = jdbc.sql("SELECT count(*) FROM task").query(Long.class).single();

		StringBuilder report = new StringBuilder(String.format(Locale.ROOT, "Ledger of all %d tasks (台账, subtasks included)%n%n", tasks));
		report.append("| run | seconds | file MB | allocated by the thread MB | most heap in use MB | heap live after a collection, before → most MB "
				+ "| load average before → after |\n|---|---:|---:|---:|---:|---|---|\n");
		for (int run = 0; run <= ROUNDS; run++) {
			System.gc();
			MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
			AtomicLong mostInUse = new AtomicLong(memory.getHeapMemoryUsage().getUsed());
			long liveBefore = liveAfterLastCollection();
			AtomicLong mostLive = new AtomicLong(liveBefore);
			AtomicBoolean exporting = new AtomicBoolean(true);
			Thread sampler = new Thread(() -> {
				while (exporting.get()) {
					mostInUse.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
					mostLive.accumulateAndGet(liveAfterLastCollection(), Math::max);
					sleep(10);
				}
			}, "heap-sampler");
			sampler.setDaemon(true);
			sampler.start();
			CountingStream out = new CountingStream();
			long allocatedBefore = allocatedByThisThread();
			String loadBefore = Latencies.loadAverage();
			long started = System.nanoTime();
			ledger.export(everyTask, LedgerLayout.LEDGER, leader, out);
			double seconds = (System.nanoTime() - started) / 1e9;
			long allocated = allocatedByThisThread() - allocatedBefore;
			exporting.set(false);
			sampler.join();
			assertThat(out.bytes).as("an Excel file of every task").isGreaterThan(tasks * 20);
			report.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.0f | %.0f | %.0f → %.0f | %s → %s |%n", run == 0 ? "warm-up" : String.valueOf(run),
					seconds, out.bytes / 1e6, allocated / 1e6, mostInUse.get() / 1e6, liveBefore / 1e6, mostLive.get() / 1e6, loadBefore, Latencies.loadAverage()));
		}
		System.out.println("\n==== Ledger export benchmark ====\n" + report);
		Files.writeString(Path.of("target", "supervision-ledger-export-benchmark.md"), report.toString());
	}

	/**
	 * The heap left after each pool's latest collection, added up: near what the export keeps alive, where the heap in
	 * use also counts garbage that a 1 GB heap lets pile up.
	 */
	private static long liveAfterLastCollection() {
		return ManagementFactory.getMemoryPoolMXBeans().stream()
			.filter(pool -> pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null)
			.mapToLong(pool -> pool.getCollectionUsage().getUsed())
			.sum();
	}

	private static long allocatedByThisThread() {
		return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/** Where the file goes: only its size matters here. */
	private static final class CountingStream extends OutputStream {

		long bytes;

		@Override
		public void write(int b) {
			bytes++;
		}

		@Override
		public void write(byte[] b, int off, int len) {
			bytes += len;
		}
	}
}
