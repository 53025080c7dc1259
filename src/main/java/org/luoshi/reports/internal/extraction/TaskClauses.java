package org.luoshi.reports.internal.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Cuts a sentence that packs several tasks into its tasks, as a work report does: clauses separated by ；, each a
 * task of its own ("加快建设…；推进…；完成…"), and verb phrases joined by 、 ("推进…、加快…"), each opening with a
 * task verb. A sentence with a clause that is no task of its own ("…；该项目总投资5亿元") stays whole, and so do a
 * list of objects under one verb ("推进A、B、C建设") and a list of units. Each part is its text as written; what the parts share is the
 * subject before the first verb ("区住建局要") and a closing deadline ("，年底前完成"), which say who and by when
 * for all of them; a later part that names a subject of its own ("各镇（街）要…", "各有关单位要…") shares only the
 * deadline, so it never takes the first part's units.
 */
final class TaskClauses {

	/**
	 * The parts of a sentence, in order, and what they share: the subject before the first verb ({@code head}) and a
	 * closing deadline ({@code tail}); one part when the sentence is one task.
	 */
	record Split(List<String> parts, String head, String tail) {

		/** What the part at {@code index} shares: a later part with a subject of its own ("各有关单位要…") only the deadline. */
		String sharedBy(int index) {
			return index > 0 && TaskRules.hasOwnSubject(parts.get(index)) ? tail : head + tail;
		}
	}

	/** A closing clause that only says by when: "，年底前完成。", "；确保2027年6月底前全部建成。" */
	private static final Pattern DEADLINE_ONLY = Pattern.compile("^(?:并|确保|力争|争取|务必|要|须|均|于)*在?(?:\\d{4}年)?"
			+ "(?:\\d{1,2}月(?:底|末|份|\\d{1,2}日)?|第?[一二三四]季度|上半年|下半年|年底|年末|年中|年内|今年底|明年底?)(?:前|以前|之前|内)?"
			+ "(?:全部|全面|基本|均)?(?:完成|建成|落实|到位|办结|完工|投用|竣工|见效)?(?:任务)?[。！!；;]?$");
	private static final String OPENERS = "（(“‘《【「";
	private static final String CLOSERS = "）)”’》】」";

	private TaskClauses() {
	}

	/**
	 * The sentence's tasks. {@code isTask} says whether a clause would be a task as a sentence of its own; the
	 * sentence itself is one.
	 */
	static Split split(String sentence, Predicate<String> isTask) {
		List<String> clauses = new ArrayList<>(cut(sentence, "；;", 0).stream().map(String::stripLeading).toList());
		String last = clauses.get(clauses.size() - 1);
		if (clauses.size() > 1 && DEADLINE_ONLY.matcher(last.strip()).matches()) {
			// "…；确保年底前完成。": by when, for all of them
			clauses.remove(clauses.size() - 1);
			clauses.set(clauses.size() - 1, clauses.get(clauses.size() - 1) + last);
		}
		if (!clauses.stream().allMatch(isTask)) {
			// "…；该项目总投资5亿元": a clause that says more about another keeps the sentence whole
			return new Split(List.of(sentence), "", "");
		}
		List<String> parts = new ArrayList<>();
		for (String clause : clauses) {
			parts.addAll(items(clause, isTask));
		}
		if (parts.size() == 1) {
			return new Split(List.of(sentence), "", "");
		}
		parts.replaceAll(TaskClauses::strip);
		String first = parts.get(0);
		int verb = TaskRules.verbAt(first);
		String head = verb > 0 ? first.substring(0, verb) : "";
		String closing = parts.get(parts.size() - 1);
		int comma = Math.max(Math.max(closing.lastIndexOf('，'), closing.lastIndexOf(',')), Math.max(closing.lastIndexOf('；'), closing.lastIndexOf(';')));
		String tail = comma > 0 && DEADLINE_ONLY.matcher(closing.substring(comma + 1).strip()).matches() ? closing.substring(comma + 1) : "";
		return new Split(List.copyOf(parts), head, tail);
	}

	/**
	 * A clause's verb phrases joined by 、 before its first comma ("推进…、加快…，"), when each opens with a task verb
	 * and is a task; else the clause whole.
	 */
	private static List<String> items(String clause, Predicate<String> isTask) {
		int verb = TaskRules.verbAt(strip(clause));
		if (verb < 0) {
			return List.of(clause);
		}
		// only the 、 before the first comma join verb phrases: "加快A，推进B、C" lists objects after its comma
		List<String> segments = cut(clause, "，,", verb);
		int segmentEnd = segments.size() > 1 ? segments.get(0).length() - 1 : clause.length();
		List<String> items = cut(clause.substring(verb, segmentEnd), "、", 0);
		if (items.size() < 2) {
			return List.of(clause);
		}
		List<String> parts = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			String item = items.get(i);
			if (!TaskRules.startsWithListVerb(strip(item))) {
				return List.of(clause);
			}
			String part = (i == 0 ? clause.substring(0, verb) : "") + item
					+ (i == items.size() - 1 ? clause.substring(segmentEnd) : "");
			if (!isTask.test(strip(part))) {
				return List.of(clause);
			}
			parts.add(part);
		}
		return parts;
	}

	/** The text cut after each separator outside brackets and quotes, separators kept; nothing cut before {@code from}. */
	private static List<String> cut(String text, String separators, int from) {
		List<String> pieces = new ArrayList<>();
		int depth = 0;
		int start = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (OPENERS.indexOf(c) >= 0) {
				depth++;
			}
			else if (CLOSERS.indexOf(c) >= 0 && depth > 0) {
				depth--;
			}
			else if (depth == 0 && i >= from && separators.indexOf(c) >= 0 && i + 1 < text.length()) {
				pieces.add(text.substring(start, i + 1));
				start = i + 1;
			}
		}
		pieces.add(text.substring(start));
		return pieces;
	}

	/** A part without the separator that ended it. */
	private static String strip(String part) {
		String text = part.strip();
		while (!text.isEmpty() && "；;、".indexOf(text.charAt(text.length() - 1)) >= 0) {
			text = text.substring(0, text.length() - 1).strip();
		}
		return text;
	}
}
