package org.luoshi.enterprise.visits.internal;

import java.util.List;
import java.util.Set;

import org.luoshi.shared.NotifiableEvent;

/**
 * What visits tell people: the towns whose enterprises a visit covers hear that it was planned or called off.
 *
 * @param deliveryKey {@code visit-event:<timeline entry id>}: one act, one notification
 */
public record VisitNotification(String deliveryKey, Set<Long> notifiedUnitIds, Long actorAccountId, String messageKey,
		List<String> messageArguments, String detail, String link) implements NotifiableEvent {

	public VisitNotification {
		notifiedUnitIds = Set.copyOf(notifiedUnitIds);
		messageArguments = List.copyOf(messageArguments);
	}
}
