package org.luoshi.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/** Timed calls and their percentiles, with the machine's load beside them (the machine is shared with other builds). */
public record Latencies(String what, double[] sortedMillis, String loadBefore, String loadAfter) {

	public static Latencies measure(String what, int warmup, int rounds, Runnable call) {
		for (int i = 0; i < warmup; i++) {
			call.run();
		}
		String loadBefore = loadAverage();
		double[] millis = new double[rounds];
		for (int i = 0; i < rounds; i++) {
			long start = System.nanoTime();
			call.run();
			millis[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(millis);
		Latencies latencies = new Latencies(what, millis, loadBefore, loadAverage());
		System.out.print("[measured] " + latencies.tableRow());
		return latencies;
	}

	/** The nearest-rank percentile. */
	public double percentile(int percentile) {
		int index = (int) Math.ceil(percentile / 100.0 * sortedMillis.length) - 1;
		return sortedMillis[Math.max(0, Math.min(sortedMillis.length - 1, index))];
	}

	public double max() {
		return sortedMillis[sortedMillis.length - 1];
	}

	public static String tableHeader() {
		return "| what | p50 ms | p95 ms | p99 ms | max ms | load average (1, 5, 15 min) before → after |\n|---|---:|---:|---:|---:|---|\n";
	}

	public String tableRow() {
		return String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.1f | %s → %s |%n", what, percentile(50), percentile(95), percentile(99),
				max(), loadBefore, loadAfter);
	}

	/** The first three fields of {@code /proc/loadavg}; "n/a" where there is none. */
	public static String loadAverage() {
		try {
			String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return fields[0] + " " + fields[1] + " " + fields[2];
		}
		catch (IOException e) {
			return "n/a";
		}
	}
}
