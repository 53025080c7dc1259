package org.luoshi.supervision.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.luoshi.shared.Violation;

/** Reading what people typed: each mistake becomes a violation on its field, and reading goes on to find the next. */
public final class Inputs {

	static final int MAX_CONTENT = 2000;
	static final int MAX_TEXT = 4000;
	public static final int MAX_TAG = 100;
	static final int MAX_TAGS = 10;

	private Inputs() {
	}

	/** The date typed as {@code YYYY-MM-DD}, {@code null} when blank or wrong (a wrong one is reported). */
	static LocalDate date(String typed, String field, List<Violation> violations) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(typed.strip());
		}
		catch (DateTimeParseException e) {
			violations.add(Violation.of(field, "supervision.date.invalid"));
			return null;
		}
	}

	/** Stripped text, required and at most {@code max} characters; {@code null} when missing. */
	static String required(String text, String field, int max, List<Violation> violations) {
		String value = text == null ? "" : text.strip();
		if (value.isEmpty()) {
			violations.add(Violation.of(field, "validation.required"));
			return null;
		}
		if (value.length() > max) {
			violations.add(Violation.of(field, "validation.too-long", max));
			return null;
		}
		return value;
	}

	/** Stripped text or {@code null}, at most {@code max} characters. */
	static String optional(String text, String field, int max, List<Violation> violations) {
		String value = text == null ? "" : text.strip();
		if (value.length() > max) {
			violations.add(Violation.of(field, "validation.too-long", max));
		}
		return value.isEmpty() ? null : value;
	}

	/** Tags stripped, blanks dropped, each once, in the order given. */
	static List<String> tags(List<String> tags, List<Violation> violations) {
		Set<String> distinct = new LinkedHashSet<>();
		for (String tag : tags) {
			if (tag != null && !tag.isBlank()) {
				String value = tag.strip();
				if (value.length() > MAX_TAG) {
					violations.add(Violation.of("tags", "validation.too-long", MAX_TAG));
				}
				else {
					distinct.add(value);
				}
			}
		}
		if (distinct.size() > MAX_TAGS) {
			violations.add(Violation.of("tags", "supervision.task.tags.too-many", MAX_TAGS));
		}
		return new ArrayList<>(distinct);
	}

	public static String abbreviate(String text, int max) {
		if (text == null) {
			return "";
		}
		return text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}
}
