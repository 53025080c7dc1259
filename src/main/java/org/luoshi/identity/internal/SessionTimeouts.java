package org.luoshi.identity.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.luoshi.identity.AccountSummary;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the page sessions that the idle timeout ended into the audit trail. Spring Session deletes an expired session
 * in its own cleanup or when its cookie comes back, and tells no one; a trigger on its table (identity's migration V2)
 * keeps each such deletion in {@code session_timeout}, and this job moves them into the trail. Claiming the rows with
 * {@code DELETE … RETURNING} in the entries' transaction means each timeout is recorded once, whichever instance runs
 * the job, and none is lost if recording fails.
 */
@Component
class SessionTimeouts {

	private final JdbcClient jdbc;
	private final AccountRepository accounts;
	private final ApplicationEventPublisher events;

	SessionTimeouts(JdbcClient jdbc, AccountRepository accounts, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.events = events;
	}

	/** @return how many timeouts were recorded */
	@Scheduled(cron = "${luoshi.security.session-timeouts-cron:30 * * * * *}")
	@Transactional
	public int record() {
		List<Timeout> timeouts = jdbc.sql("DELETE FROM session_timeout RETURNING principal_name, last_access_at, expired_at, id")
			.query((rs, row) -> new Timeout(rs.getLong("id"), rs.getString("principal_name"), instant(rs.getTimestamp("last_access_at")),
					instant(rs.getTimestamp("expired_at"))))
			.list();
		timeouts.stream().sorted(java.util.Comparator.comparingLong(Timeout::id)).forEach(timeout -> events.publishEvent(
				SignedOut.byTimeout(accounts.findByUsername(timeout.username()).map(AccountSummary::id).orElse(null), timeout.username(),
						timeout.lastAccess(), timeout.expired())));
		return timeouts.size();
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp.toInstant();
	}

	private record Timeout(long id, String username, Instant lastAccess, Instant expired) {
	}
}
