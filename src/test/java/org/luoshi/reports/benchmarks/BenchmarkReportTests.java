package org.luoshi.reports.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.luoshi.reports.DeploymentDraft;
import org.luoshi.reports.ReportFixtures;
import org.luoshi.reports.ReportInput;

/** The benchmark measures real work: its report is 100 KB and yields many distinct tasks. */
class BenchmarkReportTests {

	@Test
	void makesAHundredKilobyteReportWhoseCopiesAreAllRead() {
		byte[] report = BenchmarkReport.ofBytes(ReportReaderBenchmark.REPORT_BYTES);
		assertThat(report.length).isBetween(ReportReaderBenchmark.REPORT_BYTES - 3, ReportReaderBenchmark.REPORT_BYTES);
		DeploymentDraft draft = ReportFixtures.reader().read(ReportInput.file("report.txt", report));
		assertThat(draft.tasks()).hasSizeGreaterThan(300);
		assertThat(draft.duplicateParagraphs()).isLessThan(20);
	}
}
