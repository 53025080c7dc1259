package org.luoshi.shared.database;

import java.lang.management.ManagementFactory;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a scheduled job once per period across every instance that shares the database. Each instance's scheduler
 * may fire; the first to insert the job's row for the period runs the job in that same transaction, while the
 * others wait for it (the row is locked until it commits) and then skip. A run that fails rolls its row back,
 * so the next firing, on any instance, tries again. Nothing runs before the application is ready (start-up work done).
 */
@Component
public class ScheduledJobRuns {

	private static final String INSTANCE = ManagementFactory.getRuntimeMXBean().getName();

	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;

	private volatile boolean started;

	ScheduledJobRuns(JdbcClient jdbc, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	/** After every start-up runner (demo data among them) has finished. */
	@EventListener(ApplicationReadyEvent.class)
	void startUpFinished() {
		started = true;
	}

	/**
	 * Runs {@code job} unless some instance has already run it for {@code period} (e.g. the date).
	 *
	 * @return the job's summary, or empty when it had already run for this period
	 */
	public Optional<String> runOnce(String jobName, String period, Supplier<String> job) {
		if (!started) {
			// Migrations and demo data run before the application is ready; a job firing earlier would see half of it
			// (a follow-up that counted "0 open tasks" while the demo tasks were being loaded). The next firing runs it.
			return Optional.empty();
		}
		return transactions.execute(status -> {
			int claimed = jdbc.sql("INSERT INTO scheduled_job_run (job, period, instance) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
				.params(jobName, period, INSTANCE)
				.update();
			if (claimed == 0) {
				return Optional.<String>empty();
			}
			String summary = job.get();
			jdbc.sql("UPDATE scheduled_job_run SET finished_at = clock_timestamp(), summary = ? WHERE job = ? AND period = ?")
				.params(summary, jobName, period)
				.update();
			return Optional.of(summary == null ? "" : summary);
		});
	}
}
