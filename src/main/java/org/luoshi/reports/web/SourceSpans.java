package org.luoshi.reports.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.luoshi.reports.DeploymentDraft.Task;

/**
 * The source text cut into pieces so that each task's sentence can be marked where it stands. A task is looked
 * for after the previous one first (the draft keeps the text's order), then anywhere, then ignoring white space
 * (the reader joins hard-wrapped lines). Pieces are plain text: the template escapes them.
 */
final class SourceSpans {

	/** A piece of the source; {@code task} is the index of the task it quotes, or {@code null}. */
	record Piece(String text, Integer task) {
	}

	private record Span(int start, int end, int task) {
	}

	private SourceSpans() {
	}

	static List<Piece> of(String source, List<Task> tasks) {
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

	private static Span findIgnoringSpace(String source, String text, int task) {
		StringBuilder compact = new StringBuilder();
		List<Integer> positions = new ArrayList<>();
		for (int i = 0; i < source.length(); i++) {
			if (!Character.isWhitespace(source.charAt(i))) {
				compact.append(source.charAt(i));
				positions.add(i);
			}
		}
		String wanted = text.replaceAll("\\s+", "");
		int start = wanted.isEmpty() ? -1 : compact.indexOf(wanted);
		if (start < 0) {
			return null;
		}
		return new Span(positions.get(start), positions.get(start + wanted.length() - 1) + 1, task);
	}
}
