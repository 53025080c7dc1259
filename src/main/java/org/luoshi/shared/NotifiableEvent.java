package org.luoshi.shared;

import java.util.List;
import java.util.Set;

/**
 * An event that people must hear about: a task issued to their unit, a reminder, a supervision notice, a leader's
 * instruction. The notification module delivers it once the publishing transaction has committed: into the in-app
 * inbox of every active account of the named units (and of the named accounts), and by e-mail to those accounts'
 * staff addresses when the platform has an SMTP server.
 *
 * <p>The text travels as a message key with its arguments, so that every reader sees it in their own language.
 * Implementations are records that Jackson can write and read back: the event publication registry keeps an
 * undelivered event and hands it over again after a restart.
 */
public interface NotifiableEvent {

	/** Units whose handlers are told: each unit's own accounts, not those of its sub-units. */
	Set<Long> notifiedUnitIds();

	/** Accounts told as well, e.g. whoever asked for an extension. */
	default Set<Long> notifiedAccountIds() {
		return Set.of();
	}

	/** The account whose act this is: not told about its own act. {@code null} for the system. */
	default Long actorAccountId() {
		return null;
	}

	/** Message key of the one-line subject, e.g. {@code supervision.notify.reminder}, with {@link #messageArguments()}. */
	String messageKey();

	List<String> messageArguments();

	/** Words written by a person (a reminder's text, an instruction), shown under the subject as written; or {@code null}. */
	default String detail() {
		return null;
	}

	/** The application path that opens the matter, e.g. {@code /supervision/tasks/12}. */
	String link();
}
