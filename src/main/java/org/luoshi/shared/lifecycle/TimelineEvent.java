package org.luoshi.shared.lifecycle;

import java.util.Map;

import org.luoshi.shared.Changes;

/**
 * A lifecycle event its record's timeline keeps as a kind, the words a person wrote with the step and the facts it
 * holds — the shape the timelines of demands, proposals, legal requests, experts' questions and lectures share. Its audit
 * action is the record type's prefix and the kind; its changes are every fact and the words, as created.
 */
public interface TimelineEvent extends LifecycleEvent {

	/** What happened, e.g. {@code signed}: the timeline entry's kind and the last part of its message key. */
	String kind();

	/** The words a person wrote with the step: a reason, an answer, notes; {@code null} for none. */
	default String text() {
		return null;
	}

	/** Facts the entry keeps besides its words, in the order its message takes them as arguments. */
	default Map<String, Object> data() {
		return Map.of();
	}

	/** The audit action's prefix for the record type, e.g. {@code enterprise.demand.}. */
	String actionPrefix();

	@Override
	default String action() {
		return actionPrefix() + kind();
	}

	@Override
	default Changes changes() {
		Changes changes = Changes.of();
		data().forEach((field, value) -> changes.created(field, value == null ? null : String.valueOf(value)));
		if (text() != null) {
			changes.created("text", text());
		}
		return changes;
	}
}
