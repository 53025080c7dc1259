package org.luoshi.dashboard.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The month the dashboard shows, typed as {@code YYYY-MM}; this month when none is given. A month that is none, or one
 * outside the years the district keeps figures for, is no month: the page shows this month and says why, the API
 * refuses it.
 */
public record DashboardMonth(int year, int month) {

	static final int FIRST_YEAR = 2000;
	static final int LAST_YEAR = 2100;

	/** The month typed, empty when it is none; this month ({@code today}'s) when nothing was typed. */
	public static Optional<DashboardMonth> parse(String period, LocalDate today) {
		if (period == null || period.isBlank()) {
			return Optional.of(of(today));
		}
		try {
			YearMonth month = YearMonth.parse(period.strip());
			if (month.getYear() < FIRST_YEAR || month.getYear() > LAST_YEAR) {
				return Optional.empty();
			}
			return Optional.of(new DashboardMonth(month.getYear(), month.getMonthValue()));
		}
		catch (DateTimeParseException e) {
			return Optional.empty();
		}
	}

	public static DashboardMonth of(LocalDate day) {
		return new DashboardMonth(day.getYear(), day.getMonthValue());
	}

	public YearMonth yearMonth() {
		return YearMonth.of(year, month);
	}

	/** {@code 2026-09}, as the period parameter and the economy's pages take it. */
	@Override
	public String toString() {
		return yearMonth().toString();
	}
}
