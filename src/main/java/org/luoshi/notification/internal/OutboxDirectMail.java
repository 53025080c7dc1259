package org.luoshi.notification.internal;

import org.luoshi.notification.DirectMail;
import org.springframework.stereotype.Component;

/** {@link DirectMail} through the outbox: a row with no notification and no account. */
@Component
class OutboxDirectMail implements DirectMail {

	private final MailOutbox outbox;

	OutboxDirectMail(MailOutbox outbox) {
		this.outbox = outbox;
	}

	@Override
	public void send(String recipient, String subject, String body) {
		outbox.enqueueDirect(recipient, subject, body);
	}
}
