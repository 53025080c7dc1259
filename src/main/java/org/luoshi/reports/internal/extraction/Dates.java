package org.luoshi.reports.internal.extraction;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.luoshi.shared.ChineseDates;

/**
 * Dates of documents and deadlines of tasks. A date without a year takes the year the document deploys work
 * for ("部署2024年工作", "2024年重点工作", the year after "总结2023年工作") — the year before when the date
 * falls in October or later, as a December conference plans the next year — else the caller's reference date.
 * Deadlines are the last day of what the text names (全年/年底 → 31 December, 6月底 → 30 June, 三季度 → 30
 * September), read by {@link ChineseDates}.
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
	 * text gives no year (read by the platform's one reader of Chinese deadlines, {@link ChineseDates}).
	 */
	static LocalDate deadline(String text, Years years) {
		return ChineseDates.latestDeadlineIn(text, years.plan(), years.current());
	}

	static LocalDate date(int year, int month, int day) {
		return ChineseDates.date(year, month, day);
	}
}
