package org.luoshi.notification.internal;

import org.luoshi.shared.database.DatabaseGauges;
import org.springframework.stereotype.Component;

/** How much e-mail waits in the outbox, and for how long the oldest has been due: a stuck SMTP server shows here. */
@Component
class OutboxGauges {

	OutboxGauges(DatabaseGauges gauges) {
		gauges.gauge("luoshi.outbox.pending", "Mails waiting to be sent (including those waiting to be retried)",
				"SELECT count(*) FROM mail_outbox WHERE status = 'PENDING'");
		gauges.gauge("luoshi.outbox.oldest.seconds", "How long the oldest pending mail has been due",
				"SELECT coalesce(extract(epoch FROM clock_timestamp() - min(next_attempt_at)), 0) FROM mail_outbox "
						+ "WHERE status = 'PENDING' AND next_attempt_at <= clock_timestamp()");
		gauges.gauge("luoshi.outbox.failed", "Mails given up after every attempt", "SELECT count(*) FROM mail_outbox WHERE status = 'FAILED'");
	}
}
