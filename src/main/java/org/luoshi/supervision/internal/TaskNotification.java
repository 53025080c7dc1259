package org.luoshi.supervision.internal;

import java.util.List;
import java.util.Set;

import org.luoshi.shared.NotifiableEvent;

/**
 * What supervision tells people: a task issued to their unit, a reminder, a notice, an instruction, a decision. The
 * notification module delivers it after the step commits.
 */
public record TaskNotification(Set<Long> notifiedUnitIds, Set<Long> notifiedAccountIds, Long actorAccountId, String messageKey,
		List<String> messageArguments, String detail, String link) implements NotifiableEvent {

	public TaskNotification {
		notifiedUnitIds = Set.copyOf(notifiedUnitIds);
		notifiedAccountIds = Set.copyOf(notifiedAccountIds);
		messageArguments = List.copyOf(messageArguments);
	}
}
