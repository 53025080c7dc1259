package org.luoshi.shared.print;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks printable text into lines no wider than a measure, by the font's own advances, the way Chinese text is set:
 *
 * <ul>
 * <li>a line may end after any Chinese character or full-width sign, but not inside a run of Latin letters, digits
 * and their punctuation ({@code 2024}, {@code GDP}, {@code 6.5%}), which breaks only at spaces;
 * <li>closing punctuation never starts a line and opening punctuation never ends one (GB/T 15834 标点符号用法): the
 * character before is carried over with it instead, so no line grows past the measure;
 * <li>a dash —— or an ellipsis …… is not split;
 * <li>a run with no allowed break that is wider than a line (a long URL) is cut where it overflows;
 * <li>{@code \n} ends a line; spaces at a break are dropped.
 * </ul>
 */
final class LineBreaker {

	private static final String NEVER_STARTS_A_LINE = "，。、；：？！）］｝〕】》〉」』”’％‰℃·,.;:?!)]}%";
	private static final String NEVER_ENDS_A_LINE = "（［｛〔【《〈「『“‘([{";
	private static final String NEVER_SPLIT_IN_PAIRS = "—…";
	/** Rounding in the sum of advances must not push a line that fits exactly onto two. */
	private static final float TOLERANCE = 0.01f;

	private final DocumentFont font;
	private final float size;

	LineBreaker(DocumentFont font, float size) {
		this.font = font;
		this.size = size;
	}

	/**
	 * A line of text and its width in points. It is {@code wrapped} when the text goes on on the next line, so that
	 * it may be justified; the last line of a paragraph is not.
	 */
	record Line(String text, float width, boolean wrapped) {
	}

	/** The lines of printable text: the first at most {@code firstLineWidth} wide, the others {@code width}. */
	List<Line> lines(String printableText, float firstLineWidth, float width) {
		List<Line> lines = new ArrayList<>();
		for (String segment : printableText.split("\n", -1)) {
			int[] codePoints = segment.codePoints().toArray();
			int start = 0;
			do {
				int end = lineEnd(codePoints, start, lines.isEmpty() ? firstLineWidth : width);
				String text = new String(codePoints, start, withoutTrailingSpaces(codePoints, start, end) - start);
				start = afterSpaces(codePoints, end);
				lines.add(new Line(text, font.width(text, size), start < codePoints.length));
			}
			while (start < codePoints.length);
		}
		return lines;
	}

	List<Line> lines(String printableText, float width) {
		return lines(printableText, width, width);
	}

	/** Where the line that starts at {@code start} ends: the index of its first character not on it. */
	private int lineEnd(int[] codePoints, int start, float width) {
		float used = 0;
		int lastBreak = start;
		for (int i = start; i < codePoints.length; i++) {
			if (i > start && breakAllowedBefore(codePoints, i)) {
				lastBreak = i;
			}
			used += font.advance(codePoints[i]) * size / 1000;
			if (used > width + TOLERANCE && codePoints[i] != ' ') {
				if (lastBreak > start) {
					return lastBreak;
				}
				return Math.max(i, start + 1);
			}
		}
		return codePoints.length;
	}

	private static boolean breakAllowedBefore(int[] codePoints, int i) {
		int before = codePoints[i - 1];
		int after = codePoints[i];
		if (before == ' ') {
			return true;
		}
		if (after == ' ' || NEVER_STARTS_A_LINE.indexOf(after) >= 0 || NEVER_ENDS_A_LINE.indexOf(before) >= 0) {
			return false;
		}
		if (before == after && NEVER_SPLIT_IN_PAIRS.indexOf(before) >= 0) {
			return false;
		}
		return isSetLikeChinese(before) || isSetLikeChinese(after);
	}

	/** Characters that, like Chinese ones, stand alone: a line may break on either side of them. */
	private static boolean isSetLikeChinese(int codePoint) {
		Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
		if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
				|| script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
				|| script == Character.UnicodeScript.BOPOMOFO) {
			return true;
		}
		Character.UnicodeBlock block = Character.UnicodeBlock.of(codePoint);
		return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
				|| block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
				|| block == Character.UnicodeBlock.GENERAL_PUNCTUATION
				|| block == Character.UnicodeBlock.CJK_COMPATIBILITY_FORMS;
	}

	private static int withoutTrailingSpaces(int[] codePoints, int start, int end) {
		while (end > start && codePoints[end - 1] == ' ') {
			end--;
		}
		return end;
	}

	private static int afterSpaces(int[] codePoints, int index) {
		while (index < codePoints.length && codePoints[index] == ' ') {
			index++;
		}
		return index;
	}
}
