package org.luoshi.notification.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.luoshi.shared.NotifiableEvent;

import tools.jackson.databind.json.JsonMapper;

/**
 * The identity of an event: a SHA-256 of its type and its content in a canonical JSON form.
 *
 * <p>The registry hands the listener nothing but the event, and after a restart the event is one read back from JSON.
 * So the key must come from the content alone and be the same for the original and the copy: sets are written sorted
 * (the iteration order of {@code Set.of} changes from one JVM to the next, that of a deserialized set differs again)
 * and map entries by key.
 */
final class EventKeys {

	private EventKeys() {
	}

	static String of(NotifiableEvent event, JsonMapper json) {
		String canonical = event.getClass().getName() + "\n" + json.writeValueAsString(canonical(event));
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e);
		}
	}

	static Object canonical(Object value) {
		if (value instanceof Record record) {
			Map<String, Object> components = new LinkedHashMap<>();
			for (RecordComponent component : record.getClass().getRecordComponents()) {
				components.put(component.getName(), canonical(read(component, record)));
			}
			return components;
		}
		if (value instanceof Set<?> set) {
			return set.stream().map(EventKeys::canonical).sorted(Comparator.comparing(String::valueOf)).toList();
		}
		if (value instanceof Collection<?> list) {
			return list.stream().map(EventKeys::canonical).toList();
		}
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> sorted = new TreeMap<>();
			map.forEach((key, entry) -> sorted.put(String.valueOf(key), canonical(entry)));
			return sorted;
		}
		return value;
	}

	private static Object read(RecordComponent component, Record record) {
		try {
			var accessor = component.getAccessor();
			accessor.setAccessible(true); // events are often records nested in a publisher's package-private class
			return accessor.invoke(record);
		}
		catch (IllegalAccessException | InvocationTargetException e) {
			throw new IllegalStateException("Cannot read " + component.getName() + " of " + record.getClass().getName(), e);
		}
	}
}
