package org.luoshi.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.luoshi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class HousekeepingIntegrationTests {

	@Autowired
	Housekeeping housekeeping;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void purgesCompletedEventPublicationsOlderThanTheAgeOnceADay() {
		UUID oldCompleted = publication("40 days", true);
		UUID recentCompleted = publication("1 day", true);
		UUID oldPending = publication("40 days", false);
		LocalDate day = LocalDate.of(2099, 1, 1).plusDays(UUID.randomUUID().hashCode() & 0xFFF);

		assertThat(housekeeping.runFor(day)).hasValueSatisfying(summary -> assertThat(summary).startsWith("event_publication="));

		assertThat(exists(oldCompleted)).isFalse();
		assertThat(exists(recentCompleted)).isTrue();
		assertThat(exists(oldPending)).as("never delivered: kept for the retry").isTrue();
		assertThat(housekeeping.runFor(day)).as("once per day across instances").isEmpty();
	}

	@Test
	void scheduledJobsDoNotRunBeforeStartUpHasFinished() {
		ScheduledJobRuns beforeReady = new ScheduledJobRuns(jdbc, transactions);
		AtomicBoolean ran = new AtomicBoolean();

		assertThat(beforeReady.runOnce("test.before-ready", UUID.randomUUID().toString(), () -> {
			ran.set(true);
			return "ran";
		})).isEmpty();
		assertThat(ran).isFalse();

		beforeReady.startUpFinished();
		assertThat(beforeReady.runOnce("test.before-ready", UUID.randomUUID().toString(), () -> "ran")).hasValue("ran");
	}

	private UUID publication(String age, boolean completed) {
		UUID id = UUID.randomUUID();
		jdbc.sql("INSERT INTO event_publication (id, listener_id, event_type, serialized_event, publication_date, completion_date, status) "
				+ "VALUES (?, 'test.listener', 'test.Event', '{}', now() - CAST(? AS interval), "
				+ "CASE WHEN ? THEN now() - CAST(? AS interval) END, CASE WHEN ? THEN 'COMPLETED' ELSE 'PUBLISHED' END)")
			.params(id, age, completed, age, completed)
			.update();
		return id;
	}

	private boolean exists(UUID id) {
		return jdbc.sql("SELECT count(*) FROM event_publication WHERE id = ?").param(id).query(Long.class).single() > 0;
	}
}
