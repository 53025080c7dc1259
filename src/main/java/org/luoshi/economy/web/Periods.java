package org.luoshi.economy.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;

/** A period as {@code YYYY-MM}; this month when none is given. */
final class Periods {

	private Periods() {
	}

	static int[] parse(String period) {
		if (period == null || period.isBlank()) {
			YearMonth now = YearMonth.now();
			return new int[] { now.getYear(), now.getMonthValue() };
		}
		try {
			YearMonth month = YearMonth.parse(period.strip());
			return new int[] { month.getYear(), month.getMonthValue() };
		}
		catch (DateTimeParseException e) {
			throw new ValidationException(java.util.List.of(Violation.of("period", "economy.period.format")));
		}
	}
}
