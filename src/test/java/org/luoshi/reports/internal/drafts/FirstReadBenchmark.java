package org.luoshi.reports.internal.drafts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.luoshi.reports.NameSource;
import org.luoshi.reports.ReportInput;
import org.luoshi.reports.ReportReader;
import org.luoshi.reports.benchmarks.BenchmarkReport;

/**
 * The first read after start-up, as the platform does it: in a fresh JVM, the warm-up's read
 * ({@link ReaderWarmUp#warmUpRead}) on its own thread, as {@code ApplicationReadyEvent} starts it, then — as
 * {@code ReportDraftService.create} does for every upload — the reader for the organization's names
 * ({@link OrganizationReader}) and a read of the seed page, then of a 100 KB report, then each again. With {@code cold} as argument the warm-up is skipped, for
 * comparison. Not part of {@code mvn test} (its name does not end in {@code Tests}). Usage (project directory):
 * {@code java -cp target/test-classes:target/classes:$(cat target/test-classpath.txt)
 * org.luoshi.reports.internal.drafts.FirstReadBenchmark [cold]}.
 */
public final class FirstReadBenchmark {

	/** Names shaped like a district's organization tree: 150 units, short name first, full name as alias. */
	static final NameSource ORGANIZATION = new NameSource() {
		@Override
		public Collection<KnownUnit> units() {
			List<KnownUnit> units = new ArrayList<>();
			for (int i = 1; i <= 150; i++) {
				units.add(new KnownUnit("区第" + i + "局", List.of("区第" + i + "管理局")));
			}
			return units;
		}
	};

	/** As the platform keeps it: built once for the organization's names, used by the warm-up and every upload. */
	private static final OrganizationReader READERS = new OrganizationReader(null);

	public static void main(String[] args) throws Exception {
		long jvmStart = System.nanoTime();
		byte[] seed = Files.readAllBytes(Path.of("../shared/seed/000_108ed8c361109c33.txt"));
		byte[] hundredKb = BenchmarkReport.ofBytes(100 * 1024);
		if (args.length == 0 || !args[0].equals("cold")) {
			Thread warmUp = new Thread(() -> {
				long start = System.nanoTime();
				ReaderWarmUp.warmUpRead(READERS.of(ORGANIZATION));
				System.out.printf("warm-up read: %d ms%n", (System.nanoTime() - start) / 1_000_000);
			}, "report-reader-warm-up");
			warmUp.setPriority(Thread.MIN_PRIORITY);
			warmUp.start();
			warmUp.join();
		}
		for (int round = 1; round <= 3; round++) {
			time("seed page (" + seed.length / 1024 + " KB), read " + round, seed);
			time("100 KB report, read " + round, hundredKb);
		}
		System.out.printf("total since start: %d ms%n", (System.nanoTime() - jvmStart) / 1_000_000);
	}

	private static void time(String what, byte[] bytes) {
		long start = System.nanoTime();
		ReportReader reader = READERS.of(ORGANIZATION);
		long built = System.nanoTime();
		int tasks = reader.readWithText(ReportInput.file("report.txt", bytes)).draft().tasks().size();
		long end = System.nanoTime();
		System.out.printf("%-32s %5d ms (reader built in %d ms), %d tasks%n", what, (end - start) / 1_000_000,
				(built - start) / 1_000_000, tasks);
	}
}
