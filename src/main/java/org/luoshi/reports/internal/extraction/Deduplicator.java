package org.luoshi.reports.internal.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Drops paragraphs that repeat an earlier one: exactly (after normalizing punctuation and spaces), under
 * another ordinal ("二要X" and "五要X"), or nearly (a few characters differ, as when a page is set twice). A
 * repeat under another ordinal stays as a ghost so that its group is still counted.
 */
final class Deduplicator {

	/** Shorter paragraphs (headings, "牵头单位：区发改局") legitimately repeat. */
	static final int MIN_LENGTH = 12;
	static final int MIN_NEAR_LENGTH = 40;

	private static final Pattern LABELLED_LINE = Pattern.compile("^[（(]?(牵头|责任|主责|配合|协办|参与|主办)(单位|部门)|^完成时限|^时间节点");

	/** The paragraphs to read (originals and ghosts, in order) and how many were dropped. */
	record Result(List<Paragraph> paragraphs, int dropped) {
	}

	private Deduplicator() {
	}

	static Result deduplicate(List<String> texts) {
		List<Paragraph> out = new ArrayList<>();
		RepeatIndex index = new RepeatIndex(MIN_NEAR_LENGTH);
		List<String> originals = new ArrayList<>();
		int dropped = 0;
		for (String text : texts) {
			String key = RepeatIndex.key(text);
			if (key.length() < MIN_LENGTH || LABELLED_LINE.matcher(text).find()) {
				out.add(Paragraph.of(text));
				continue;
			}
			int original = index.repeatOrAdd(key);
			if (original < 0) {
				originals.add(text);
				out.add(Paragraph.of(text));
				continue;
			}
			dropped++;
			String originalText = originals.get(original);
			if (!sameOrdinal(originalText, text)) {
				out.add(new Paragraph(text, originalText));
			}
		}
		return new Result(out, dropped);
	}

	private static boolean sameOrdinal(String a, String b) {
		Markers.Marker ma = Markers.at(a);
		Markers.Marker mb = Markers.at(b);
		return ma == null ? mb == null : mb != null && ma.ordinal() == mb.ordinal() && ma.kind() == mb.kind();
	}
}
