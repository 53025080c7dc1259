package org.luoshi.shared;

import java.util.Map;

/**
 * The plain audit event of a write that no other module needs to react to: "unit 12 renamed", "staff 7
 * deactivated". Writes that other modules do react to publish their own past-tense event type instead,
 * which also implements {@link AuditableEvent}.
 */
public record RecordChanged(String action, String targetType, String targetId, String targetLabel,
		Map<String, Change> changes) implements AuditableEvent {

	public static RecordChanged of(String action, String targetType, Object targetId, String targetLabel, Changes changes) {
		return new RecordChanged(action, targetType, String.valueOf(targetId), targetLabel, changes.asOrderedMap());
	}
}
