package org.luoshi.calendar.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import org.luoshi.shared.Violation;

/**
 * Reads the calendar's fields as people and clients type them, each problem a violation on its field, so that a page
 * and the API refuse the same input with the same words.
 */
public final class CalendarInput {

	/** The years the calendar's table accepts (V1); a year outside them is refused before anything is asked of it. */
	public static final int FIRST_YEAR = 2000;
	public static final int LAST_YEAR = 2100;

	static final int NAME_LENGTH = 20;
	static final int NOTICE_LENGTH = 60;
	static final int SOURCE_LENGTH = 500;

	private CalendarInput() {
	}

	/** A date as {@code 2026-10-01}; {@code null} (with a violation) when missing or unreadable. */
	public static LocalDate date(String text, String field, List<Violation> violations) {
		if (text == null || text.isBlank()) {
			violations.add(Violation.of(field, "validation.required"));
			return null;
		}
		try {
			LocalDate date = LocalDate.parse(text.strip());
			return yearInRange(date.getYear(), field, violations) != null ? date : null;
		}
		catch (DateTimeParseException e) {
			violations.add(Violation.of(field, "calendar.validation.date.format"));
			return null;
		}
	}

	/** A year of the calendar's range; {@code null} (with a violation) when missing, unreadable or out of range. */
	public static Integer year(String text, String field, List<Violation> violations) {
		if (text == null || text.isBlank()) {
			violations.add(Violation.of(field, "validation.required"));
			return null;
		}
		if (!text.strip().matches("\\d{4}")) {
			violations.add(Violation.of(field, "calendar.validation.year.format"));
			return null;
		}
		return yearInRange(Integer.parseInt(text.strip()), field, violations);
	}

	private static Integer yearInRange(int year, String field, List<Violation> violations) {
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			violations.add(Violation.of(field, "calendar.validation.year.range", String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR)));
			return null;
		}
		return year;
	}

	/** The setting of a day: {@code HOLIDAY}, {@code MAKEUP_WORKDAY} or {@code ORDINARY}, in any case. */
	static DaySetting setting(String text, String field, List<Violation> violations) {
		if (text == null || text.isBlank()) {
			violations.add(Violation.of(field, "validation.required"));
			return null;
		}
		try {
			return DaySetting.valueOf(text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			violations.add(Violation.of(field, "calendar.validation.kind.unknown"));
			return null;
		}
	}

	/** A required short text of one line, stripped. */
	static String name(String text, String field, List<Violation> violations) {
		String name = text == null ? "" : text.strip();
		if (name.isEmpty()) {
			violations.add(Violation.of(field, "validation.required"));
			return null;
		}
		return oneLine(name, NAME_LENGTH, field, violations);
	}

	/** An optional text of one line, stripped; empty when not given. */
	static String optional(String text, int length, String field, List<Violation> violations) {
		String value = text == null ? "" : text.strip();
		return value.isEmpty() ? "" : oneLine(value, length, field, violations);
	}

	/** An optional web address of the notice. */
	static String sourceUrl(String text, String field, List<Violation> violations) {
		String url = optional(text, SOURCE_LENGTH, field, violations);
		if (url != null && !url.isEmpty() && !url.matches("(?i)https?://\\S+")) {
			violations.add(Violation.of(field, "calendar.validation.source.url"));
			return null;
		}
		return url;
	}

	private static String oneLine(String value, int length, String field, List<Violation> violations) {
		if (value.codePointCount(0, value.length()) > length) {
			violations.add(Violation.of(field, "validation.too-long", length));
			return null;
		}
		if (value.codePoints().anyMatch(Character::isISOControl)) {
			violations.add(Violation.of(field, "calendar.validation.text.control"));
			return null;
		}
		return value;
	}
}
