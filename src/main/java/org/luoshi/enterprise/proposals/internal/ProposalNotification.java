package org.luoshi.enterprise.proposals.internal;

import java.util.List;
import java.util.Set;

import org.luoshi.shared.NotifiableEvent;

/**
 * What the proposal desk tells people: a proposal to examine, accepted or not, assigned to their unit, answered, to be
 * answered again, a report forwarded. Keyed by the timeline entry it tells of ({@code proposal-event:<id>}).
 */
public record ProposalNotification(String deliveryKey, Set<Long> notifiedUnitIds, Set<Long> notifiedAccountIds, Long actorAccountId,
		String messageKey, List<String> messageArguments, String detail, String link) implements NotifiableEvent {

	public ProposalNotification {
		notifiedUnitIds = Set.copyOf(notifiedUnitIds);
		notifiedAccountIds = Set.copyOf(notifiedAccountIds);
		messageArguments = List.copyOf(messageArguments);
	}
}
