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
 *
 * <p>Publish it with {@code ApplicationEventPublisher} <em>inside</em> the write's transaction: it is delivered only
 * if that transaction commits (outside a transaction the delivering listener, an after-commit one, does not run).
 *
 * <p>One act is one notification. The registry may hand an event over twice (a crash after delivery, before the
 * registry noted it), so the notification module keys each delivery by {@link #deliveryKey()}: the act it tells of, not
 * its content. Two reminders with the same words are two acts with two keys and both reach people; one reminder handed
 * over twice has one key and is delivered once. E.g.
 *
 * <pre>{@code
 * record ReminderSent(long timelineEntryId, long taskId, String taskTitle, String text, long leadUnitId, long actorAccountId)
 *         implements NotifiableEvent {
 *     public String deliveryKey() { return "task-event:" + timelineEntryId; }
 *     public Set<Long> notifiedUnitIds() { return Set.of(leadUnitId); }
 *     public Long actorAccountId() { return actorAccountId; }
 *     public String messageKey() { return "supervision.notify.reminder"; } // 催办：{0}
 *     public List<String> messageArguments() { return List.of(taskTitle); }
 *     public String detail() { return text; }
 *     public String link() { return "/supervision/tasks/" + taskId; }
 * }
 * }</pre>
 */
public interface NotifiableEvent {

	/**
	 * The act this notification tells of, unique among the publisher's acts and the same when the event is handed over
	 * again: the id of the record the act wrote (a timeline entry), or for a scheduled message its period and recipient
	 * ({@code follow-up-digest:2026-12-03:unit:17}). The notification module stores each key once.
	 */
	String deliveryKey();

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

	/**
	 * Message key of the one-line subject, e.g. {@code supervision.notify.reminder}, with {@link #messageArguments()}; it
	 * lives in the publishing module's bundles (Chinese and English). The subject is also the e-mail's subject.
	 */
	String messageKey();

	/** The key's arguments ({@code {0}}, {@code {1}} …), as text: names and titles, shown the same in every language. */
	List<String> messageArguments();

	/**
	 * Words written by a person (a reminder's text, an instruction), shown under the subject as written (plain text, line
	 * breaks kept); or {@code null}.
	 */
	default String detail() {
		return null;
	}

	/**
	 * The application path that opens the matter, e.g. {@code /supervision/tasks/12}. Anything but a path of this
	 * application (another site, {@code //host}) is dropped, so that the inbox never sends people elsewhere.
	 */
	String link();
}
