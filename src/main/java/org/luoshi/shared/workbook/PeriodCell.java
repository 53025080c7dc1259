package org.luoshi.shared.workbook;

import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period as statistics tables write it in their 期别 column: 2026年1-9月 (cumulative to September), 2026年9月止,
 * 2026年9月份, 2026-09, 2026/9; and, where a table holds yearly figures, 2026年 or 2026年全年 (the year's December).
 */
public final class PeriodCell {

	private static final Pattern MONTHS = Pattern.compile("^(\\d{4})\\s*年?\\s*(?:1\\s*[-—~至到]\\s*)?(\\d{1,2})\\s*月(?:止|份)?$");
	private static final Pattern ISO = Pattern.compile("^(\\d{4})[-/.](\\d{1,2})$");
	private static final Pattern YEAR = Pattern.compile("^(\\d{4})\\s*年?(?:全年|度)?$");

	private PeriodCell() {
	}

	/** The month a period names; a bare year is its December when {@code yearAllowed}, else not a period. */
	public static Optional<YearMonth> month(String text, boolean yearAllowed) {
		if (text == null) {
			return Optional.empty();
		}
		String typed = text.replace(" ", "");
		Matcher matcher = MONTHS.matcher(typed);
		if (matcher.matches() || (matcher = ISO.matcher(typed)).matches()) {
			int month = Integer.parseInt(matcher.group(2));
			return month >= 1 && month <= 12 ? Optional.of(YearMonth.of(Integer.parseInt(matcher.group(1)), month)) : Optional.empty();
		}
		matcher = YEAR.matcher(typed);
		return yearAllowed && matcher.matches() ? Optional.of(YearMonth.of(Integer.parseInt(matcher.group(1)), 12)) : Optional.empty();
	}
}
