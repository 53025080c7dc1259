package org.luoshi.notification.internal;

import org.luoshi.notification.internal.MailOutbox.OutboxMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.mail.MailException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox every few seconds ({@code luoshi.mail.poll-interval}), one mail per transaction so that a row stays
 * locked only while its own mail is on the wire. A failure is recorded on the mail, which is tried again after a
 * growing wait ({@link MailSettings#retryDelay}) until it has failed {@code luoshi.mail.max-attempts} times; the failure
 * also ends this run, because a server that refused one mail is likely to refuse the next, and each attempt may cost
 * a connection timeout.
 */
@Component
class OutboxMailSender {

	private static final Logger log = LoggerFactory.getLogger(OutboxMailSender.class);
	private static final int MAILS_PER_RUN = 50;

	private final MailOutbox outbox;
	private final MailChannel channel;
	private final MailSettings settings;
	private final TransactionTemplate transactions;

	OutboxMailSender(MailOutbox outbox, MailChannel channel, MailSettings settings, TransactionTemplate transactions) {
		this.outbox = outbox;
		this.channel = channel;
		this.settings = settings;
		this.transactions = transactions;
	}

	@Scheduled(fixedDelayString = "${luoshi.mail.poll-interval}", initialDelayString = "${luoshi.mail.poll-interval}")
	void sendDueMail() {
		if (!channel.isOn()) {
			return;
		}
		for (int sent = 0; sent < MAILS_PER_RUN; sent++) {
			Outcome outcome = transactions.execute(status -> sendNext());
			if (outcome != Outcome.SENT) {
				return;
			}
		}
	}

	private Outcome sendNext() {
		OutboxMail mail = outbox.claimNextDue().orElse(null);
		if (mail == null) {
			return Outcome.NOTHING_DUE;
		}
		try {
			channel.send(mail.recipient(), mail.subject(), mail.body());
			outbox.markSent(mail.id());
			return Outcome.SENT;
		}
		catch (MailException e) {
			int attempts = mail.attempts() + 1;
			String error = String.valueOf(NestedExceptionUtils.getMostSpecificCause(e));
			if (settings.givesUpAfter(attempts)) {
				outbox.giveUp(mail.id(), attempts, error);
				log.error("Gave up mail {} to {} after {} attempts: {}", mail.id(), mail.recipient(), attempts, error);
			}
			else {
				outbox.retryLater(mail.id(), attempts, error, settings.retryDelay(attempts));
				log.warn("Mail {} to {} failed (attempt {} of {}), will retry in {}: {}", mail.id(), mail.recipient(), attempts,
						settings.maxAttempts(), settings.retryDelay(attempts), error);
			}
			return Outcome.FAILED;
		}
	}

	private enum Outcome {
		SENT, NOTHING_DUE, FAILED
	}
}
