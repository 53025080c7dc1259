/**
 * Notification: tells people what other modules want them to know, in the in-app inbox and by e-mail.
 *
 * <p>Listens to {@link org.luoshi.shared.NotifiableEvent} with an asynchronous {@code @ApplicationModuleListener}: once
 * the publishing transaction has committed, in a transaction of its own, kept in the event publication registry until
 * it succeeds. Each event becomes one notification (recognized by a hash of its content, so a re-delivered event is
 * not delivered twice) and one inbox item for every active account of the named units and every named account, the
 * actor excepted. Where an SMTP server is configured, each recipient whose member of staff has an e-mail address also
 * gets a mail, written to an outbox in the same transaction and sent by a scheduled sender that retries with back-off.
 *
 * <p>Its pages ({@code web}): the inbox at {@code /inbox}, the header bell's fragment at {@code /inbox/badge} (loaded by
 * the layout with htmx, so the shared layout does not depend on this module), a sidebar entry and a home-page count of
 * unread notifications; its API: {@code /api/v1/notifications}.
 *
 * <p>Publishes {@link org.luoshi.notification.DirectMail} alone: a mail to an address of no account (the legal requests'
 * one-time codes), through the same outbox. Depends on identity (accounts of a unit, an account's staff),
 * organization (a member of staff's e-mail address) and the shared kernel.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification")
package org.luoshi.notification;
