package org.luoshi.reports.internal.extraction;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates of documents and deadlines of tasks. A date without a year takes the year the document deploys work
 * for ("部署2024年工作", "2024年重点工作", the year after "总结2023年工作") — the year before when the date
 * falls in October or later, as a December conference plans the next year — else the caller's reference date.
 * Deadlines are the last day of what the text names: 全年/年底 → 31 December, 6月底 → 30 June, 上半年 → 30 June,
 * 三季度 → 30 September.
 */
final class Dates {

	/**
	 * The years a text speaks of: {@code current} is the year it was written (今年, 明年 count from it),
	 * {@code plan} the year it deploys (全年, 年底, 6月底 without a year fall in it). They differ for a
	 * conference in December that plans the next year.
	 */
	record Years(Integer current, Integer plan) {

		static final Years UNKNOWN = new Years(null, null);

		static Years of(Integer current, Integer plan) {
			return new Years(current != null ? current : plan, plan != null ? plan : current);
		}
	}

	private static final String CN_DIGIT = "[〇零一二三四五六七八九]";
	private static final String CN_SMALL = "[一二三四五六七八九十]{1,3}";

	private static final Pattern FULL = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
	private static final Pattern CN_FULL = Pattern.compile("(" + CN_DIGIT + "{4})年(" + CN_SMALL + ")月(" + CN_SMALL + ")日");
	private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})[-./](\\d{1,2})[-./](\\d{1,2})(?!\\d)");
	private static final Pattern MONTH_DAY = Pattern.compile("(?<![\\d年])(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");

	private static final Pattern OPENING = Pattern.compile("[（(——\\s]*(?:\\d{4}\\s*年\\s*)?\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日(?![前底])"
			+ "|[（(——\\s]*" + CN_DIGIT + "{4}年" + CN_SMALL + "月" + CN_SMALL + "日");
	private static final Pattern DATE_LINE = Pattern.compile("[（(]?\\s*(?:\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|"
			+ CN_DIGIT + "{4}年" + CN_SMALL + "月" + CN_SMALL + "日|\\d{4}[-./]\\d{1,2}[-./]\\d{1,2})\\s*[）)]?");

	private static final Pattern DEPLOYED_YEAR = Pattern.compile("部署(\\d{4})年|(\\d{4})年[^。，,；;：:]{0,14}?(?:工作安排|重点工作|工作要点|主要预期目标|主要目标|目标任务|工作任务|工作计划|重点任务|要重点|要着力|将重点|将着力|政府工作报告)");
	private static final Pattern REVIEWED_YEAR = Pattern.compile("总结(\\d{4})年|(\\d{4})年工作回顾|过去的(\\d{4})年|回顾了?(\\d{4})年");

	/** Deadline phrases; each resolves to the last day of the period it names. */
	private static final Pattern DEADLINE = Pattern.compile(
			"(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日"
					+ "|(\\d{4})\\s*年\\s*(\\d{1,2}|" + CN_SMALL + ")\\s*月(?:底|末|前|份|中旬|上旬|下旬|内)?"
					+ "|(\\d{4})\\s*年\\s*(?:第)?([一二三四1-4])季度"
					+ "|(\\d{4})\\s*年\\s*(上半年|年中|下半年|底|末|年底|年末|前|内|全年|度)?"
					+ "|(?<![\\d年])(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日(?:前|之前|以前)?"
					+ "|(?<![\\d年])(\\d{1,2}|" + CN_SMALL + ")\\s*月(底|末|前|份前|中旬前|上旬前|下旬前|内)"
					+ "|(?:第)?([一二三四])季度(?:末|底|前)?"
					+ "|(上半年|下半年|年中|今年|全年|年内|年底|年末|本年度|当年|明年|次年)");

	private Dates() {
	}

	static boolean isDateLine(String text) {
		return text.length() <= 24 && DATE_LINE.matcher(text).matches();
	}

	/**
	 * The first date in a text; a date without a year takes {@code deployedYear} (the year before from
	 * October on), else {@code referenceYear}; {@code null} if there is none or no year is known.
	 */
	static LocalDate firstDate(String text, Integer deployedYear, Integer referenceYear) {
		LocalDate found = null;
		int at = Integer.MAX_VALUE;
		Matcher m = FULL.matcher(text);
		if (m.find()) {
			found = date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
			at = m.start();
		}
		m = CN_FULL.matcher(text);
		if (m.find() && m.start() < at) {
			found = date((int) ChineseNumbers.parse(m.group(1)), (int) ChineseNumbers.parse(m.group(2)),
					(int) ChineseNumbers.parse(m.group(3)));
			at = m.start();
		}
		m = ISO.matcher(text);
		if (m.find() && m.start() < at) {
			found = date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
			at = m.start();
		}
		m = MONTH_DAY.matcher(text);
		if (m.find() && m.start() < at) {
			int month = Integer.parseInt(m.group(1));
			Integer year = deployedYear != null ? Integer.valueOf(month >= 10 ? deployedYear - 1 : deployedYear)
					: referenceYear;
			found = year == null ? null : date(year, month, Integer.parseInt(m.group(2)));
		}
		return found;
	}

	/**
	 * The date a text opens with ("1月10日，…召开", "（2025年2月18日）", "——2025年1月15日在…"), not one it names
	 * later or as a deadline ("3月底前"); {@code null} if it opens otherwise.
	 */
	static LocalDate openingDate(String text, Integer deployedYear, Integer referenceYear) {
		String opening = text.length() > 24 ? text.substring(0, 24) : text;
		Matcher m = OPENING.matcher(opening);
		if (!m.lookingAt()) {
			return null;
		}
		return firstDate(opening.substring(0, m.end()), deployedYear, referenceYear);
	}

	/** The year a document deploys work for, from its own words; {@code null} if it does not say. */
	static Integer deployedYear(List<String> texts) {
		for (String text : texts) {
			Matcher m = DEPLOYED_YEAR.matcher(text);
			if (m.find()) {
				return Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
			}
		}
		for (String text : texts) {
			Matcher m = REVIEWED_YEAR.matcher(text);
			if (m.find()) {
				for (int g = 1; g <= m.groupCount(); g++) {
					if (m.group(g) != null) {
						return Integer.parseInt(m.group(g)) + 1;
					}
				}
			}
		}
		return null;
	}

	/**
	 * The deadline a text names: the latest of the periods it mentions, relative to {@code years} where the
	 * text gives no year. A bare year before the current one is history, not a deadline; a past deadline named to
	 * the month, quarter or year end is kept (the task is then flagged as overdue from the start).
	 */
	static LocalDate deadline(String text, Years years) {
		if (text.indexOf('年') < 0 && text.indexOf('月') < 0 && text.indexOf('季') < 0) {
			// every deadline names a year, a month or a quarter
			return null;
		}
		LocalDate latest = null;
		Matcher m = DEADLINE.matcher(text);
		while (m.find()) {
			LocalDate found = deadlineOf(m, years);
			if (found != null && (years.current() == null || found.getYear() >= years.current() || isExplicit(m.group()))
					&& (latest == null || found.isAfter(latest))) {
				latest = found;
			}
		}
		return latest;
	}

	/**
	 * "2025年12月底前", "2025年第三季度": a deadline named to the month or quarter is kept even when it has passed,
	 * for the reviewer to see; a bare past year ("2020年") is history.
	 */
	private static boolean isExplicit(String phrase) {
		return phrase.indexOf('月') >= 0 || phrase.indexOf('季') >= 0 || phrase.indexOf('底') >= 0 || phrase.indexOf('末') >= 0
				|| phrase.indexOf('前') >= 0;
	}

	private static LocalDate deadlineOf(Matcher m, Years years) {
		if (m.group(1) != null) {
			return date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
		}
		if (m.group(4) != null) {
			return endOfMonth(Integer.parseInt(m.group(4)), number(m.group(5)));
		}
		if (m.group(6) != null) {
			return endOfQuarter(Integer.parseInt(m.group(6)), number(m.group(7)));
		}
		if (m.group(8) != null) {
			int y = Integer.parseInt(m.group(8));
			String period = m.group(9);
			return "上半年".equals(period) || "年中".equals(period) ? date(y, 6, 30) : date(y, 12, 31);
		}
		Integer year = years.plan();
		if (year == null) {
			return null;
		}
		if (m.group(10) != null) {
			return date(year, Integer.parseInt(m.group(10)), Integer.parseInt(m.group(11)));
		}
		if (m.group(12) != null) {
			return endOfMonth(year, number(m.group(12)));
		}
		if (m.group(14) != null) {
			return endOfQuarter(year, number(m.group(14)));
		}
		return switch (m.group(15)) {
			case "上半年", "年中" -> date(year, 6, 30);
			case "今年", "当年" -> date(years.current(), 12, 31);
			case "明年", "次年" -> date(years.current() + 1, 12, 31);
			default -> date(year, 12, 31);
		};
	}

	private static int number(String text) {
		return Character.isDigit(text.charAt(0)) ? Integer.parseInt(text) : (int) ChineseNumbers.parse(text);
	}

	private static LocalDate endOfMonth(int year, int month) {
		try {
			return YearMonth.of(year, month).atEndOfMonth();
		}
		catch (DateTimeException e) {
			return null;
		}
	}

	private static LocalDate endOfQuarter(int year, int quarter) {
		return quarter >= 1 && quarter <= 4 ? endOfMonth(year, quarter * 3) : null;
	}

	static LocalDate date(int year, int month, int day) {
		try {
			return year < 1900 || year > 2200 ? null : LocalDate.of(year, month, day);
		}
		catch (DateTimeException e) {
			return null;
		}
	}
}
