package org.luoshi.shared.database;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a day, across all instances ({@link ScheduledJobRuns}), deletes what has served its purpose and is older than
 * {@code luoshi.housekeeping.keep} (30 days): completed event publications, and whatever each module declares as a
 * {@link Purge} (delivered mail, read notifications). The audit trail is never purged.
 */
@Component
public class Housekeeping {

	/** What a module may delete once it is older than the given age; returns how many rows went. */
	public interface Purge {

		String name();

		int olderThan(Duration age);
	}

	static final String JOB = "platform.housekeeping";
	private static final Logger log = LoggerFactory.getLogger(Housekeeping.class);

	private final ScheduledJobRuns runs;
	private final JdbcClient jdbc;
	private final List<Purge> purges;
	private final Duration keep;
	private final ZoneId zone;

	Housekeeping(ScheduledJobRuns runs, JdbcClient jdbc, List<Purge> purges, @Value("${luoshi.housekeeping.keep:P30D}") Duration keep,
			@Value("${luoshi.time-zone:Asia/Shanghai}") ZoneId zone) {
		this.runs = runs;
		this.jdbc = jdbc;
		this.purges = purges;
		this.keep = keep;
		this.zone = zone;
	}

	@Scheduled(cron = "${luoshi.housekeeping.cron:0 40 3 * * *}", zone = "${luoshi.time-zone:Asia/Shanghai}")
	public void onSchedule() {
		runFor(LocalDate.now(zone)).ifPresent(summary -> log.info("Housekeeping: {}", summary));
	}

	/** Runs the day's housekeeping unless some instance already has; the summary counts what was deleted. */
	public Optional<String> runFor(LocalDate day) {
		return runs.runOnce(JOB, day.toString(), () -> {
			int events = jdbc.sql("DELETE FROM event_publication WHERE completion_date IS NOT NULL AND completion_date < clock_timestamp() - CAST(? AS interval)")
				.param(keep.toSeconds() + " seconds")
				.update();
			return "event_publication=" + events + purges.stream().map(purge -> ", " + purge.name() + "=" + purge.olderThan(keep))
				.collect(Collectors.joining());
		});
	}
}
