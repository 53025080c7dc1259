package org.luoshi.reports.internal.drafts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.luoshi.reports.DeploymentDraft.Task;

/**
 * The source text cut into pieces so that each task's sentence can be marked where it stands. A task is looked
 * for after the previous one first (the draft keeps the text's order), then anywhere, then ignoring white space
 * (the reader joins hard-wrapped lines). Pieces are plain text: the template escapes them.
 */
public final class SourceSpans {

	/** A piece of the source; {@code task} is the index of the task it quotes, or {@code null}. */
	public record Piece(String text, Integer task) {
	}

	private record Span(int start, int end, int task) {
	}

	private SourceSpans() {
	}

	public static List<Piece> of(String source, List<Task> tasks) {
		List<Span> spans = new ArrayList<>();
		int cursor = 0;
		for (int i = 0; i < tasks.size(); i++) {
			Span span = find(source, tasks.get(i).text(), cursor, i);
			if (span != null && spans.stream().noneMatch(other -> other.start() < span.end() && span.start() < other.end())) {
				spans.add(span);
				cursor = span.end();
			}
		}
		spans.sort(Comparator.comparingInt(Span::start));
		List<Piece> pieces = new ArrayList<>();
		int at = 0;
		for (Span span : spans) {
			if (span.start() > at) {
				pieces.add(new Piece(source.substring(at, span.start()), null));
			}
			pieces.add(new Piece(source.substring(span.start(), span.end()), span.task()));
			at = span.end();
		}
		if (at < source.length()) {
			pieces.add(new Piece(source.substring(at), null));
		}
		return pieces;
	}

	/** Where the text stands in the source (ignoring white space and widths if need be), or -1. */
	static int startOf(String source, String text) {
		Span span = find(source, text, 0, 0);
		return span == null ? -1 : span.start();
	}

	private static Span find(String source, String text, int cursor, int task) {
		if (text == null || text.isBlank()) {
			return null;
		}
		int start = source.indexOf(text, cursor);
		if (start < 0) {
			start = source.indexOf(text);
		}
		if (start >= 0) {
			return new Span(start, start + text.length(), task);
		}
		return findIgnoringSpace(source, text, task);
	}

	/**
	 * The reader normalizes widths (a half-width comma in the file is a full-width one in the task) and drops line
	 * breaks, so both sides are compared with spaces removed and widths folded; folding maps one character to one,
	 * so positions in the compact text lead back to the source.
	 */
	private static Span findIgnoringSpace(String source, String text, int task) {
		StringBuilder compact = new StringBuilder();
		List<Integer> positions = new ArrayList<>();
		for (int i = 0; i < source.length(); i++) {
			char c = foldWidth(source.charAt(i));
			if (!Character.isWhitespace(c)) {
				compact.append(c);
				positions.add(i);
			}
		}
		StringBuilder folded = new StringBuilder();
		text.chars().map(c -> foldWidth((char) c)).filter(c -> !Character.isWhitespace(c)).forEach(c -> folded.append((char) c));
		String wanted = folded.toString();
		int start = wanted.isEmpty() ? -1 : compact.indexOf(wanted);
		if (start < 0) {
			return null;
		}
		return new Span(positions.get(start), positions.get(start + wanted.length() - 1) + 1, task);
	}

	private static char foldWidth(char c) {
		if (c >= '\uFF01' && c <= '\uFF5E') {
			return (char) (c - 0xFEE0);
		}
		return c == '\u3000' ? ' ' : c;
	}
}
