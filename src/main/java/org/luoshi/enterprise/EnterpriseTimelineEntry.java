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
 */
public record EnterpriseTimelineEntry(Instant at, String source, String messageKey, List<Object> arguments, List<String> itemKeys,
		String actorName, String link) {

	public EnterpriseTimelineEntry {
		arguments = List.copyOf(arguments);
		itemKeys = List.copyOf(itemKeys);
	}

	public Object[] argumentArray() {
		return arguments.toArray();
	}
}
