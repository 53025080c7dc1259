package org.luoshi.enterprise.demands.internal;

import java.util.List;
import java.util.Set;

import org.luoshi.shared.NotifiableEvent;

/**
 * What the demand desk tells people: a demand given to their unit, a return to decide, a reminder, an escalation, an
 * answer to rate. Keyed by the timeline entry it tells of ({@code demand-event:<id>}).
 */
public record DemandNotification(String deliveryKey, Set<Long> notifiedUnitIds, Set<Long> notifiedAccountIds, Long actorAccountId,
		String messageKey, List<String> messageArguments, String detail, String link) implements NotifiableEvent {

	public DemandNotification {
		notifiedUnitIds = Set.copyOf(notifiedUnitIds);
		notifiedAccountIds = Set.copyOf(notifiedAccountIds);
		messageArguments = List.copyOf(messageArguments);
	}
}
