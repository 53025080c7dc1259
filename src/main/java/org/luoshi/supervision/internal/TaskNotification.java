package org.luoshi.supervision.internal;

import java.util.List;
import java.util.Set;

import org.luoshi.shared.NotifiableEvent;

/**
 * What supervision tells people: a task issued to their unit, a reminder, a notice, an instruction, a decision, the
 * follow-up's daily digest. The notification module delivers it after the step commits.
 *
 * @param deliveryKey the act told of: {@code task-event:<timeline entry id>} for a step, {@code follow-up-digest:<day>:…}
 *        for a digest — two reminders alike are two acts, one act handed over twice is one
 */
public record TaskNotification(String deliveryKey, Set<Long> notifiedUnitIds, Set<Long> notifiedAccountIds, Long actorAccountId, String messageKey,
		List<String> messageArguments, String detail, String link) implements NotifiableEvent {

	public TaskNotification {
		notifiedUnitIds = Set.copyOf(notifiedUnitIds);
		notifiedAccountIds = Set.copyOf(notifiedAccountIds);
		messageArguments = List.copyOf(messageArguments);
	}
}
