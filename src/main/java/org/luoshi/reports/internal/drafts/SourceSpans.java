package org.luoshi.reports.internal.drafts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.luoshi.reports.DeploymentDraft.Task;

/**
 * The source text cut into pieces so that each task's sentence can be marked where it stands. Both sides are
 * compared with white space removed and widths folded (the reader joins hard-wrapped lines and normalizes widths);
 * the source is folded once, and a task is looked for after the previous one first (the draft keeps the text's
 * order), then anywhere, so that marking a long report reads its text about once rather than once per task.
 * Pieces are plain text: the template escapes them.
 */
public final class SourceSpans {

	/** A piece of the source; {@code task} is the index of the task it quotes, or {@code null}. */
	public record Piece(String text, Integer task) {
	}

	/** Where each text was found in the source, {@code [start, end)}; -1 when it was not. */
	record Located(int[] starts, int[] ends, long charactersSearched) {
	}

	private SourceSpans() {
	}

	public static List<Piece> of(String source, List<Task> tasks) {
		Located located = locate(source, tasks.stream().map(Task::text).toList());
		TreeMap<Integer, Integer> taskByStart = new TreeMap<>();
		for (int i = 0; i < tasks.size(); i++) {
			if (located.starts()[i] >= 0) {
				taskByStart.put(located.starts()[i], i);
			}
		}
		List<Piece> pieces = new ArrayList<>();
		int at = 0;
		for (Map.Entry<Integer, Integer> span : taskByStart.entrySet()) {
			int start = span.getKey();
			int end = located.ends()[span.getValue()];
			if (start > at) {
				pieces.add(new Piece(source.substring(at, start), null));
			}
			pieces.add(new Piece(source.substring(start, end), span.getValue()));
			at = end;
		}
		if (at < source.length()) {
			pieces.add(new Piece(source.substring(at), null));
		}
		return pieces;
	}

	/** Where the text stands in the source (ignoring white space and widths), or -1. */
	static int startOf(String source, String text) {
		return locate(source, List.of(text)).starts()[0];
	}

	/** Where each text stands, in order, a repeated sentence at its next occurrence; -1 for those not found. */
	static int[] starts(String source, List<String> texts) {
		return locate(source, texts).starts();
	}

	/**
	 * Finds the texts one after another; a text found where an earlier one already stands (or not at all) is left
	 * unmarked. {@code charactersSearched} counts the folded source's characters the searches went over.
	 */
	static Located locate(String source, List<String> texts) {
		Folded folded = new Folded(source);
		int[] starts = new int[texts.size()];
		int[] ends = new int[texts.size()];
		TreeMap<Integer, Integer> taken = new TreeMap<>();
		int cursor = 0;
		for (int i = 0; i < texts.size(); i++) {
			starts[i] = -1;
			ends[i] = -1;
			String wanted = texts.get(i) == null ? "" : fold(texts.get(i));
			if (wanted.isEmpty()) {
				continue;
			}
			int at = folded.indexOf(wanted, cursor);
			if (at < 0 && cursor > 0) {
				at = folded.indexOf(wanted, 0);
			}
			if (at < 0) {
				continue;
			}
			int start = folded.positions[at];
			int end = folded.positions[at + wanted.length() - 1] + 1;
			Map.Entry<Integer, Integer> before = taken.floorEntry(start);
			Map.Entry<Integer, Integer> after = taken.ceilingEntry(start);
			if (before != null && before.getValue() > start || after != null && after.getKey() < end) {
				continue;
			}
			taken.put(start, end);
			starts[i] = start;
			ends[i] = end;
			cursor = at + wanted.length();
		}
		return new Located(starts, ends, folded.searched);
	}

	/** The source without white space, widths folded, with the position in the source of each character kept. */
	private static final class Folded {

		final String text;
		final int[] positions;
		long searched;

		Folded(String source) {
			StringBuilder compact = new StringBuilder(source.length());
			int[] at = new int[source.length()];
			for (int i = 0; i < source.length(); i++) {
				char c = foldWidth(source.charAt(i));
				if (!Character.isWhitespace(c)) {
					at[compact.length()] = i;
					compact.append(c);
				}
			}
			this.text = compact.toString();
			this.positions = at;
		}

		int indexOf(String wanted, int from) {
			int found = text.indexOf(wanted, from);
			searched += found < 0 ? text.length() - from : found + wanted.length() - from;
			return found;
		}
	}

	private static String fold(String text) {
		StringBuilder folded = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = foldWidth(text.charAt(i));
			if (!Character.isWhitespace(c)) {
				folded.append(c);
			}
		}
		return folded.toString();
	}

	private static char foldWidth(char c) {
		if (c >= '\uFF01' && c <= '\uFF5E') {
			return (char) (c - 0xFEE0);
		}
		return c == '\u3000' ? ' ' : c;
	}
}
