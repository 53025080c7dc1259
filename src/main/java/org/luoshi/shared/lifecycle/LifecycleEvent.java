package org.luoshi.shared.lifecycle;

import org.luoshi.shared.Changes;

/**
 * What a step did, in the past tense ({@code TaskSigned}, {@code ExtensionRequested}). A module's steps return these
 * and nothing else; its command path renders each event at once as the record's history entry, its audit entry and,
 * when someone must hear of it, its notification, so that no step assembles those by hand.
 */
public interface LifecycleEvent {

	/** The stable dotted name the audit trail records, e.g. {@code supervision.task.signed}. */
	String action();

	/** The fields the step changed, for the audit trail. */
	default Changes changes() {
		return Changes.of();
	}
}
