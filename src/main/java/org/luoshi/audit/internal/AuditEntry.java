package org.luoshi.audit.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.luoshi.shared.Actor;
import org.luoshi.shared.web.Masks;

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

		/** A value as plain text: a string as it is, anything else (numbers, lists, objects) as JSON. */
		public static String text(Object value) {
			return display(value);
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

	/**
	 * The entry as readers get it: phone numbers and e-mail addresses masked as in the lists ({@link Masks}). The
	 * chain is verified on the stored values; every list, the API and the export read this.
	 */
	public AuditEntry masked() {
		SortedMap<String, Object> shown = new TreeMap<>();
		changes.forEach((field, change) -> {
			Masking masking = Masking.of(field);
			if (masking == Masking.NONE || !(change instanceof Map<?, ?> sides)) {
				shown.put(field, change);
				return;
			}
			SortedMap<String, Object> maskedSides = new TreeMap<>();
			sides.forEach((side, value) -> maskedSides.put(String.valueOf(side), masking.apply(value)));
			shown.put(field, maskedSides);
		});
		return new AuditEntry(id, occurredAt, actorAccountId, actorUsername, actorName, ipAddress, userAgent, action, targetType,
				targetId, targetLabel, shown, sequence, previousHash, hash);
	}

	private enum Masking {

		NONE, PHONE, EMAIL;

		static Masking of(String field) {
			String name = field.toLowerCase(java.util.Locale.ROOT);
			if (name.contains("phone") || name.contains("mobile")) {
				return PHONE;
			}
			return name.contains("email") || name.contains("mail") ? EMAIL : NONE;
		}

		Object apply(Object value) {
			if (!(value instanceof String text) || text.isEmpty()) {
				return value;
			}
			return this == PHONE ? Masks.phone(text) : Masks.email(text);
		}
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
