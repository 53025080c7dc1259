package org.luoshi.notification.internal;

import java.time.Duration;

import org.luoshi.shared.database.Housekeeping;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Delivered mail and read inbox items go after the housekeeping age; the notification itself stays (its key keeps a
 * late second delivery of the same event from notifying again), as do unread items and mail not yet sent or given up.
 */
@Component
class NotificationPurge implements Housekeeping.Purge {

	private final JdbcClient jdbc;

	NotificationPurge(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "mail_outbox+inbox_item";
	}

	@Override
	public int olderThan(Duration age) {
		String interval = age.toSeconds() + " seconds";
		int mails = jdbc.sql("DELETE FROM mail_outbox WHERE status = 'SENT' AND sent_at < clock_timestamp() - CAST(? AS interval)")
			.param(interval)
			.update();
		int read = jdbc.sql("DELETE FROM inbox_item WHERE read_at IS NOT NULL AND read_at < clock_timestamp() - CAST(? AS interval)")
			.param(interval)
			.update();
		return mails + read;
	}
}
