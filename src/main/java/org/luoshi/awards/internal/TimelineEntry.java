package org.luoshi.awards.internal;

import java.time.Instant;
import java.util.Map;

/** One entry of a campaign's, nomination's, objection's or honour's timeline: its kind, facts in order, words, who and when. */
public record TimelineEntry(long id, String kind, Map<String, String> data, String text, String actorName, Instant at) {

	/** The facts as the message's arguments, in order, then the words. */
	public Object[] arguments() {
		Object[] arguments = new Object[data.size() + 1];
		int i = 0;
		for (String value : data.values()) {
			arguments[i++] = value;
		}
		arguments[i] = text == null ? "" : text;
		return arguments;
	}
}
