package org.luoshi.shared;

import java.util.Map;

/**
 * A write that the audit trail must record. Every command publishes one inside its transaction, so a
 * write without its audit entry cannot commit.
 *
 * <p>Who, when and from which address are added by the audit module from the request; the event only
 * says what happened.
 */
public interface AuditableEvent {

	/** A stable, dotted action name, e.g. {@code organization.unit.renamed}. */
	String action();

	/** The kind of record written, e.g. {@code unit}. */
	String targetType();

	/** The record's id, as text. */
	String targetId();

	/** A human-readable label of the record (its name), kept so that the trail reads without joins. */
	String targetLabel();

	/** Changed fields: name → [before, after]; either side may be null (created, removed). */
	default Map<String, Change> changes() {
		return Map.of();
	}

	record Change(Object before, Object after) {
	}
}
