package org.luoshi.notification.internal;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * The SMTP server, when there is one: e-mail is on once {@code LUOSHI_SMTP_HOST} and {@code LUOSHI_MAIL_FROM} are set.
 * Writes what a notification's mail says and sends it.
 */
@Component
class MailChannel {

	private static final Logger log = LoggerFactory.getLogger(MailChannel.class);
	private static final int SUBJECT_MAX = 200;

	private final JavaMailSender sender;
	private final String from;
	private final String baseUrl;
	private final NotificationTexts texts;

	MailChannel(ObjectProvider<JavaMailSender> senders, @Value("${spring.mail.host:}") String host, MailSettings settings,
			@Value("${luoshi.base-url}") String baseUrl, NotificationTexts texts) {
		boolean hasServer = host != null && !host.isBlank();
		boolean hasSender = settings.from() != null && !settings.from().isBlank();
		if (!hasServer) {
			log.info("E-mail is off: no SMTP server is configured (LUOSHI_SMTP_HOST); notifications reach the in-app inbox only");
		}
		else if (!hasSender) {
			log.warn("E-mail is off: LUOSHI_SMTP_HOST is set but LUOSHI_MAIL_FROM is not; notifications reach the in-app inbox only");
		}
		this.sender = hasServer && hasSender ? senders.getIfAvailable() : null;
		this.from = hasSender ? settings.from().strip() : null;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		this.texts = texts;
	}

	boolean isOn() {
		return sender != null;
	}

	/** The mail of a notification: its message as the subject; the message, the detail and a link to open it as the body. */
	Mail compose(String messageKey, List<String> arguments, String detail, String link) {
		String message = texts.render(messageKey, arguments, NotificationTexts.MAIL_LOCALE);
		String subject = message.replaceAll("\\s+", " ").strip();
		if (subject.length() > SUBJECT_MAX) {
			subject = subject.substring(0, SUBJECT_MAX - 1) + "…";
		}
		StringBuilder body = new StringBuilder(message).append("\n\n");
		if (detail != null && !detail.isBlank()) {
			body.append(detail.strip()).append("\n\n");
		}
		body.append(texts.text("notification.mail.open", NotificationTexts.MAIL_LOCALE, baseUrl + (link == null ? "/inbox" : link)))
			.append("\n\n-- \n")
			.append(texts.text("notification.mail.footer", NotificationTexts.MAIL_LOCALE))
			.append('\n');
		return new Mail(subject, body.toString());
	}

	void send(String recipient, String subject, String body) {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(recipient);
		message.setSubject(subject);
		message.setText(body);
		sender.send(message);
	}

	record Mail(String subject, String body) {
	}
}
