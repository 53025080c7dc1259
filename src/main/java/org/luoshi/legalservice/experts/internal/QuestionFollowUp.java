package org.luoshi.legalservice.experts.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.luoshi.legalservice.experts.QuestionStep;
import org.luoshi.shared.Actor;
import org.luoshi.shared.database.ScheduledJobRuns;
import org.luoshi.shared.web.Times;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The major disputes' daily follow-up, once a day across instances ({@link ScheduledJobRuns}): a major dispute whose
 * opinion is signed and that has had no update (a note, a step) for {@code luoshi.legal.experts.quiet-days} days is
 * reminded to its expert and the justice bureau — once per quiet spell: the next update starts the count again. The
 * reminder is a step of the question's table (REMIND, the system's side), so it is on the timeline and in the audit trail.
 */
@Component
class QuestionFollowUp {

	static final String JOB = "legal-experts-follow-up";
	private static final Logger log = LoggerFactory.getLogger(QuestionFollowUp.class);

	private final ScheduledJobRuns runs;
	private final QuestionService service;
	private final JdbcClient jdbc;
	private final Times times;
	private final int quietDays;

	QuestionFollowUp(ScheduledJobRuns runs, QuestionService service, JdbcClient jdbc, Times times,
			@Value("${luoshi.legal.experts.quiet-days:14}") int quietDays) {
		this.runs = runs;
		this.service = service;
		this.jdbc = jdbc;
		this.times = times;
		this.quietDays = quietDays;
	}

	@Scheduled(cron = "${luoshi.legal.experts.follow-up-cron:0 20 7 * * *}", zone = "${luoshi.time-zone:Asia/Shanghai}")
	void scheduled() {
		runFor(times.today()).ifPresent(result -> log.info("Expert group follow-up for {}: {}", times.today(), result));
	}

	Optional<String> runFor(LocalDate day) {
		return runs.runOnce(JOB, day.toString(), this::apply);
	}

	@Transactional
	String apply() {
		List<Long> quiet = jdbc.sql("""
				SELECT id FROM expert_question
				WHERE status = 'SIGNED' AND major AND reminded_at IS NULL AND last_update_at < ? ORDER BY id""")
			.param(Timestamp.from(times.now().minus(Duration.ofDays(quietDays))))
			.query(Long.class)
			.list();
		for (long id : quiet) {
			service.take(id, QuestionStep.REMIND, Actor.SYSTEM, (question, step) -> question.remind(step,
					(int) Duration.between(question.lastUpdateAt(), step.now()).toDays()));
		}
		return quiet.size() + " reminded";
	}
}
