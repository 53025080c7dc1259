package org.luoshi.shared.database;

import org.springframework.stereotype.Component;

/** The platform's own backlogs: events whose listeners have not completed, and when each scheduled job last succeeded. */
@Component
class PlatformGauges {

	PlatformGauges(DatabaseGauges gauges) {
		gauges.gauge("luoshi.events.undelivered", "Event publications whose listener has not completed (retried)",
				"SELECT count(*) FROM event_publication WHERE completion_date IS NULL");
		gauges.gauge("luoshi.events.undelivered.oldest.seconds", "Age of the oldest event publication not completed",
				"SELECT coalesce(extract(epoch FROM clock_timestamp() - min(publication_date)), 0) FROM event_publication WHERE completion_date IS NULL");
		gauges.gaugePerRow("luoshi.jobs.last.success.timestamp", "When a run-once scheduled job last finished (epoch seconds)", "scheduled.job",
				"SELECT job, extract(epoch FROM max(finished_at)) FROM scheduled_job_run WHERE finished_at IS NOT NULL GROUP BY job");
		gauges.gaugePerRow("luoshi.jobs.runs", "Finished runs of a run-once scheduled job", "scheduled.job",
				"SELECT job, count(*) FROM scheduled_job_run WHERE finished_at IS NOT NULL GROUP BY job");
	}
}
