package org.luoshi.reports.internal.extraction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ordinals that open groups and items: 一、 (section), （一） 一要 关键词一： (group), 1. 一是 第一， ——
 * (item), (1) ① (sub-item). Level 1 and 2 open groups; 3 and 4 open numbered items. A dash bullet has no
 * number; it counts as the first of its list.
 */
final class Markers {

	private static final String CN = "[一二三四五六七八九十]{1,3}";

	static final String ANY_MARKER = "(" + CN + "、|[（(]" + CN + "[）)]|" + CN + "要(?![求素件闻])|关键词(" + CN
			+ "|\\d{1,2})[:：]|第?" + CN + "是|第" + CN + "[，,、：:]|\\d{1,3}[.、．](?!\\d)|[（(]\\d{1,3}[）)]|[①-⑳]|—{2})";

	private static final Pattern SECTION = Pattern.compile("^(" + CN + ")[、．.]\\s*");
	private static final Pattern PAREN_GROUP = Pattern.compile("^[（(](" + CN + ")[）)]\\s*");
	private static final Pattern YAO_GROUP = Pattern.compile("^(" + CN + ")要(?![求素件闻])");
	private static final Pattern KEYWORD_GROUP = Pattern.compile("^关键词(" + CN + "|\\d{1,2})[:：]\\s*");
	private static final Pattern SHI_ITEM = Pattern.compile("^第?(" + CN + ")是");
	private static final Pattern DI_ITEM = Pattern.compile("^第(" + CN + ")[，,、：:]\\s*");
	private static final Pattern DIGIT_ITEM = Pattern.compile("^(\\d{1,3})[.、．](?!\\d)\\s*");
	private static final Pattern PAREN_DIGIT_ITEM = Pattern.compile("^[（(](\\d{1,3})[）)]\\s*");
	private static final Pattern CIRCLED_ITEM = Pattern.compile("^([①-⑳])\\s*");

	/** What kind of ordinal: sections and groups head text, items are tasks themselves. */
	enum Kind {
		SECTION(1), GROUP(2), YAO(2), KEYWORD(2), ITEM(3), SUB_ITEM(4);

		final int level;

		Kind(int level) {
			this.level = level;
		}

		boolean opensGroup() {
			return level <= 2;
		}
	}

	/** An ordinal found at the start of a text: its kind, its number, and how many characters it takes. */
	record Marker(Kind kind, int ordinal, int length) {
	}

	private Markers() {
	}

	/** The ordinal at the very start of {@code text}, or {@code null}. */
	static Marker at(CharSequence text) {
		if (text.length() == 0) {
			return null;
		}
		char first = text.charAt(0);
		if (first == '（' || first == '(') {
			Marker m = match(PAREN_GROUP, text, Kind.GROUP);
			return m != null ? m : match(PAREN_DIGIT_ITEM, text, Kind.SUB_ITEM);
		}
		if (first >= '0' && first <= '9') {
			return match(DIGIT_ITEM, text, Kind.ITEM);
		}
		if (first >= '①' && first <= '⑳') {
			return new Marker(Kind.SUB_ITEM, first - '①' + 1, 1);
		}
		if (first == '—' && text.length() > 2 && text.charAt(1) == '—' && !isSubtitle(text.charAt(2))) {
			return new Marker(Kind.ITEM, 1, 2);
		}
		if (first == '关') {
			return match(KEYWORD_GROUP, text, Kind.KEYWORD);
		}
		if (first == '第') {
			Marker m = match(DI_ITEM, text, Kind.ITEM);
			return m != null ? m : match(SHI_ITEM, text, Kind.ITEM);
		}
		if ("一二三四五六七八九十".indexOf(first) < 0) {
			return null;
		}
		Marker m = match(SECTION, text, Kind.SECTION);
		if (m == null) {
			m = match(YAO_GROUP, text, Kind.YAO);
		}
		if (m == null) {
			m = match(SHI_ITEM, text, Kind.ITEM);
		}
		return m;
	}

	/** "——2025年1月15日在…会议上", "——在…会上的讲话": the subtitle under a title, not a bullet. */
	private static boolean isSubtitle(char afterDashes) {
		return afterDashes == '—' || afterDashes == '在' || Character.isDigit(afterDashes) || afterDashes == '（';
	}

	/** The text without its leading ordinal, for comparing two texts that differ only in their number. */
	static String strip(String text) {
		Marker marker = at(text);
		return marker == null ? text : text.substring(marker.length());
	}

	private static Marker match(Pattern pattern, CharSequence text, Kind kind) {
		Matcher matcher = pattern.matcher(text);
		if (!matcher.lookingAt()) {
			return null;
		}
		String number = matcher.group(1);
		int ordinal;
		if (Character.isDigit(number.charAt(0))) {
			ordinal = Integer.parseInt(number);
		}
		else {
			ordinal = (int) ChineseNumbers.parse(number);
		}
		return ordinal <= 0 ? null : new Marker(kind, ordinal, matcher.end());
	}
}
