package org.luoshi.shared;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.luoshi.shared.AuditableEvent.Change;

/** Collects the fields a write changed, for the audit trail: only fields whose value really differs are kept. */
public final class Changes {

	private final Map<String, Change> changes = new LinkedHashMap<>();

	public static Changes of() {
		return new Changes();
	}

	public Changes field(String name, Object before, Object after) {
		if (!Objects.equals(before, after)) {
			changes.put(name, new Change(before, after));
		}
		return this;
	}

	/** Every field as newly set, for a created record. */
	public Changes created(String name, Object value) {
		if (value != null) {
			changes.put(name, new Change(null, value));
		}
		return this;
	}

	public boolean isEmpty() {
		return changes.isEmpty();
	}

	public Map<String, Change> toMap() {
		return Map.copyOf(changes);
	}

	public Map<String, Change> asOrderedMap() {
		return new LinkedHashMap<>(changes);
	}
}
