package org.luoshi.enterprise;

import java.time.Instant;
import java.util.List;

/**
 * One entry of an enterprise's timeline, in words the page renders in the reader's language.
 *
 * @param source who contributed it ({@code registry}; later {@code visit}, {@code demand}, {@code proposal} …), for its
 *        icon and filtering
 * @param messageKey what happened, as a message key of the contributing module's bundle
 * @param arguments the message's arguments
 * @param itemKeys message keys of items listed after the message (the fields an edit changed), possibly empty
 * @param actorName who did it, as shown
 * @param link where the entry's own record is, {@code null} when it has none beyond the enterprise
 * @param dateOnly the entry is of a day, not of a moment (a visit on the day it took place or is planned): {@code at}
 *        is the day's start in the district's time zone, for ordering, and is shown as the day alone
 */
public record EnterpriseTimelineEntry(Instant at, String source, String messageKey, List<Object> arguments, List<String> itemKeys,
		String actorName, String link, boolean dateOnly) {

	public EnterpriseTimelineEntry {
		arguments = List.copyOf(arguments);
		itemKeys = List.copyOf(itemKeys);
	}

	/** An entry of a moment, shown with its time. */
	public EnterpriseTimelineEntry(Instant at, String source, String messageKey, List<Object> arguments, List<String> itemKeys,
			String actorName, String link) {
		this(at, source, messageKey, arguments, itemKeys, actorName, link, false);
	}

	public Object[] argumentArray() {
		return arguments.toArray();
	}
}
