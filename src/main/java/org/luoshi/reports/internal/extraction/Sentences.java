package org.luoshi.reports.internal.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a paragraph into sentences at 。！？ (closing quotes and brackets stay with their sentence), and also at
 * ；or ： when an ordinal follows ("一是…；二是…", "重点抓好：一要…"), because each numbered part is its own
 * task. Very long sentences are cut at a comma so that no later step works on unbounded text.
 */
final class Sentences {

	static final int MAX_LENGTH = 800;

	private static final String ENDS = "。！？!?";
	private static final String CLOSERS = "”’」』）)】";

	private Sentences() {
	}

	static List<String> split(String paragraph) {
		List<String> sentences = new ArrayList<>();
		int start = 0;
		int n = paragraph.length();
		for (int i = 0; i < n; i++) {
			char c = paragraph.charAt(i);
			int end = -1;
			if (ENDS.indexOf(c) >= 0) {
				end = i + 1;
				while (end < n && (ENDS.indexOf(paragraph.charAt(end)) >= 0 || CLOSERS.indexOf(paragraph.charAt(end)) >= 0)) {
					end++;
				}
			}
			else if ((c == '；' || c == ';' || c == '：' || c == ':') && i + 1 < n && opensPart(paragraph, i + 1)) {
				end = i + 1;
			}
			else if (i - start >= MAX_LENGTH && (c == '，' || c == ',' || c == '；' || c == ';' || i - start >= MAX_LENGTH * 2)) {
				end = i + 1;
			}
			if (end > 0) {
				add(sentences, paragraph.substring(start, end));
				start = end;
				i = end - 1;
			}
		}
		if (start < n) {
			add(sentences, paragraph.substring(start));
		}
		return sentences;
	}

	private static boolean opensPart(String paragraph, int from) {
		int i = from;
		while (i < paragraph.length() && paragraph.charAt(i) == ' ') {
			i++;
		}
		Markers.Marker marker = Markers.at(paragraph.subSequence(i, Math.min(paragraph.length(), i + 12)));
		return marker != null;
	}

	private static void add(List<String> sentences, String sentence) {
		String trimmed = sentence.strip();
		if (!trimmed.isEmpty()) {
			sentences.add(trimmed);
		}
	}
}
