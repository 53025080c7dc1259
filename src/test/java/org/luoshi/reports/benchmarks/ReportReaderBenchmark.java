package org.luoshi.reports.benchmarks;

import java.util.concurrent.TimeUnit;

import org.luoshi.reports.DeploymentDraft;
import org.luoshi.reports.ReportInput;
import org.luoshi.reports.ReportReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * How long the reader takes for a 100 KB report (text file, UTF-8) once warm. The command to run it and the
 * figures measured are in {@code docs/benchmarks.md}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = { "-Xmx1g" })
public class ReportReaderBenchmark {

	static final int REPORT_BYTES = 100 * 1024;

	private ReportReader reader;
	private ReportInput report;

	@Setup
	public void setUp() {
		reader = ReportReader.withBundledNames();
		report = ReportInput.file("report.txt", BenchmarkReport.ofBytes(REPORT_BYTES));
	}

	@Benchmark
	public DeploymentDraft readA100KilobyteReport() {
		return reader.read(report);
	}

	public static void main(String[] args) throws RunnerException {
		new Runner(new OptionsBuilder().include(ReportReaderBenchmark.class.getName()).build()).run();
	}
}
