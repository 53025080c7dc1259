package org.luoshi.supervision.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * A closed-loop load, as Gatling's {@code constantConcurrentUsers} would give it but bounded and on localhost only:
 * {@code users} clients each send their next request as soon as the last one is answered, for a warm-up and then a
 * measured number of seconds. Besides the latencies it reports what one request cost: the CPU time of the web
 * server's request threads (the application's share, measured in this JVM) and of PostgreSQL's processes (read from
 * {@code /proc}, so other databases on the server count too: an upper bound), each divided by the requests served.
 */
record ConcurrentLoad(String what, int users, double seconds, int requests, int errors, double[] sortedMillis, double appCpuMillis,
		double databaseCpuMillis, String loadBefore, String loadAfter) {

	/** Runs {@code users} clients, client {@code i} calling {@code call.apply(i)} in a loop. */
	static ConcurrentLoad run(String what, int users, int warmupSeconds, int measuredSeconds, IntFunction<Runnable> clients)
			throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(users);
		try {
			loop(pool, users, clients, warmupSeconds, new ArrayList<>(), new AtomicInteger());
			String loadBefore = Latencies.loadAverage();
			long appCpu = serverThreadsCpuNanos();
			long databaseCpu = databaseCpuTicks();
			long start = System.nanoTime();
			List<Double> millis = Collections.synchronizedList(new ArrayList<>());
			AtomicInteger errors = new AtomicInteger();
			loop(pool, users, clients, measuredSeconds, millis, errors);
			double elapsed = (System.nanoTime() - start) / 1e9;
			long appCpuUsed = serverThreadsCpuNanos() - appCpu;
			long databaseCpuUsed = databaseCpuTicks() - databaseCpu;
			double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
			int requests = sorted.length;
			ConcurrentLoad load = new ConcurrentLoad(what, users, elapsed, requests, errors.get(), sorted,
					requests == 0 ? 0 : appCpuUsed / 1e6 / requests,
					requests == 0 ? 0 : databaseCpuUsed * (1000.0 / CLOCK_TICKS) / requests, loadBefore, Latencies.loadAverage());
			System.out.print("[load] " + load.tableRow());
			return load;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static void loop(ExecutorService pool, int users, IntFunction<Runnable> clients, int seconds, List<Double> millis,
			AtomicInteger errors) throws Exception {
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		List<Future<?>> running = new ArrayList<>();
		for (int user = 0; user < users; user++) {
			Runnable call = clients.apply(user);
			running.add(pool.submit(() -> {
				while (System.nanoTime() < end) {
					long start = System.nanoTime();
					try {
						call.run();
						millis.add((System.nanoTime() - start) / 1e6);
					}
					catch (RuntimeException e) {
						errors.incrementAndGet();
					}
				}
			}));
		}
		for (Future<?> user : running) {
			user.get();
		}
	}

	/** The CPU time of Tomcat's request threads ("http-nio-…-exec-…"): the application's work for the requests. */
	private static long serverThreadsCpuNanos() {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long total = 0;
		for (ThreadInfo thread : threads.getThreadInfo(threads.getAllThreadIds())) {
			if (thread != null && thread.getThreadName().startsWith("http-nio-")) {
				total += Math.max(0, threads.getThreadCpuTime(thread.getThreadId()));
			}
		}
		return total;
	}

	/** Clock ticks per second of {@code /proc/<pid>/stat}: 100 on Linux. */
	private static final double CLOCK_TICKS = 100;

	/** User and system CPU of every process named postgres, in clock ticks; 0 where there is no {@code /proc}. */
	private static long databaseCpuTicks() {
		long total = 0;
		try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
			for (Path process : processes) {
				try {
					String stat = Files.readString(process.resolve("stat"));
					int nameEnd = stat.lastIndexOf(')');
					if (!stat.substring(stat.indexOf('(') + 1, nameEnd).equals("postgres")) {
						continue;
					}
					String[] fields = stat.substring(nameEnd + 2).split(" ");
					// After the name: state is field 3 of stat(5), utime 14 and stime 15, i.e. index 11 and 12 here.
					total += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
				}
				catch (IOException | RuntimeException gone) {
					// The process ended meanwhile.
				}
			}
		}
		catch (IOException e) {
			return 0;
		}
		return total;
	}

	double percentile(int percentile) {
		if (sortedMillis.length == 0) {
			return Double.NaN;
		}
		int index = (int) Math.ceil(percentile / 100.0 * sortedMillis.length) - 1;
		return sortedMillis[Math.max(0, Math.min(sortedMillis.length - 1, index))];
	}

	static String tableHeader() {
		return "| what | users | requests/s | p50 ms | p95 ms | p99 ms | errors | app CPU ms/request | PostgreSQL CPU ms/request | "
				+ "load average before → after |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---|\n";
	}

	String tableRow() {
		return String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f | %d | %.1f | %.1f | %s → %s |%n", what, users,
				requests / seconds, percentile(50), percentile(95), percentile(99), errors, appCpuMillis, databaseCpuMillis, loadBefore,
				loadAfter);
	}
}
