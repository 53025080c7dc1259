package org.luoshi.shared.database;

import java.lang.management.ManagementFactory;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a scheduled job once per period across every instance that shares the database. Each instance's scheduler
 * may fire; the first to insert the job's row for the period runs the job in that same transaction, while the
 * others wait for it (the row is locked until it commits) and then skip. A run that fails rolls its row back,
 * so the next firing, on any instance, tries again.
 */
@Component
public class ScheduledJobRuns {

	private static final String INSTANCE = ManagementFactory.getRuntimeMXBean().getName();

	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;

	ScheduledJobRuns(JdbcClient jdbc, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	/**
	 * Runs {@code job} unless some instance has already run it for {@code period} (e.g. the date).
	 *
	 * @return the job's summary, or empty when it had already run for this period
	 */
	public Optional<String> runOnce(String jobName, String period, Supplier<String> job) {
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
