package org.luoshi.awards.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.luoshi.awards.internal.AwardCommands.AwardStepInput;
import org.luoshi.identity.AccountDirectory;
import org.luoshi.shared.Actor;
import org.luoshi.shared.web.Times;
import org.luoshi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The daily re-review reminder: an honour whose re-review falls within the window is reminded to the awards office
 * (its timeline, the audit trail, the office's inbox) once per review date and once per day across instances; an honour
 * due later is not; re-reviewing it moves the date on, out of the window.
 */
@IntegrationTest
class HonourReviewRemindersIntegrationTests {

	@Autowired
	HonourReviewReminders reminders;

	@Autowired
	AwardService awards;

	@Autowired
	AwardQueries queries;

	@Autowired
	AccountDirectory accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Times times;

	@Test
	void remindsTheOfficeOnceOfAnHonourDueForReReview() {
		LocalDate today = times.today();
		List<Honour> honours = queries.honours().stream().filter(h -> h.status() != HonourLifecycle.Status.REVOKED).toList();
		assertThat(honours).as("the demo registry holds honours").hasSizeGreaterThanOrEqualTo(2);
		Honour due = honours.get(0);
		Honour later = honours.get(1);
		jdbc.sql("UPDATE award_honour SET next_review_on = ?, review_reminded_for = NULL WHERE id = ?").params(today.plusDays(10), due.id()).update();
		jdbc.sql("UPDATE award_honour SET next_review_on = ?, review_reminded_for = NULL WHERE id = ?").params(today.plusDays(200), later.id()).update();
		jdbc.sql("DELETE FROM scheduled_job_run WHERE job = ? AND period = ?").params(HonourReviewReminders.JOB, today.toString()).update();
		long office = accounts.findByUsername("demo-awards").orElseThrow().id();

		assertThat(reminders.runFor(today)).isPresent();
		assertThat(reminders.runFor(today)).as("once a day across instances").isEmpty();

		assertThat(kinds(due.id())).containsOnlyOnce("review-due");
		assertThat(kinds(later.id())).doesNotContain("review-due");
		assertThat(audits(due.id())).isEqualTo(1);
		Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.sql("""
				SELECT count(*) FROM inbox_item i JOIN notification n ON n.id = i.notification_id
				WHERE i.account_id = ? AND n.message_key = 'awards.notify.review-due' AND n.link = ?""")
			.params(office, "/awards/honours/" + due.id()).query(Long.class).single()).isEqualTo(1));

		reminders.apply(today.plusDays(1));
		assertThat(kinds(due.id())).as("once per review date").containsOnlyOnce("review-due");

		Actor officeActor = accounts.findByUsername("demo-awards").orElseThrow().actor();
		awards.takeHonour(due.id(), HonourLifecycle.Step.RE_REVIEW, AwardStepInput.none(), officeActor);
		reminders.apply(today.plusDays(2));
		assertThat(kinds(due.id())).containsOnlyOnce("review-due");
		assertThat(queries.honourActions(queries.honour(due.id()), officeActor)).doesNotContain(HonourLifecycle.Step.REMIND_REVIEW);
	}

	private List<String> kinds(long honourId) {
		return jdbc.sql("SELECT kind FROM award_honour_event WHERE honour_id = ? ORDER BY id").param(honourId).query(String.class).list();
	}

	private long audits(long honourId) {
		return jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'awards.honour.review-due' AND target_id = ?").param(String.valueOf(honourId))
			.query(Long.class).single();
	}
}
