package org.luoshi.reports;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Timeout;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Whatever comes in, the reader finishes quickly with a draft or with its own {@link ReportRejectedException}.
 * Under {@code mvn test} these run in regression mode over the inputs in {@code ReportFuzzTestsInputs} (the
 * corpus documents' shapes and known troublemakers); {@code JAZZER_FUZZ=1 mvn test -Dtest=ReportFuzzTests}
 * fuzzes for real. Any other exception, or an input taking longer than the timeout, fails.
 */
class ReportFuzzTests {

	private static final ReportReader READER = ReportFixtures.reader();

	@FuzzTest(maxDuration = "60s")
	@Timeout(value = 30, unit = TimeUnit.SECONDS)
	void readsAnyTextOrRefusesIt(byte[] data) {
		String text = new String(data, StandardCharsets.UTF_8);
		try {
			DeploymentDraft draft = READER.read(ReportInput.text(text).withReferenceDate(LocalDate.of(2024, 1, 1)));
			draft.tasks().forEach(task -> {
				if (task.text().isBlank()) {
					throw new AssertionError("a task without text");
				}
			});
		}
		catch (ReportRejectedException refused) {
			// the documented answer to unusable input
		}
	}

	@FuzzTest(maxDuration = "60s")
	@Timeout(value = 30, unit = TimeUnit.SECONDS)
	void readsAnyFileOrRefusesIt(byte[] data) {
		try {
			READER.read(ReportInput.file("upload", data));
		}
		catch (ReportRejectedException refused) {
			// the documented answer to unusable input
		}
	}
}
