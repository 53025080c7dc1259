package org.luoshi.notification;

import java.util.List;
import java.util.Set;

import org.luoshi.shared.NotifiableEvent;

/**
 * A reminder (催办) as a supervision module would publish it, made up for these tests. Its subject borrows the bundles'
 * "{0}：{1}" pattern ({@link NotificationFixtures#LABELLED_TEXT}): the notifying modules own their subjects' keys, and
 * this module owns none.
 *
 * @param task the task reminded of; unique per test, so that each event is a different one
 */
record ReminderSent(String task, Set<Long> notifiedUnitIds, Set<Long> notifiedAccountIds, Long actorAccountId, String detail,
		String link) implements NotifiableEvent {

	/** Each test's reminder is its own act. */
	@Override
	public String deliveryKey() {
		return "reminder:" + task;
	}

	@Override
	public String messageKey() {
		return NotificationFixtures.LABELLED_TEXT;
	}

	@Override
	public List<String> messageArguments() {
		return List.of("催办", task);
	}

	ReminderSent alsoToAccounts(Long... accountIds) {
		return new ReminderSent(task, notifiedUnitIds, Set.of(accountIds), actorAccountId, detail, link);
	}

	ReminderSent sentBy(long accountId) {
		return new ReminderSent(task, notifiedUnitIds, notifiedAccountIds, accountId, detail, link);
	}

	ReminderSent linkingTo(String path) {
		return new ReminderSent(task, notifiedUnitIds, notifiedAccountIds, actorAccountId, detail, path);
	}
}
