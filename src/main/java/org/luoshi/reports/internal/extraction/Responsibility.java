package org.luoshi.reports.internal.extraction;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Labelled lines of a task notice: "牵头单位：…", "配合单位：…", "责任单位：区发改局（牵头）、区财政局",
 * "完成时限：2024年6月底", "责任领导：…", on their own line or in brackets after a task. In a 责任单位 list
 * without a 牵头 mark the first unit leads, as notices usually state. Units are kept as the line writes them.
 */
final class Responsibility {

	static final Pattern LABEL = Pattern.compile(
			"(主要责任单位|牵头单位|牵头部门|主责单位|主办单位|责任单位|责任部门|实施单位|配合单位|配合部门|协办单位|协办部门|协同单位|协同部门|参与单位|参与部门|"
					+ "责任领导|分管领导|牵头领导|联系领导|责任人|完成时限|完成时间|时间节点|时限要求)\\s*[:：]");

	private static final Pattern AT_START = Pattern.compile("[（(]?\\s*" + LABEL.pattern());
	private static final Pattern SEPARATORS = Pattern.compile("[、，,；;/／\\s]+|以及|及");
	private static final Pattern LEAD_MARK = Pattern.compile("[（(]\\s*(牵头|牵头单位|主责)\\s*[）)]");
	/** "区民政局牵头", "各镇（街）配合", "…按职责分工负责": a role written after a unit of the list. */
	private static final Pattern ROLE_AFTER = Pattern.compile("(?:等)?(?:按职责分工负责|按职责负责|按职责分工|分别负责|共同负责|负责|牵头|主责|配合|协助|协同|参与)$");
	private static final Pattern LEAD_ROLE = Pattern.compile("(?:牵头|主责)$");
	private static final Pattern CO_ROLE = Pattern.compile("(?:配合|协助|协同|参与)$");
	private static final Pattern OTHER_BRACKETS = Pattern.compile("[（(][^）)]{0,20}[）)]");

	/** What the labelled parts of a text say; {@code text} is the rest, without them. */
	record Parsed(String text, List<String> leads, List<String> cos, List<String> leaders, String deadline) {

		boolean hasAny() {
			return !leads.isEmpty() || !cos.isEmpty() || !leaders.isEmpty() || deadline != null;
		}
	}

	private Responsibility() {
	}

	static boolean hasLabel(String text) {
		return (text.indexOf('：') >= 0 || text.indexOf(':') >= 0) && LABEL.matcher(text).find();
	}

	/** Whether the text is a labelled line: it starts with a label, or with a bracket and a label. */
	static boolean startsWithLabel(String text) {
		return AT_START.matcher(text).lookingAt();
	}

	static Parsed parse(String text) {
		Matcher m = LABEL.matcher(text);
		List<int[]> labels = new ArrayList<>();
		List<String> names = new ArrayList<>();
		while (m.find()) {
			labels.add(new int[] { m.start(), m.end() });
			names.add(m.group(1));
		}
		if (labels.isEmpty()) {
			return new Parsed(text, List.of(), List.of(), List.of(), null);
		}
		Set<String> leads = new LinkedHashSet<>();
		Set<String> cos = new LinkedHashSet<>();
		List<String> leaders = new ArrayList<>();
		String deadline = null;
		for (int i = 0; i < labels.size(); i++) {
			int valueEnd = i + 1 < labels.size() ? labels.get(i + 1)[0] : text.length();
			String value = trimValue(text.substring(labels.get(i)[1], valueEnd));
			String label = names.get(i);
			switch (label) {
				case "牵头单位", "牵头部门", "主责单位", "主办单位" -> leads.addAll(items(value));
				case "配合单位", "配合部门", "协办单位", "协办部门", "协同单位", "协同部门", "参与单位", "参与部门" ->
					cos.addAll(items(value));
				case "责任领导", "分管领导", "牵头领导", "联系领导", "责任人" -> leaders.add(value);
				case "完成时限", "完成时间", "时间节点", "时限要求" -> deadline = value;
				default -> responsible(value, leads, cos);
			}
		}
		cos.removeAll(leads);
		String rest = text.substring(0, labels.get(0)[0]).strip();
		rest = rest.replaceAll("[（(]\\s*$", "").strip();
		return new Parsed(rest, List.copyOf(leads), List.copyOf(cos), leaders, deadline);
	}

	/**
	 * 责任单位: marked leads lead ("（牵头）", or 牵头 written after the name); units marked 配合 co-operate; without a
	 * lead mark the first unit not marked 配合 leads.
	 */
	private static void responsible(String value, Set<String> leads, Set<String> cos) {
		List<String> marked = new ArrayList<>();
		List<String> others = new ArrayList<>();
		List<String> cooperating = new ArrayList<>();
		for (String raw : SEPARATORS.split(value)) {
			String item = raw.strip();
			if (item.isEmpty()) {
				continue;
			}
			String unmarked = ROLE_AFTER.matcher(item).replaceAll("").strip();
			boolean lead = LEAD_MARK.matcher(item).find() || LEAD_ROLE.matcher(item).find();
			boolean co = !lead && CO_ROLE.matcher(item).find();
			String name = clean(unmarked);
			if (!name.isEmpty()) {
				(lead ? marked : co ? cooperating : others).add(name);
			}
		}
		if (marked.isEmpty() && !others.isEmpty()) {
			marked.add(others.remove(0));
		}
		leads.addAll(marked);
		cos.addAll(others);
		cos.addAll(cooperating);
	}

	private static List<String> items(String value) {
		List<String> items = new ArrayList<>();
		for (String raw : SEPARATORS.split(value)) {
			String name = clean(ROLE_AFTER.matcher(raw.strip()).replaceAll(""));
			if (!name.isEmpty()) {
				items.add(name);
			}
		}
		return items;
	}

	private static String clean(String item) {
		String cleaned = LEAD_MARK.matcher(item).replaceAll("");
		if (!cleaned.startsWith("各镇")) {
			cleaned = OTHER_BRACKETS.matcher(cleaned).replaceAll("");
		}
		cleaned = cleaned.strip();
		if (cleaned.endsWith("等") && cleaned.length() > 2) {
			cleaned = cleaned.substring(0, cleaned.length() - 1);
		}
		cleaned = cleaned.replaceAll("[。．.]$", "");
		if (cleaned.startsWith("（") || cleaned.startsWith("(")) {
			cleaned = opens(cleaned) > closes(cleaned) ? cleaned.substring(1) : cleaned;
		}
		return trimValue(cleaned);
	}

	/** The value without the punctuation after it, and without a closing bracket that closes nothing in it. */
	private static String trimValue(String value) {
		String trimmed = value.strip();
		while (!trimmed.isEmpty()) {
			char last = trimmed.charAt(trimmed.length() - 1);
			boolean strayBracket = (last == '）' || last == ')' || last == '】') && opens(trimmed) < closes(trimmed);
			if ("；;。，,".indexOf(last) < 0 && !strayBracket) {
				break;
			}
			trimmed = trimmed.substring(0, trimmed.length() - 1).strip();
		}
		return trimmed;
	}

	private static long opens(String text) {
		return text.chars().filter(c -> c == '（' || c == '(' || c == '【').count();
	}

	private static long closes(String text) {
		return text.chars().filter(c -> c == '）' || c == ')' || c == '】').count();
	}
}
