package org.luoshi.reports.benchmarks;

import java.util.List;

import org.luoshi.reports.DeploymentDraft;
import org.luoshi.reports.ReportInput;
import org.luoshi.reports.ReportReader;
import org.luoshi.reports.internal.drafts.SourceSpans;

/**
 * How reading and marking tasks in their source (the review page) grow with the number of items: a report of
 * N numbered items as a PDF's text has it, hard-wrapped every 30 characters, so that no task stands verbatim in
 * the source. Prints the median of 5 warm runs per size; the command and the figures are in
 * {@code docs/benchmarks.md}.
 */
public final class SourceSpansBenchmark {

	private static final String[] WORKS = { "加快建设", "推进", "完成", "启动", "改造提升", "培育" };
	private static final String[] PLACES = { "产业园", "污水处理厂", "学校", "公园", "道路", "医院", "物流中心" };

	private SourceSpansBenchmark() {
	}

	static String report(int items) {
		StringBuilder text = new StringBuilder("2026年重点工作任务分工方案");
		for (int i = 1; i <= items; i++) {
			text.append(i).append(". 第").append(i).append("号片区要").append(WORKS[i % WORKS.length]).append(PLACES[i % PLACES.length])
				.append(i).append("期工程，新增投资").append(i * 3 + 1).append("亿元，2026年").append(1 + i % 12).append("月底前完成。");
		}
		StringBuilder wrapped = new StringBuilder();
		for (int k = 0; k < text.length(); k += 30) {
			wrapped.append(text, k, Math.min(text.length(), k + 30)).append('\n');
		}
		return wrapped.toString();
	}

	public static void main(String[] args) {
		ReportReader reader = ReportReader.withBundledNames();
		for (int items : List.of(100, 200, 400, 800, 1600)) {
			String source = report(items);
			long[] reading = new long[5];
			long[] marking = new long[5];
			DeploymentDraft draft = null;
			for (int warmUp = 0; warmUp < 3; warmUp++) {
				SourceSpans.of(source, reader.read(ReportInput.text(source)).tasks());
			}
			for (int run = 0; run < reading.length; run++) {
				long start = System.nanoTime();
				draft = reader.read(ReportInput.text(source));
				long read = System.nanoTime();
				SourceSpans.of(source, draft.tasks());
				reading[run] = read - start;
				marking[run] = System.nanoTime() - read;
			}
			System.out.printf("%5d items, %6d characters, %4d tasks: reading %6.1f ms, marking in the source %7.1f ms%n", items,
					source.length(), draft.tasks().size(), median(reading), median(marking));
		}
	}

	private static double median(long[] nanos) {
		long[] sorted = nanos.clone();
		java.util.Arrays.sort(sorted);
		return sorted[sorted.length / 2] / 1e6;
	}
}
