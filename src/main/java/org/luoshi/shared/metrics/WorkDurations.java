package org.luoshi.shared.metrics;

import java.util.function.Predicate;
import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.luoshi.shared.ValidationException;
import org.springframework.stereotype.Component;

/**
 * How long the platform's long pieces of work take — imports, reading a report — as Prometheus histograms, each with
 * its outcome: {@code done}, {@code refused} (the input was bad, nothing changed) or {@code failed}. A request's own
 * duration is already measured; these say how much of it the work was, and let an operator alert on a slow import.
 */
@Component
public class WorkDurations {

	/** An import of a file: {@code luoshi_import_seconds{kind, outcome}}. */
	public static final String IMPORT = "luoshi.import";
	/** Reading a report into a draft: {@code luoshi_report_reading_seconds{outcome}}. */
	public static final String REPORT_READING = "luoshi.report.reading";

	private final MeterRegistry registry;

	WorkDurations(MeterRegistry registry) {
		this.registry = registry;
	}

	/** Times an import of {@code kind} (organization, ledger); {@code refused} tells a result that refused the file. */
	public <T> T importing(String kind, Predicate<T> refused, Supplier<T> work) {
		return measure(IMPORT, "How long an import of a file took", refused, work, "kind", kind);
	}

	/** Times reading a report. */
	public <T> T readingReport(Supplier<T> work) {
		return measure(REPORT_READING, "How long reading a report into a draft took", result -> false, work);
	}

	private <T> T measure(String name, String description, Predicate<T> refused, Supplier<T> work, String... tags) {
		long start = System.nanoTime();
		String outcome = "failed";
		try {
			T result = work.get();
			outcome = refused.test(result) ? "refused" : "done";
			return result;
		}
		catch (ValidationException e) {
			outcome = "refused";
			throw e;
		}
		finally {
			Timer.builder(name).description(description).tags(tags).tag("outcome", outcome).publishPercentileHistogram()
				.register(registry).record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
		}
	}
}
