package org.luoshi.shared;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Deadlines as Chinese offices write them, read in one place for every module: a whole 完成时限 cell of a ledger
 * ({@link #deadlineCell}: 2026-06-30, 2026年6月底前, 2026年第二季度 …) and the deadlines named inside a sentence of a
 * report ({@link #latestDeadlineIn}: 6月底前, 三季度, 年底, 2025年12月底 …, relative to the year the text plans). A
 * period stands for its last day, which is when a task due "by the end of June" is late.
 */
public final class ChineseDates {

	/** Outside these years a "deadline" is a typing error (0226-06-30) or a number that is no date (a serial of 12). */
	public static final int EARLIEST_YEAR = 1950;
	public static final int LATEST_YEAR = 2099;

	private static final String CN_SMALL = "[一二三四五六七八九十]{1,3}";

	private static final Pattern DAY = Pattern.compile("(\\d{4})(?:[-/.](\\d{1,2})[-/.]|年(\\d{1,2})月)(\\d{1,2})[日号]?");
	private static final Pattern COMPACT_DAY = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
	private static final Pattern MONTH_END = Pattern.compile("(\\d{4})年(\\d{1,2})月[底末]");
	private static final Pattern YEAR_END = Pattern.compile("(\\d{4})年年?[底末]");
	private static final Pattern QUARTER_END = Pattern.compile("(\\d{4})年第?([一二三四1-4])季度[底末]?");
	private static final Pattern BEFORE = Pattern.compile("(?:以前|之前|前)$");
	private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u3000\\u00a0]+");

	/** Deadline phrases inside running text; each resolves to the last day of the period it names. */
	private static final Pattern IN_TEXT = Pattern.compile(
			"(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日"
					+ "|(\\d{4})\\s*年\\s*(\\d{1,2}|" + CN_SMALL + ")\\s*月(?:底|末|前|份|中旬|上旬|下旬|内)?"
					+ "|(\\d{4})\\s*年\\s*(?:第)?([一二三四1-4])季度"
					+ "|(\\d{4})\\s*年\\s*(上半年|年中|下半年|底|末|年底|年末|前|内|全年|度)?"
					+ "|(?<![\\d年])(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日(?:前|之前|以前)?"
					+ "|(?<![\\d年])(\\d{1,2}|" + CN_SMALL + ")\\s*月(底|末|前|份前|中旬前|上旬前|下旬前|内)"
					+ "|(?:第)?([一二三四])季度(?:末|底|前)?"
					+ "|(上半年|下半年|年中|今年|全年|年内|年底|年末|本年度|当年|明年|次年)");

	private ChineseDates() {
	}

	/**
	 * The deadline a whole cell states (2026-06-30, 2026/6/30, 20260630, 2026年6月30日, 2026年6月底, 2026年底,
	 * 2026年第二季度, each with or without 前), or {@code null} when it states none, or one no task can have.
	 */
	public static LocalDate deadlineCell(String text) {
		// NFKC turns full-width digits and punctuation (２０２６／６／３０) into the ASCII the patterns expect.
		String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC);
		normalized = BEFORE.matcher(WHITESPACE.matcher(normalized).replaceAll("")).replaceFirst("");
		Matcher m;
		if ((m = DAY.matcher(normalized)).matches()) {
			return date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(3)),
					Integer.parseInt(m.group(4)));
		}
		if ((m = COMPACT_DAY.matcher(normalized)).matches()) {
			return date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
		}
		if ((m = MONTH_END.matcher(normalized)).matches()) {
			return endOfMonth(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
		}
		if ((m = YEAR_END.matcher(normalized)).matches()) {
			return date(Integer.parseInt(m.group(1)), 12, 31);
		}
		if ((m = QUARTER_END.matcher(normalized)).matches()) {
			return endOfQuarter(Integer.parseInt(m.group(1)), smallNumber(m.group(2)));
		}
		return null;
	}

	/**
	 * The latest deadline a sentence names. A period without a year (6月底, 三季度, 年底) falls in {@code planYear};
	 * 今年 and 明年 count from {@code currentYear}. A bare year before the current one ("比2020年增长") is history,
	 * not a deadline; a past deadline named to the month, quarter or year end is kept, for the reader to flag.
	 * {@code null} when it names none.
	 */
	public static LocalDate latestDeadlineIn(String text, Integer planYear, Integer currentYear) {
		if (text.indexOf('年') < 0 && text.indexOf('月') < 0 && text.indexOf('季') < 0) {
			return null;
		}
		LocalDate latest = null;
		Matcher m = IN_TEXT.matcher(text);
		while (m.find()) {
			LocalDate found = inText(m, planYear, currentYear);
			if (found != null && (currentYear == null || found.getYear() >= currentYear || isExplicit(m.group()))
					&& (latest == null || found.isAfter(latest))) {
				latest = found;
			}
		}
		return latest;
	}

	/** Whether a task could be due on the date: within {@link #EARLIEST_YEAR} and {@link #LATEST_YEAR}. */
	public static boolean isPlausible(LocalDate date) {
		return date.getYear() >= EARLIEST_YEAR && date.getYear() <= LATEST_YEAR;
	}

	/** The date, or {@code null} when there is no such day (2026-02-30) or the year is implausible. */
	public static LocalDate date(int year, int month, int day) {
		try {
			LocalDate date = LocalDate.of(year, month, day);
			return isPlausible(date) ? date : null;
		}
		catch (DateTimeException e) {
			return null;
		}
	}

	private static boolean isExplicit(String phrase) {
		return phrase.indexOf('月') >= 0 || phrase.indexOf('季') >= 0 || phrase.indexOf('底') >= 0 || phrase.indexOf('末') >= 0
				|| phrase.indexOf('前') >= 0;
	}

	private static LocalDate inText(Matcher m, Integer planYear, Integer currentYear) {
		if (m.group(1) != null) {
			return date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
		}
		if (m.group(4) != null) {
			return endOfMonth(Integer.parseInt(m.group(4)), smallNumber(m.group(5)));
		}
		if (m.group(6) != null) {
			return endOfQuarter(Integer.parseInt(m.group(6)), smallNumber(m.group(7)));
		}
		if (m.group(8) != null) {
			int year = Integer.parseInt(m.group(8));
			String period = m.group(9);
			return "上半年".equals(period) || "年中".equals(period) ? date(year, 6, 30) : date(year, 12, 31);
		}
		if (planYear == null) {
			return null;
		}
		if (m.group(10) != null) {
			return date(planYear, Integer.parseInt(m.group(10)), Integer.parseInt(m.group(11)));
		}
		if (m.group(12) != null) {
			return endOfMonth(planYear, smallNumber(m.group(12)));
		}
		if (m.group(14) != null) {
			return endOfQuarter(planYear, smallNumber(m.group(14)));
		}
		int current = currentYear != null ? currentYear : planYear;
		return switch (m.group(15)) {
			case "上半年", "年中" -> date(planYear, 6, 30);
			case "今年", "当年" -> date(current, 12, 31);
			case "明年", "次年" -> date(current + 1, 12, 31);
			default -> date(planYear, 12, 31);
		};
	}

	/** 1–31 in digits or in Chinese numerals (三, 十二, 二十八). */
	private static int smallNumber(String text) {
		if (Character.isDigit(text.charAt(0))) {
			return Integer.parseInt(text);
		}
		int ten = text.indexOf('十');
		if (ten < 0) {
			return digit(text.charAt(0));
		}
		int tens = ten == 0 ? 1 : digit(text.charAt(0));
		int units = ten == text.length() - 1 ? 0 : digit(text.charAt(ten + 1));
		return tens * 10 + units;
	}

	private static int digit(char c) {
		return "〇一二三四五六七八九".indexOf(c);
	}

	private static LocalDate endOfMonth(int year, int month) {
		if (month < 1 || month > 12) {
			return null;
		}
		LocalDate end = YearMonth.of(year, month).atEndOfMonth();
		return isPlausible(end) ? end : null;
	}

	private static LocalDate endOfQuarter(int year, int quarter) {
		return quarter >= 1 && quarter <= 4 ? endOfMonth(year, quarter * 3) : null;
	}
}
