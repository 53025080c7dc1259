package org.luoshi.supervision.internal.ledger;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Deadlines as offices write them in a 完成时限 cell: 2026-06-30, 2026/6/30, 2026.6.30, 20260630, 2026年6月30日,
 * 2026年6月底, 2026年底, 2026年第二季度, each with or without a trailing 前 (2026年6月底前). A period stands for its
 * last day, which is when a task due "by the end of June" is late.
 */
final class Deadlines {

	/** Outside these years a "deadline" is a typing error (0226-06-30) or a number that is no date (a serial of 12). */
	static final int EARLIEST_YEAR = 1950;
	static final int LATEST_YEAR = 2099;

	private static final Pattern DAY = Pattern.compile("(\\d{4})(?:[-/.](\\d{1,2})[-/.]|年(\\d{1,2})月)(\\d{1,2})[日号]?");
	private static final Pattern COMPACT_DAY = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
	private static final Pattern MONTH_END = Pattern.compile("(\\d{4})年(\\d{1,2})月[底末]");
	private static final Pattern YEAR_END = Pattern.compile("(\\d{4})年年?[底末]");
	private static final Pattern QUARTER_END = Pattern.compile("(\\d{4})年第?([一二三四1-4])季度[底末]?");
	private static final Pattern BEFORE = Pattern.compile("(?:以前|之前|前)$");
	private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u3000\\u00a0]+");

	private Deadlines() {
	}

	/** The deadline a text states, or {@code null} when it states none this class knows or one no task can have. */
	static LocalDate parse(String text) {
		LocalDate date = parseAny(text);
		return date != null && isPlausible(date) ? date : null;
	}

	private static LocalDate parseAny(String text) {
		// NFKC turns full-width digits and punctuation (２０２６／６／３０) into the ASCII the patterns expect.
		String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC);
		normalized = BEFORE.matcher(WHITESPACE.matcher(normalized).replaceAll("")).replaceFirst("");
		try {
			Matcher m;
			if ((m = DAY.matcher(normalized)).matches()) {
				String month = m.group(2) != null ? m.group(2) : m.group(3);
				return LocalDate.of(number(m.group(1)), number(month), number(m.group(4)));
			}
			if ((m = COMPACT_DAY.matcher(normalized)).matches()) {
				return LocalDate.of(number(m.group(1)), number(m.group(2)), number(m.group(3)));
			}
			if ((m = MONTH_END.matcher(normalized)).matches()) {
				return YearMonth.of(number(m.group(1)), number(m.group(2))).atEndOfMonth();
			}
			if ((m = YEAR_END.matcher(normalized)).matches()) {
				return LocalDate.of(number(m.group(1)), 12, 31);
			}
			if ((m = QUARTER_END.matcher(normalized)).matches()) {
				int quarter = "一二三四1234".indexOf(m.group(2)) % 4 + 1;
				return YearMonth.of(number(m.group(1)), quarter * 3).atEndOfMonth();
			}
		}
		catch (DateTimeException noSuchDate) {
			return null; // 2026-02-30, 2026年13月底
		}
		return null;
	}

	static boolean isPlausible(LocalDate date) {
		return date.getYear() >= EARLIEST_YEAR && date.getYear() <= LATEST_YEAR;
	}

	private static int number(String digits) {
		return Integer.parseInt(digits);
	}
}
