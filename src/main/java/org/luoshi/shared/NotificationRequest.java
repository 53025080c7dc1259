package org.luoshi.shared;

import java.util.List;
import java.util.Set;

/**
 * A notification as a module asks for it: the one {@link NotifiableEvent} every module publishes (supervision's tasks and
 * its daily digests, demands, visits, proposals and reports, portal registrations), since what people are told has the
 * same parts whatever told them.
 *
 * @param deliveryKey the act told of, prefixed by its kind ({@code task-event:<timeline entry id>},
 *        {@code demand-event:<id>}, {@code follow-up-digest:<day>:…}): one act, one notification
 * @param actorAccountId who acted, not told of their own act; {@code null} for the platform's own acts
 * @param detail the words that came with the act (a reason, an answer), or {@code null}
 */
public record NotificationRequest(String deliveryKey, Set<Long> notifiedUnitIds, Set<Long> notifiedAccountIds, Long actorAccountId,
		String messageKey, List<String> messageArguments, String detail, String link) implements NotifiableEvent {

	public NotificationRequest {
		notifiedUnitIds = Set.copyOf(notifiedUnitIds);
		notifiedAccountIds = Set.copyOf(notifiedAccountIds);
		messageArguments = List.copyOf(messageArguments);
	}
}
