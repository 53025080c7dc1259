package org.luoshi.awards.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.luoshi.shared.Permissions;
import org.luoshi.shared.database.ScheduledJobRuns;
import org.luoshi.shared.web.Times;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The registry's daily re-review reminder, once a day across instances ({@link ScheduledJobRuns}): every active or
 * downgraded honour whose next re-review falls within {@code luoshi.awards.review-reminder-days} days (or is already
 * past) is reminded to the awards office — the accounts holding {@code awards:manage} — as the honour's REMIND_REVIEW
 * step (timeline, audit, notification), once per review date: re-reviewing moves the date on and starts it again.
 */
@Component
class HonourReviewReminders {

	static final String JOB = "awards-review-reminders";
	private static final Logger log = LoggerFactory.getLogger(HonourReviewReminders.class);

	private final ScheduledJobRuns runs;
	private final AwardService service;
	private final AwardRows rows;
	private final AwardAccess access;
	private final Times times;
	private final int days;

	HonourReviewReminders(ScheduledJobRuns runs, AwardService service, AwardRows rows, AwardAccess access, Times times,
			@Value("${luoshi.awards.review-reminder-days:30}") int days) {
		this.runs = runs;
		this.service = service;
		this.rows = rows;
		this.access = access;
		this.times = times;
		this.days = days;
	}

	@Scheduled(cron = "${luoshi.awards.review-reminder-cron:0 40 7 * * *}", zone = "${luoshi.time-zone:Asia/Shanghai}")
	void scheduled() {
		runFor(times.today()).ifPresent(result -> log.info("Honours' re-review reminders for {}: {}", times.today(), result));
	}

	Optional<String> runFor(LocalDate day) {
		return runs.runOnce(JOB, day.toString(), () -> apply(day));
	}

	String apply(LocalDate day) {
		List<Long> office = access.accountsHolding(Permissions.AWARDS_MANAGE);
		int reminded = 0;
		for (long honourId : rows.honoursDueForReview(day.plusDays(days))) {
			if (service.remindReview(honourId, office)) {
				reminded++;
			}
		}
		return reminded + " reminded";
	}
}
