package org.luoshi.supervision.benchmarks;

import org.luoshi.support.Latencies;

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
		return runTogether(List.of(new Part(what, users, clients)), warmupSeconds, measuredSeconds).get(0);
	}

	/** Clients of one kind in a mixed load: {@code users} of them, client {@code i} calling {@code clients.apply(i)}. */
	record Part(String what, int users, IntFunction<Runnable> clients) {
	}

	/**
	 * Runs the clients of every part at once. Answers one result per part and, when there are several, a last one for
	 * all requests together: only that one has the CPU figures, which cannot be told apart by kind of request.
	 */
	static List<ConcurrentLoad> runTogether(List<Part> parts, int warmupSeconds, int measuredSeconds) throws Exception {
		int users = parts.stream().mapToInt(Part::users).sum();
		ExecutorService pool = Executors.newFixedThreadPool(users);
		try {
			loop(pool, parts, warmupSeconds, new Measured(parts.size()));
			String loadBefore = Latencies.loadAverage();
			long appCpu = serverThreadsCpuNanos();
			long databaseCpu = databaseCpuTicks();
			long start = System.nanoTime();
			Measured measured = new Measured(parts.size());
			loop(pool, parts, measuredSeconds, measured);
			double elapsed = (System.nanoTime() - start) / 1e9;
			long appCpuUsed = serverThreadsCpuNanos() - appCpu;
			long databaseCpuUsed = databaseCpuTicks() - databaseCpu;
			String loadAfter = Latencies.loadAverage();
			List<ConcurrentLoad> loads = new ArrayList<>();
			for (int part = 0; part < parts.size(); part++) {
				loads.add(new ConcurrentLoad(parts.get(part).what(), parts.get(part).users(), elapsed, measured.millis.get(part).size(),
						measured.errors.get(part).get(), sorted(measured.millis.get(part)), Double.NaN, Double.NaN, loadBefore, loadAfter));
			}
			if (parts.size() > 1) {
				List<Double> all = new ArrayList<>();
				measured.millis.forEach(all::addAll);
				loads.add(new ConcurrentLoad("all requests", users, elapsed, all.size(), measured.errors.stream().mapToInt(AtomicInteger::get).sum(),
						sorted(all), Double.NaN, Double.NaN, loadBefore, loadAfter));
			}
			ConcurrentLoad total = loads.get(loads.size() - 1);
			loads.set(loads.size() - 1, total.withCpu(total.requests() == 0 ? 0 : appCpuUsed / 1e6 / total.requests(),
					total.requests() == 0 ? 0 : databaseCpuUsed * (1000.0 / CLOCK_TICKS) / total.requests()));
			loads.forEach(load -> System.out.print("[load] " + load.tableRow()));
			return loads;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private ConcurrentLoad withCpu(double appCpuPerRequest, double databaseCpuPerRequest) {
		return new ConcurrentLoad(what, users, seconds, requests, errors, sortedMillis, appCpuPerRequest, databaseCpuPerRequest, loadBefore,
				loadAfter);
	}

	/** The latencies and errors of each part of a run. */
	private static final class Measured {

		final List<List<Double>> millis = new ArrayList<>();
		final List<AtomicInteger> errors = new ArrayList<>();

		Measured(int parts) {
			for (int part = 0; part < parts; part++) {
				millis.add(Collections.synchronizedList(new ArrayList<>()));
				errors.add(new AtomicInteger());
			}
		}
	}

	private static double[] sorted(List<Double> millis) {
		synchronized (millis) {
			return millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		}
	}

	private static void loop(ExecutorService pool, List<Part> parts, int seconds, Measured measured) throws Exception {
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		List<Future<?>> running = new ArrayList<>();
		for (int part = 0; part < parts.size(); part++) {
			List<Double> millis = measured.millis.get(part);
			AtomicInteger errors = measured.errors.get(part);
			String what = parts.get(part).what();
			for (int user = 0; user < parts.get(part).users(); user++) {
				Runnable call = parts.get(part).clients().apply(user);
				running.add(pool.submit(() -> {
					while (System.nanoTime() < end) {
						long start = System.nanoTime();
						try {
							call.run();
							millis.add((System.nanoTime() - start) / 1e6);
						}
						catch (RuntimeException e) {
							if (errors.incrementAndGet() <= 3) {
								System.err.println("[load] " + what + ": " + e);
							}
						}
					}
				}));
			}
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

	private static String cpu(double millisPerRequest) {
		return Double.isNaN(millisPerRequest) ? "—" : String.format(Locale.ROOT, "%.1f", millisPerRequest);
	}

	String tableRow() {
		return String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f | %d | %s | %s | %s → %s |%n", what, users,
				requests / seconds, percentile(50), percentile(95), percentile(99), errors, cpu(appCpuMillis), cpu(databaseCpuMillis),
				loadBefore, loadAfter);
	}
}
