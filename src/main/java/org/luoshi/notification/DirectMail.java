package org.luoshi.notification;

/**
 * A mail to an address that belongs to no account — a one-time code to someone who asks for a service without one.
 * Written to the outbox in the caller's transaction and sent by the same sender as notifications, when e-mail is on.
 */
public interface DirectMail {

	void send(String recipient, String subject, String body);
}
