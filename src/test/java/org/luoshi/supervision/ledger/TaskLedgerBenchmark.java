package org.luoshi.supervision.ledger;

import org.luoshi.supervision.Light;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

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
 * How long writing a ledger of {@value #WRITTEN_TASKS} tasks and reading back a breakdown table of
 * {@value TaskLedgerReader#MAX_TASKS} take once warm, in a heap of 512 MB that the written file alone would not fit
 * in as a workbook object. Not part of {@code mvn test} (the name does not end in Tests); run it with
 *
 * <pre>
 * mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) org.luoshi.supervision.ledger.TaskLedgerBenchmark
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = { "-Xmx512m" })
public class TaskLedgerBenchmark {

	static final int WRITTEN_TASKS = 100_000;

	private final TaskLedgerWriter writer = new TaskLedgerWriter();
	private final TaskLedgerReader reader = new TaskLedgerReader();
	private List<LedgerRow> ledger;
	private byte[] breakdownTable;

	@Setup
	public void setUp() throws IOException {
		ledger = rows(WRITTEN_TASKS);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		writer.write(LedgerLayout.BREAKDOWN, "重点任务分解表", LocalDateTime.of(2026, 12, 1, 10, 0), rows(TaskLedgerReader.MAX_TASKS), out);
		breakdownTable = out.toByteArray();
	}

	/** Tasks of a typical length, fifty to a group, each light in turn. */
	private static List<LedgerRow> rows(int count) {
		List<LedgerRow> rows = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			rows.add(new LedgerRow(Integer.toString(i % 50 + 1), "第" + (i / 50 + 1) + "组重点任务",
					"推进第" + i + "项重点工作，加快建设现代化产业体系，全面优化营商环境，确保按期完成年度目标任务", List.of("区发展和改革局", "区工业和信息化局"),
					List.of("区财政局", "区自然资源局", "棠下镇"), LocalDate.of(2026, 6, 30).plusDays(i % 365), "已完成年度投资计划的六成，正在推进主体工程建设",
					"推进中", Light.values()[i % 3]));
		}
		return rows;
	}

	@Benchmark
	public void writeALedgerOfAHundredThousandTasks() throws IOException {
		writer.write(LedgerLayout.LEDGER, "重点任务台账", LocalDateTime.of(2026, 12, 1, 10, 0), ledger, OutputStream.nullOutputStream());
	}

	@Benchmark
	public LedgerReading readABreakdownTableOfFiveThousandTasks() {
		return reader.read(new ByteArrayInputStream(breakdownTable));
	}

	public static void main(String[] args) throws RunnerException {
		new Runner(new OptionsBuilder().include(TaskLedgerBenchmark.class.getName()).build()).run();
	}
}
