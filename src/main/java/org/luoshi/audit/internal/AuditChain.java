package org.luoshi.audit.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.luoshi.shared.Digests;

/**
 * The hash chain: {@code hash = SHA-256(previous_hash + canonical text of the entry)}.
 *
 * <p>The canonical text must be reproducible from the stored row years later, by any instance. So it is not
 * whatever JSON the writer happened to produce but a fixed form: a JSON object with its keys sorted, no
 * whitespace, instants in UTC ISO-8601 ({@link DateTimeFormatter#ISO_INSTANT}) at the database's microsecond
 * precision, and numbers in plain decimal notation with their scale ({@code 1.50}, never {@code 1.5E0}). The
 * change values are normalized to that form <em>before</em> they are stored, so that what JSONB keeps (it
 * reorders keys and rewrites number formats, but keeps a numeric's digits and scale) reads back to the very
 * same text.
 */
final class AuditChain {

	/** The "previous hash" of the first entry. */
	static final String GENESIS = "0".repeat(64);

	private AuditChain() {
	}

	/** The fields of an entry that its hash covers: everything but the two hashes themselves. */
	record Content(long id, Instant occurredAt, Long actorAccountId, String actorUsername, String actorName, String ipAddress,
			String userAgent, String action, String targetType, String targetId, String targetLabel,
			SortedMap<String, Object> changes) {
	}

	static String hash(String previousHash, Content entry) {
		return sha256(previousHash + canonical(entry));
	}

	static String canonical(Content entry) {
		SortedMap<String, Object> fields = new TreeMap<>();
		fields.put("id", BigDecimal.valueOf(entry.id()));
		fields.put("occurredAt", entry.occurredAt() == null ? null : instant(entry.occurredAt()));
		fields.put("actorAccountId", entry.actorAccountId() == null ? null : BigDecimal.valueOf(entry.actorAccountId()));
		fields.put("actorUsername", entry.actorUsername());
		fields.put("actorName", entry.actorName());
		fields.put("ipAddress", entry.ipAddress());
		fields.put("userAgent", entry.userAgent());
		fields.put("action", entry.action());
		fields.put("targetType", entry.targetType());
		fields.put("targetId", entry.targetId());
		fields.put("targetLabel", entry.targetLabel());
		fields.put("changes", entry.changes());
		return json(fields);
	}

	/**
	 * Turns any value an event may carry into the canonical tree: {@code null}, {@link String}, {@link Boolean},
	 * {@link BigDecimal}, a {@link List} or a {@link SortedMap} of those. Enums become their name, instants
	 * their UTC ISO text, anything else its {@code toString()}.
	 */
	static Object normalize(Object value) {
		if (value == null || value instanceof Boolean) {
			return value;
		}
		if (value instanceof String text) {
			return text(text);
		}
		if (value instanceof BigDecimal decimal) {
			return new BigDecimal(decimal.toPlainString());
		}
		if (value instanceof BigInteger integer) {
			return new BigDecimal(integer);
		}
		if (value instanceof Double || value instanceof Float) {
			double number = ((Number) value).doubleValue();
			// JSON has no NaN or infinity; keep them readable rather than fail the write.
			return Double.isFinite(number) ? new BigDecimal(value.toString()) : value.toString();
		}
		if (value instanceof Number number) {
			return BigDecimal.valueOf(number.longValue());
		}
		if (value instanceof Enum<?> constant) {
			return constant.name();
		}
		if (value instanceof Instant instant) {
			return instant(instant);
		}
		if (value instanceof OffsetDateTime time) {
			return instant(time.toInstant());
		}
		if (value instanceof ZonedDateTime time) {
			return instant(time.toInstant());
		}
		if (value instanceof Map<?, ?> map) {
			SortedMap<String, Object> sorted = new TreeMap<>();
			map.forEach((key, item) -> sorted.put(text(String.valueOf(key)), normalize(item)));
			return sorted;
		}
		if (value instanceof Collection<?> items) {
			List<Object> list = new ArrayList<>(items.size());
			items.forEach(item -> list.add(normalize(item)));
			return list;
		}
		if (value instanceof Object[] items) {
			return normalize(List.of(items));
		}
		return text(value.toString());
	}

	/**
	 * PostgreSQL text holds neither NUL nor half a surrogate pair (the driver would store {@code ?}, and the stored
	 * row would no longer match its hash): both become U+FFFD.
	 */
	static String text(String value) {
		if (value == null) {
			return null;
		}
		StringBuilder clean = new StringBuilder(value.length());
		value.codePoints().forEach(cp -> clean.appendCodePoint(cp == 0 || (cp <= 0xFFFF && Character.isSurrogate((char) cp)) ? 0xFFFD : cp));
		return clean.toString();
	}

	/** Cuts to at most {@code max} UTF-16 units without splitting a surrogate pair. */
	static String truncate(String value, int max) {
		String clean = text(value);
		if (clean == null || clean.length() <= max) {
			return clean;
		}
		int end = Character.isHighSurrogate(clean.charAt(max - 1)) ? max - 1 : max;
		return clean.substring(0, end);
	}

	/** The instant as the database keeps it: microseconds. */
	static Instant databasePrecision(Instant instant) {
		return instant.truncatedTo(ChronoUnit.MICROS);
	}

	/** Canonical JSON of a normalized tree: sorted keys, no whitespace, plain numbers. */
	static String json(Object value) {
		StringBuilder out = new StringBuilder();
		write(out, value);
		return out.toString();
	}

	private static void write(StringBuilder out, Object value) {
		if (value == null) {
			out.append("null");
		}
		else if (value instanceof Boolean || value instanceof BigDecimal) {
			out.append(value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString());
		}
		else if (value instanceof String text) {
			quote(out, text);
		}
		else if (value instanceof Map<?, ?> map) {
			out.append('{');
			boolean first = true;
			for (Map.Entry<?, ?> entry : new TreeMap<>(map).entrySet()) {
				out.append(first ? "" : ",");
				quote(out, (String) entry.getKey());
				out.append(':');
				write(out, entry.getValue());
				first = false;
			}
			out.append('}');
		}
		else if (value instanceof List<?> list) {
			out.append('[');
			for (int i = 0; i < list.size(); i++) {
				out.append(i == 0 ? "" : ",");
				write(out, list.get(i));
			}
			out.append(']');
		}
		else {
			throw new IllegalArgumentException("Not a normalized value: " + value.getClass());
		}
	}

	private static void quote(StringBuilder out, String text) {
		out.append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		out.append('"');
	}

	private static String instant(Instant instant) {
		return DateTimeFormatter.ISO_INSTANT.format(databasePrecision(instant));
	}

	static String sha256(String text) {
		return Digests.sha256(text);
	}
}
