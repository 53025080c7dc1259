package org.luoshi.search.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.web.util.HtmlUtils;

/**
 * Marks the query's words in a result's text and cuts a passage around the first of them.
 *
 * <p>Why not PostgreSQL's {@code ts_headline}: it marks whole parser words, and a Chinese query word is often
 * only part of a stored word (棠下 inside 棠下镇), which it cannot mark; it would also need a second, segmented
 * copy of every body. Matching the words as substrings of the original text marks exactly what was asked, and it
 * runs only for the handful of results on one page.
 *
 * <p>The output is HTML: the text is escaped piece by piece and only our own {@code <mark>} tags are added, so a
 * document cannot inject markup.
 */
final class Highlighter {

	static final int SNIPPET_LENGTH = 120;
	/** How much text the passage keeps before the first match, so that the match is read in context. */
	static final int LEAD = 30;
	private static final String ELLIPSIS = "…";

	private Highlighter() {
	}

	/** The whole text, escaped, with every occurrence of the words marked. */
	static String mark(String text, List<String> words) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		return render(text, 0, text.length(), matches(fold(text), words));
	}

	/** A passage of at most {@value #SNIPPET_LENGTH} characters around the first match (or the start), escaped and marked. */
	static String snippet(String text, List<String> words) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		String compact = text.strip().replaceAll("\\s+", " ");
		List<int[]> matches = matches(fold(compact), words);
		int start = 0;
		if (compact.length() > SNIPPET_LENGTH && !matches.isEmpty()) {
			start = Math.max(0, Math.min(matches.get(0)[0] - LEAD, compact.length() - SNIPPET_LENGTH));
		}
		int end = Math.min(compact.length(), start + SNIPPET_LENGTH);
		// Never cut a surrogate pair in half.
		if (start > 0 && Character.isLowSurrogate(compact.charAt(start))) {
			start--;
		}
		if (end < compact.length() && Character.isLowSurrogate(compact.charAt(end))) {
			end++;
		}
		return (start > 0 ? ELLIPSIS : "") + render(compact, start, end, matches) + (end < compact.length() ? ELLIPSIS : "");
	}

	/**
	 * Case- and width-insensitive copy of the text with the same length, so that positions found in it hold in the
	 * original: the query words were normalized the same way ({@link Segmenter#normalize}).
	 */
	static String fold(String text) {
		char[] chars = text.toCharArray();
		for (int i = 0; i < chars.length; i++) {
			char c = chars[i];
			if (c >= '\uFF01' && c <= '\uFF5E') {
				c = (char) (c - 0xFEE0);
			}
			chars[i] = Character.toLowerCase(c);
		}
		return new String(chars);
	}

	/** Non-overlapping ranges (start inclusive, end exclusive) of the words in the folded text; overlapping matches are merged. */
	private static List<int[]> matches(String folded, List<String> words) {
		List<int[]> found = new ArrayList<>();
		for (String word : words) {
			if (word.isEmpty()) {
				continue;
			}
			for (int at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + word.length())) {
				found.add(new int[] { at, at + word.length() });
			}
		}
		found.sort(Comparator.<int[]>comparingInt(range -> range[0]).thenComparingInt(range -> -range[1]));
		List<int[]> merged = new ArrayList<>();
		for (int[] range : found) {
			int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
			if (last != null && range[0] <= last[1]) {
				last[1] = Math.max(last[1], range[1]);
			}
			else {
				merged.add(range.clone());
			}
		}
		return merged;
	}

	private static String render(String text, int start, int end, List<int[]> matches) {
		StringBuilder html = new StringBuilder();
		int position = start;
		for (int[] match : matches) {
			int from = Math.max(match[0], start);
			int to = Math.min(match[1], end);
			if (to <= from || to <= position) {
				continue;
			}
			html.append(escape(text.substring(position, from)));
			html.append("<mark>").append(escape(text.substring(from, to))).append("</mark>");
			position = to;
		}
		html.append(escape(text.substring(position, end)));
		return html.toString();
	}

	/** Only what HTML needs (&lt; &gt; &amp; quotes): the page is UTF-8, so Chinese and symbols such as · stay as they are. */
	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}
}
