package org.luoshi.notification.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How notification e-mail is sent ({@code luoshi.mail.*}); the SMTP server itself is Boot's {@code spring.mail.*}.
 *
 * @param from the sender address ({@code LUOSHI_MAIL_FROM}); without it no mail is sent
 * @param maxAttempts how often a mail is tried before it is left as failed
 * @param firstRetry the wait after the first failure; it doubles with each further failure
 * @param maxRetry the longest wait between two attempts
 */
@ConfigurationProperties("luoshi.mail")
record MailSettings(String from, int maxAttempts, Duration firstRetry, Duration maxRetry) {

	MailSettings {
		if (maxAttempts < 1) {
			throw new IllegalArgumentException("luoshi.mail.max-attempts must be at least 1, not " + maxAttempts);
		}
	}

	boolean givesUpAfter(int failedAttempts) {
		return failedAttempts >= maxAttempts;
	}

	/** The wait before the next attempt of a mail that has failed {@code failedAttempts} times (1 or more). */
	Duration retryDelay(int failedAttempts) {
		Duration delay = firstRetry;
		for (int attempt = 1; attempt < failedAttempts && delay.compareTo(maxRetry) < 0; attempt++) {
			delay = delay.multipliedBy(2);
		}
		return delay.compareTo(maxRetry) > 0 ? maxRetry : delay;
	}
}
