package org.luoshi.reports.internal.extraction;

/** Chinese numerals as written in reports: 十五, 一千二百, 两万, 千 (one thousand), 二〇二四 (digit by digit). */
final class ChineseNumbers {

	static final String DIGITS = "零〇一二两三四五六七八九";
	static final String NUMERAL_CHARS = DIGITS + "十百千万亿";

	private ChineseNumbers() {
	}

	static boolean isNumeral(char c) {
		return NUMERAL_CHARS.indexOf(c) >= 0;
	}

	static int digit(char c) {
		return switch (c) {
			case '零', '〇' -> 0;
			case '一' -> 1;
			case '二', '两' -> 2;
			case '三' -> 3;
			case '四' -> 4;
			case '五' -> 5;
			case '六' -> 6;
			case '七' -> 7;
			case '八' -> 8;
			case '九' -> 9;
			default -> -1;
		};
	}

	/**
	 * The value of a numeral, or -1 when it is not one. A leading unit counts as one of it (十五 = 15, 千 =
	 * 1000); a string of plain digits is read digit by digit (二〇二四 = 2024).
	 */
	static long parse(CharSequence numeral) {
		int length = numeral.length();
		if (length == 0 || length > 24) {
			return -1;
		}
		boolean onlyDigits = true;
		for (int i = 0; i < length; i++) {
			if (!isNumeral(numeral.charAt(i))) {
				return -1;
			}
			if (digit(numeral.charAt(i)) < 0) {
				onlyDigits = false;
			}
		}
		if (onlyDigits) {
			if (length > 12) {
				return -1;
			}
			long value = 0;
			for (int i = 0; i < length; i++) {
				value = value * 10 + digit(numeral.charAt(i));
			}
			return value;
		}
		try {
			return parseWithUnits(numeral);
		}
		catch (ArithmeticException tooLarge) {
			return -1;
		}
	}

	private static long parseWithUnits(CharSequence numeral) {
		long total = 0;
		long section = 0;
		long number = 0;
		boolean pendingDigit = false;
		for (int i = 0; i < numeral.length(); i++) {
			char c = numeral.charAt(i);
			int d = digit(c);
			if (d >= 0) {
				number = d;
				pendingDigit = true;
				continue;
			}
			switch (c) {
				case '十', '百', '千' -> {
					long unit = c == '十' ? 10 : c == '百' ? 100 : 1000;
					section += (pendingDigit ? number : 1) * unit;
				}
				case '万' -> {
					long part = section + (pendingDigit ? number : 0);
					total = Math.addExact(total, Math.multiplyExact(part == 0 ? 1 : part, 10_000L));
					section = 0;
				}
				case '亿' -> {
					long part = total + section + (pendingDigit ? number : 0);
					total = Math.multiplyExact(part == 0 ? 1 : part, 100_000_000L);
					section = 0;
				}
				default -> {
					return -1;
				}
			}
			number = 0;
			pendingDigit = false;
		}
		return total + section + (pendingDigit ? number : 0);
	}

	/** 1 → 一, 12 → 十二, 25 → 二十五 (up to 99; larger numbers in Arabic digits). */
	static String format(int n) {
		if (n <= 0 || n >= 100) {
			return Integer.toString(n);
		}
		String units = "一二三四五六七八九";
		int tens = n / 10;
		int ones = n % 10;
		StringBuilder out = new StringBuilder();
		if (tens > 0) {
			if (tens > 1) {
				out.append(units.charAt(tens - 1));
			}
			out.append('十');
		}
		if (ones > 0) {
			out.append(units.charAt(ones - 1));
		}
		return out.toString();
	}
}
