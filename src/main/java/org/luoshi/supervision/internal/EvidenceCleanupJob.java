package org.luoshi.supervision.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.luoshi.shared.Changes;
import org.luoshi.shared.RecordChanged;
import org.luoshi.shared.database.ScheduledJobRuns;
import org.luoshi.shared.web.Times;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes evidence files that were uploaded but never attached to a progress report or completion request (a form
 * left unsent, a refused report never sent again) once they are a day old: they are visible to no one but their
 * uploader, and would otherwise fill the database. Runs once an hour across all instances ({@link ScheduledJobRuns});
 * a run with something to delete is one audit entry with the count.
 */
@Component
public class EvidenceCleanupJob {

	static final String JOB = "supervision.evidence-cleanup";
	/** How long an upload waits for the report it was meant for. */
	static final Duration KEPT_UNATTACHED = Duration.ofDays(1);
	private static final Logger log = LoggerFactory.getLogger(EvidenceCleanupJob.class);

	private final ScheduledJobRuns runs;
	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final Times times;

	EvidenceCleanupJob(ScheduledJobRuns runs, JdbcClient jdbc, ApplicationEventPublisher events, Times times) {
		this.runs = runs;
		this.jdbc = jdbc;
		this.events = events;
		this.times = times;
	}

	@Scheduled(cron = "${luoshi.supervision.evidence-cleanup-cron:0 30 * * * *}", zone = "${luoshi.time-zone:Asia/Shanghai}")
	void scheduled() {
		runNow().ifPresent(result -> log.info("Unattached evidence cleaned up: {}", result));
	}

	/** This hour's clean-up, unless some instance has done it already. */
	public Optional<String> runNow() {
		Instant now = times.now();
		String hour = ZonedDateTime.ofInstant(now, times.zone()).truncatedTo(ChronoUnit.HOURS).toLocalDateTime().toString();
		return runs.runOnce(JOB, hour, () -> deleteUnattachedBefore(now.minus(KEPT_UNATTACHED)) + " unattached files deleted");
	}

	private int deleteUnattachedBefore(Instant cutoff) {
		int deleted = jdbc.sql("DELETE FROM evidence_file WHERE event_id IS NULL AND uploaded_at < ?")
			.param(java.sql.Timestamp.from(cutoff))
			.update();
		if (deleted > 0) {
			events.publishEvent(RecordChanged.of("supervision.evidence.cleaned-up", "evidence", "unattached", "unattached",
					Changes.of().field("deleted", null, deleted).field("uploadedBefore", null, cutoff.toString())));
		}
		return deleted;
	}
}
