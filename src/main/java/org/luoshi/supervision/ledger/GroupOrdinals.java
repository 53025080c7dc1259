package org.luoshi.supervision.ledger;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Chinese ordinals that number group headings in task tables: 一、 二、 … 十一、, and the bracketed （一） of a
 * sub-heading. Tasks are numbered in Arabic digits, which is how a heading row is told from a task row.
 */
final class GroupOrdinals {

	private static final String NUMERAL = "[一二三四五六七八九十百千万零〇两]+";

	/** An ordinal and what follows it: 一、名称, 二．名称, （三）名称, 四 名称. */
	private static final Pattern LEADING = Pattern
		.compile("^(?:[（(]\\s*" + NUMERAL + "\\s*[）)]\\s*[、．.]?|" + NUMERAL + "\\s*(?:[、．.，,：:]|\\s))\\s*(.*)$", Pattern.DOTALL);

	/** An ordinal alone, as a 序号 cell holds it: 一, 一、, （一）. */
	private static final Pattern ALONE = Pattern.compile("^(?:[（(]\\s*" + NUMERAL + "\\s*[）)]|" + NUMERAL + ")\\s*[、．.]?$");

	private static final String DIGITS = "一二三四五六七八九";

	private GroupOrdinals() {
	}

	static boolean isOrdinal(String text) {
		return text != null && ALONE.matcher(text).matches();
	}

	static boolean startsWithOrdinal(String text) {
		return text != null && LEADING.matcher(text).matches();
	}

	/** The text after a leading ordinal, or the text itself when it has none. */
	static String withoutOrdinal(String text) {
		Matcher matcher = LEADING.matcher(text);
		return matcher.matches() ? matcher.group(1).strip() : text;
	}

	/** 1 → 一, 10 → 十, 11 → 十一, 105 → 一百零五, 10010 → 一万零一十: a ledger of many short groups numbers past a thousand. */
	static String format(int n) {
		if (n < 1 || n >= 100_000_000) {
			throw new IllegalArgumentException("no Chinese ordinal for " + n);
		}
		int tenThousands = n / 10_000;
		int rest = n % 10_000;
		if (tenThousands == 0) {
			return below10000(rest, true);
		}
		String high = below10000(tenThousands, true) + '万';
		if (rest == 0) {
			return high;
		}
		return high + (rest < 1000 ? "零" : "") + below10000(rest, false);
	}

	/** @param leading whether nothing comes before, where 十一 drops the 一 that 一百一十一 keeps */
	private static String below10000(int n, boolean leading) {
		StringBuilder out = new StringBuilder();
		boolean zeroPending = false;
		int[] units = { 1000, 100, 10, 1 };
		for (int unit : units) {
			int digit = n / unit % 10;
			if (digit == 0) {
				zeroPending = out.length() > 0;
				continue;
			}
			if (zeroPending) {
				out.append('零');
				zeroPending = false;
			}
			if (!(unit == 10 && digit == 1 && leading && out.length() == 0)) {
				out.append(DIGITS.charAt(digit - 1));
			}
			out.append(switch (unit) {
				case 1000 -> "千";
				case 100 -> "百";
				case 10 -> "十";
				default -> "";
			});
		}
		return out.toString();
	}
}
