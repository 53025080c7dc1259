package org.luoshi.support;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.luoshi.audit.web.AuditTexts;

/**
 * The names the audit trail shows for what an entry did and what it is about ({@code audit.action.<action>},
 * {@code audit.target.<type>}) and for the fields it changed ({@code audit.field.<field>}, or the forms
 * {@link AuditTexts#names} allows for the fields that carry a number or a record's name), for the tests that every
 * action, record type and field written has one in both languages.
 * <p>
 * The bundles are read as files, Chinese and English apart: through a {@code MessageSource} a key missing from the
 * English bundle would quietly fall back to the Chinese text, and one missing from both would show the code, which is
 * what the page does too — so nothing would fail.
 */
public final class AuditNames {

	private static final Path BUNDLES = Path.of("src/main/resources/messages");

	private AuditNames() {
	}

	/** The keys either language lacks, each with the languages that lack it, e.g. {@code audit.target.demand (zh, en)}. */
	public static List<String> unnamed(Collection<String> actions, Collection<String> targetTypes) {
		Set<String> keys = new TreeSet<>();
		actions.forEach(action -> keys.add("audit.action." + action));
		targetTypes.forEach(type -> keys.add("audit.target." + type));
		Properties zh = merged(false);
		Properties en = merged(true);
		List<String> missing = new ArrayList<>();
		for (String key : keys) {
			List<String> lacking = new ArrayList<>();
			if (zh.getProperty(key) == null) {
				lacking.add("zh");
			}
			if (en.getProperty(key) == null) {
				lacking.add("en");
			}
			if (!lacking.isEmpty()) {
				missing.add(key + " (" + String.join(", ", lacking) + ")");
			}
		}
		return missing;
	}

	/**
	 * The fields either language lacks a name for, each with the languages that lack it, e.g. {@code level (zh, en)};
	 * a field is named by the first of {@link AuditTexts#names} that the bundle holds, as on the page.
	 */
	public static List<String> unnamedFields(Collection<String> fields) {
		Properties zh = merged(false);
		Properties en = merged(true);
		List<String> missing = new ArrayList<>();
		for (String field : new TreeSet<>(fields)) {
			List<String> lacking = new ArrayList<>();
			if (!names(zh, field)) {
				lacking.add("zh");
			}
			if (!names(en, field)) {
				lacking.add("en");
			}
			if (!lacking.isEmpty()) {
				missing.add(field + " (" + String.join(", ", lacking) + ")");
			}
		}
		return missing;
	}

	private static boolean names(Properties bundle, String field) {
		return AuditTexts.names(field).stream()
			.anyMatch(name -> bundle.getProperty(name.key()) != null
					&& (name.qualifier() == null || bundle.getProperty("audit.field.qualified") != null));
	}

	/** The records a sealed event type can be: its permitted subclasses, down through sealed sub-interfaces. */
	public static Set<Class<?>> leaves(Class<?> sealed) {
		Set<Class<?>> leaves = new LinkedHashSet<>();
		for (Class<?> permitted : sealed.getPermittedSubclasses()) {
			if (permitted.isSealed()) {
				leaves.addAll(leaves(permitted));
			}
			else {
				leaves.add(permitted);
			}
		}
		return leaves;
	}

	/**
	 * One instance of an event record whose action is a constant: every component {@code null}, zero or {@code false}.
	 * Only for records whose action does not depend on their fields; the others are listed with each value that names
	 * a different action.
	 */
	public static Object blank(Class<?> record) {
		RecordComponent[] components = record.getRecordComponents();
		Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
		Object[] values = Arrays.stream(types).map(AuditNames::blankValue).toArray();
		try {
			Constructor<?> constructor = record.getDeclaredConstructor(types);
			constructor.setAccessible(true);
			return constructor.newInstance(values);
		}
		catch (ReflectiveOperationException e) {
			throw new IllegalStateException("Cannot make a blank " + record.getName(), e);
		}
	}

	private static Object blankValue(Class<?> type) {
		if (!type.isPrimitive()) {
			return null;
		}
		if (type == boolean.class) {
			return false;
		}
		if (type == long.class) {
			return 0L;
		}
		if (type == double.class) {
			return 0d;
		}
		if (type == float.class) {
			return 0f;
		}
		if (type == char.class) {
			return '\0';
		}
		if (type == byte.class) {
			return (byte) 0;
		}
		if (type == short.class) {
			return (short) 0;
		}
		return 0;
	}

	/** Every Chinese (or English) bundle in one: the application reads them all as one message source. */
	private static Properties merged(boolean english) {
		Properties merged = new Properties();
		try (Stream<Path> files = Files.list(BUNDLES)) {
			for (Path bundle : files.filter(path -> path.toString().endsWith(".properties")).sorted().toList()) {
				if (bundle.getFileName().toString().endsWith("_en.properties") == english) {
					try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
						merged.load(reader);
					}
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return merged;
	}
}
