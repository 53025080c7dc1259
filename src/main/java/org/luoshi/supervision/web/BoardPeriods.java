package org.luoshi.supervision.web;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.Optional;

/**
 * The month of the calendar and the year of the ranking, as typed in an address. They can be any of the years a goal
 * can have (the range the {@code goal} table accepts); anything else is a mistyped address, which the page answers
 * with the current month or year and a word about it rather than with an error.
 */
final class BoardPeriods {

	private static final int FIRST_YEAR = 2000;
	private static final int LAST_YEAR = 2100;

	private BoardPeriods() {
	}

	/** {@code 2026-12}; empty when absent, unreadable or out of range. */
	static Optional<YearMonth> month(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(YearMonth.parse(text.strip())).filter(month -> inRange(month.getYear()));
		}
		catch (DateTimeException e) {
			return Optional.empty();
		}
	}

	/** {@code 2026}; empty when absent, unreadable or out of range. */
	static Optional<Integer> year(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(Integer.valueOf(text.strip())).filter(BoardPeriods::inRange);
		}
		catch (NumberFormatException e) {
			return Optional.empty();
		}
	}

	/** What was typed, when something was and it could not be read: for the page to say so. */
	static String mistyped(String text, Optional<?> read) {
		return text != null && !text.isBlank() && read.isEmpty() ? text : null;
	}

	private static boolean inRange(int year) {
		return year >= FIRST_YEAR && year <= LAST_YEAR;
	}
}
