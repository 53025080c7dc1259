package org.luoshi.audit.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import org.luoshi.shared.Actor;

/**
 * One entry of the trail as it is stored.
 *
 * @param changes field → {@code {"before": …, "after": …}}, values in the canonical form of {@link AuditChain}
 * @param sequence the entry's place in the chain; {@code null} (and so are both hashes) until the sealer chains it
 */
public record AuditEntry(long id, Instant occurredAt, Long actorAccountId, String actorUsername, String actorName,
		String ipAddress, String userAgent, String action, String targetType, String targetId, String targetLabel,
		SortedMap<String, Object> changes, Long sequence, String previousHash, String hash) {

	/** One changed field; the values are in the canonical form, the texts are for people (lists and objects as JSON). */
	public record FieldChange(String field, Object before, Object after) {

		public String beforeText() {
			return display(before);
		}

		public String afterText() {
			return display(after);
		}
	}

	public List<FieldChange> changeList() {
		List<FieldChange> list = new ArrayList<>(changes.size());
		changes.forEach((field, change) -> {
			Map<?, ?> sides = change instanceof Map<?, ?> map ? map : Map.of();
			list.add(new FieldChange(field, sides.get("before"), sides.get("after")));
		});
		return list;
	}

	private static String display(Object value) {
		if (value == null) {
			return null;
		}
		return value instanceof String text ? text : AuditChain.json(value);
	}

	/** Written by the platform itself (demo data, scheduled jobs), not by a person. */
	public boolean bySystem() {
		return actorAccountId == null && Actor.SYSTEM.username().equals(actorUsername) && !action.startsWith(AuditRecorder.SIGN_IN);
	}

	AuditChain.Content content() {
		return new AuditChain.Content(id, occurredAt, actorAccountId, actorUsername, actorName, ipAddress, userAgent, action,
				targetType, targetId, targetLabel, changes);
	}
}
