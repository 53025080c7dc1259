package org.luoshi.notification.internal;

import java.time.Duration;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The mail still to be sent. {@link #claimNextDue()} must run in the transaction that then records the outcome. */
@Repository
class MailOutbox {

	private static final int ERROR_MAX = 1000;

	private final JdbcClient jdbc;

	MailOutbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void enqueue(long notificationId, long accountId, String recipient, String subject, String body) {
		jdbc.sql("INSERT INTO mail_outbox (notification_id, account_id, recipient, subject, body) VALUES (?, ?, ?, ?, ?)")
			.params(notificationId, accountId, recipient, subject, body)
			.update();
	}

	/** A mail to an address of no account's: no notification, no account. */
	void enqueueDirect(String recipient, String subject, String body) {
		jdbc.sql("INSERT INTO mail_outbox (recipient, subject, body) VALUES (?, ?, ?)").params(recipient, subject, body).update();
	}

	/**
	 * Locks the oldest mail that is due, skipping those another sender has locked: instances sharing the database never
	 * send one mail twice. The lock lasts until the caller's transaction ends.
	 */
	Optional<OutboxMail> claimNextDue() {
		return jdbc.sql("SELECT id, recipient, subject, body, attempts FROM mail_outbox WHERE status = 'PENDING' AND next_attempt_at <= now() "
				+ "ORDER BY next_attempt_at, id LIMIT 1 FOR UPDATE SKIP LOCKED")
			.query((rs, row) -> new OutboxMail(rs.getLong("id"), rs.getString("recipient"), rs.getString("subject"), rs.getString("body"),
					rs.getInt("attempts")))
			.optional();
	}

	void markSent(long id) {
		jdbc.sql("UPDATE mail_outbox SET status = 'SENT', sent_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = ?")
			.param(id)
			.update();
	}

	void retryLater(long id, int attempts, String error, Duration delay) {
		jdbc.sql("UPDATE mail_outbox SET attempts = :attempts, last_error = :error, next_attempt_at = now() + make_interval(secs => :seconds) "
				+ "WHERE id = :id")
			.param("attempts", attempts)
			.param("error", truncate(error))
			.param("seconds", delay.toMillis() / 1000.0)
			.param("id", id)
			.update();
	}

	void giveUp(long id, int attempts, String error) {
		jdbc.sql("UPDATE mail_outbox SET status = 'FAILED', attempts = ?, last_error = ? WHERE id = ?")
			.params(attempts, truncate(error), id)
			.update();
	}

	private static String truncate(String error) {
		return error.length() <= ERROR_MAX ? error : error.substring(0, ERROR_MAX);
	}

	record OutboxMail(long id, String recipient, String subject, String body, int attempts) {
	}
}
