package org.luoshi.reports.internal.extraction;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.luoshi.reports.DeploymentDraft.Target;
import org.luoshi.reports.DeploymentDraft.Task;
import org.luoshi.reports.NameSource.KnownPlace;

/**
 * Reads one article as a tree of headings: sections (一、), groups (（一）, 一要, 关键词一：) and headed lists,
 * with tasks as leaves. A plain sentence under a heading is a task when {@link TaskRules} says so, or several when
 * it packs several ({@link TaskClauses}: "加快…；推进…；完成…"); a numbered item is a task with all its sentences, or
 * several when it is one sentence that packs several (cut by the same rules); a heading under which nothing was
 * found is a task itself. The sentence
 * that introduces a run of groups ("会议强调，要锚定…目标") states the goal they serve, so it yields goals, not a
 * task. Labelled lines (牵头单位：…) belong to the task before them or, right after a heading, to its group.
 */
final class ArticleWalk {

	/** A heading: its level, ordinal, title as written, and what kind of text it opens. */
	static final class Node {

		final int level;
		final int ordinal;
		final String title;
		final Node parent;
		final TaskRules.Section section;
		final Node ghostOf;
		final boolean yao;
		final int order;
		Responsibility.Parsed defaults;
		int children;

		Node(int order, int level, int ordinal, String title, Node parent, TaskRules.Section section, Node ghostOf, boolean yao) {
			this.order = order;
			this.level = level;
			this.ordinal = ordinal;
			this.title = title;
			this.parent = parent;
			this.section = section;
			this.ghostOf = ghostOf;
			this.yao = yao;
		}
	}

	/** A task as found, before its units, places and targets are read. */
	static final class Draft {

		final int order;
		final Node group;
		final StringBuilder text;
		final List<Responsibility.Parsed> labels = new ArrayList<>();
		final boolean item;
		/** What the task shares with the others of its sentence: the subject and deadline said once for all. */
		String shared = "";

		Draft(int order, Node group, String text, boolean item) {
			this.order = order;
			this.group = group;
			this.text = new StringBuilder(text);
			this.item = item;
		}

		Task toTask(Dates.Years years, Lexicon lexicon, Map<String, String> people) {
			Responsibility.Parsed inline = Responsibility.parse(text.toString());
			String sentence = inline.text().strip();
			if (Chars.wordsOnly(sentence).length() < 4) {
				return null;
			}
			List<Responsibility.Parsed> all = new ArrayList<>();
			all.add(inline);
			all.addAll(labels);
			Set<String> leads = new LinkedHashSet<>();
			Set<String> cos = new LinkedHashSet<>();
			String deadlineText = null;
			for (Responsibility.Parsed parsed : all) {
				leads.addAll(parsed.leads());
				cos.addAll(parsed.cos());
				if (parsed.deadline() != null) {
					deadlineText = parsed.deadline();
				}
				for (String leader : parsed.leaders()) {
					List<People.Found> found = new ArrayList<>();
					People.find(leader, lexicon, found);
					if (found.isEmpty() && leader.length() >= 2 && leader.length() <= 4) {
						people.putIfAbsent(leader, "责任领导");
					}
					found.forEach(p -> people.putIfAbsent(p.name(), p.role()));
				}
			}
			for (String said : List.of(sentence, shared)) {
				if (leads.isEmpty() && cos.isEmpty()) {
					Units.Roles roles = Units.inSentence(said, lexicon);
					leads.addAll(roles.leads());
					cos.addAll(roles.cos());
				}
			}
			for (Node node = group; leads.isEmpty() && cos.isEmpty() && node != null; node = node.parent) {
				if (node.defaults != null) {
					leads.addAll(node.defaults.leads());
					cos.addAll(node.defaults.cos());
					if (deadlineText == null) {
						deadlineText = node.defaults.deadline();
					}
				}
			}
			for (String said : List.of(sentence, shared)) {
				String owner = leads.isEmpty() && cos.isEmpty() ? owner(said, lexicon) : null;
				if (owner != null) {
					leads.add(owner);
				}
			}
			cos.removeAll(leads);
			LocalDate deadline = deadlineText != null ? Dates.deadline(deadlineText, years) : null;
			if (deadline == null) {
				deadline = Dates.deadline(sentence, years);
			}
			if (deadline == null && !shared.isEmpty()) {
				deadline = Dates.deadline(shared, years);
			}
			List<Target> targets = Targets.find(sentence, years, deadline);
			Places.Found places = Places.find(sentence, lexicon);
			List<String> enterprises = lexicon.enterprises(sentence).stream().map(Lexicon.Found::value).distinct().toList();
			return new Task(group == null ? null : group.title, sentence, List.copyOf(leads), List.copyOf(cos),
					places.known().stream().map(KnownPlace::name).toList(), places.unknown(), deadline, targets, enterprises);
		}
	}

	/** The subject before 将/要/正 at the head of a sentence, with the speaker before it ("某镇镇长表示，街道将…"). */
	private static final Pattern OWNER_HEAD = Pattern.compile("^[^。；;“”]{2,40}?(?=将|要|正在|正|力争)");

	/**
	 * Who a sentence says will do the work when no unit is labelled: the town, street or unit named as its subject
	 * ("杜阮镇将…", "荷塘镇党委书记某某表示，荷塘镇将…"), the last one named before the verb.
	 */
	static String owner(String sentence, Lexicon lexicon) {
		java.util.regex.Matcher head = OWNER_HEAD.matcher(sentence);
		if (!head.lookingAt()) {
			return null;
		}
		String subject = head.group();
		List<Lexicon.Found<String>> units = Units.find(subject, lexicon);
		Places.Found places = Places.find(subject, lexicon);
		String owner = units.isEmpty() ? null : units.get(units.size() - 1).value();
		int ownerAt = units.isEmpty() ? -1 : units.get(units.size() - 1).begin();
		for (KnownPlace place : places.known()) {
			int at = subject.lastIndexOf(place.name());
			if (at > ownerAt && (place.name().endsWith("镇") || place.name().endsWith("街道"))) {
				owner = place.name();
				ownerAt = at;
			}
		}
		return owner;
	}

	/** An annex that is a list of its own ("附件：十件民生实事"), not a file ("附件：1.分工表.docx"). */
	private static final Pattern ANNEX_TITLE = Pattern.compile("附件[：:]\\s*(?![0-9０-９]{1,2}[.．、\\s])([^。；;.]{4,30})");
	private static final Pattern UMBRELLA = Pattern.compile("目标任务|各项任务|各项工作|全年任务|年度目标");

	/** An item's sentences are one task up to this length; beyond it a run-on paragraph is read sentence by sentence. */
	static final int MAX_ITEM_LENGTH = 2000;

	private final Articles.Article article;
	private final Dates.Years years;
	private final Lexicon lexicon;
	private final List<Node> nodes = new ArrayList<>();
	private final List<Draft> drafts = new ArrayList<>();
	private final List<String> goalSentences = new ArrayList<>();
	private final Deque<Node> open = new ArrayDeque<>();
	private final Map<String, Node> nodeByParagraph = new HashMap<>();
	private TaskRules.Section subheadingSection = TaskRules.Section.TASKS;
	private final TaskRules.Section articleSection;
	private Draft lastDraft;
	private Draft preamble;
	private int labelledLines;
	private int plainSentences;
	private int imperativeSentences;
	private int sequence;

	ArticleWalk(Articles.Article article, Dates.Years years, Lexicon lexicon) {
		this.article = article;
		// a bulletin of progress ("…重点工作1-9月进展情况的通报") reports figures: none of its lines is a task
		this.articleSection = article.title() != null && TaskRules.section(article.title()) == TaskRules.Section.REVIEW
				? TaskRules.Section.REVIEW : TaskRules.Section.TASKS;
		this.years = years;
		this.lexicon = lexicon;
	}

	List<Node> nodes() {
		return nodes;
	}

	List<String> goalSentences() {
		return goalSentences;
	}

	/** The tasks found, in the order of the text: drafts, and headings under which nothing was found. */
	List<Draft> drafts() {
		List<Draft> all = new ArrayList<>(drafts);
		for (Node node : nodes) {
			if (node.children == 0 && node.ghostOf == null && effectiveSection(node) == TaskRules.Section.TASKS
					&& isTaskLike(node.title, true) && (node.yao || TaskRules.isImperative(node.title) || !Targets.find(node.title, years, null).isEmpty())) {
				Draft heading = new Draft(node.order, node.parent, node.title, true);
				if (node.defaults != null) {
					heading.labels.add(node.defaults);
				}
				all.add(heading);
			}
		}
		all.sort(Comparator.comparingInt(draft -> draft.order));
		return all;
	}

	/** Whether the article deploys work rather than reports news: groups, labelled lines or many tasks. */
	boolean isDeployment() {
		long groups = nodes.stream().filter(n -> n.level <= 2 && n.ghostOf == null).count();
		if (groups >= 2 || labelledLines > 0) {
			return true;
		}
		if (ExtractionPipeline.isConferenceTitle(article.title()) && imperativeSentences >= 2) {
			return true;
		}
		return imperativeSentences >= 3 && imperativeSentences * 2 >= plainSentences;
	}

	void run() {
		List<Paragraph> paragraphs = article.paragraphs();
		for (int p = 0; p < paragraphs.size(); p++) {
			Paragraph paragraph = paragraphs.get(p);
			boolean lede = p == 0 && article.reported();
			paragraph(paragraph, lede);
		}
		splitItems();
	}

	/**
	 * A numbered item of one sentence that packs several tasks ("1. 加快…；推进…。") is cut as a plain sentence
	 * is ({@link TaskClauses}): only when every clause is a task of its own, the subject and a closing deadline
	 * shared, the ordinal kept on the first part. An item of several sentences stays one task.
	 */
	private void splitItems() {
		for (int d = 0; d < drafts.size(); d++) {
			Draft draft = drafts.get(d);
			String text = draft.text.toString();
			Markers.Marker marker = draft.item ? Markers.at(text) : null;
			if (marker == null || Sentences.split(text).size() != 1) {
				continue;
			}
			String ordinal = text.substring(0, marker.length());
			TaskClauses.Split split = TaskClauses.split(text.substring(marker.length()), clause -> isTaskLike(clause, false));
			if (split.parts().size() == 1) {
				continue;
			}
			drafts.remove(d);
			for (int i = 0; i < split.parts().size(); i++) {
				Draft part = new Draft(draft.order, draft.group, (i == 0 ? ordinal : "") + split.parts().get(i), true);
				part.labels.addAll(draft.labels);
				part.shared = split.sharedBy(i);
				drafts.add(d + i, part);
			}
			d += split.parts().size() - 1;
		}
	}

	private void paragraph(Paragraph paragraph, boolean lede) {
		String text = paragraph.text();
		if (paragraph.isGhost()) {
			ghost(paragraph);
			return;
		}
		java.util.regex.Matcher annex = ANNEX_TITLE.matcher(text);
		if (annex.matches()) {
			// "附件：2027年十件民生实事": the list that follows is a part of its own, not the last group's
			open.clear();
			Node node = new Node(sequence++, 1, 0, annex.group(1).strip(), null, TaskRules.section(annex.group(1)), null, false);
			nodes.add(node);
			open.push(node);
			subheadingSection = TaskRules.Section.TASKS;
			lastDraft = null;
			preamble = null;
			return;
		}
		if (TaskRules.isPaperwork(text) || Dates.isDateLine(text)) {
			return;
		}
		if (Responsibility.startsWithLabel(text)) {
			labelledLines++;
			attach(Responsibility.parse(text));
			return;
		}
		if (Articles.isHeadline(paragraph) && Markers.at(text) == null) {
			subheadingSection = TaskRules.section(text);
			lastDraft = null;
			preamble = null;
			return;
		}
		List<String> sentences = Sentences.split(text);
		if (sentences.isEmpty()) {
			return;
		}
		boolean review = TaskRules.isReview(sentences.get(0), years.plan()) && Markers.at(text) == null;
		boolean reviewAtStart = review;
		if (TaskRules.opensNewPart(sentences.get(0)) && !open.isEmpty() && open.peek().yao) {
			open.clear();
		}
		Draft item = null;
		Node lead = null;
		for (int s = 0; s < sentences.size(); s++) {
			String sentence = sentences.get(s);
			Markers.Marker marker = Markers.at(sentence);
			if (s > 0 && marker == null && TaskRules.opensNewPart(sentence) && !open.isEmpty() && open.peek().yao
					&& open.peek().children == 0) {
				// "一要…。…六要…。会议要求，…": a run of 一要…六要 items, each a task, ended inside the paragraph (a
				// 一要 heading that already heads sentences keeps the next "会议强调" ones)
				open.clear();
				item = null;
			}
			if (s == 0 && marker == null && sentences.size() > 1 && top() != null && !review && isLeadSentence(sentence)) {
				lead = openLead(sentence);
				continue;
			}
			if (s == 0 && marker == null && isUmbrella(sentence, sentences)) {
				goalSentences.add(sentence);
				continue;
			}
			if (marker != null && opensNode(marker, sentence, sentences.size())) {
				if (marker.ordinal() == 1) {
					retractPreamble();
				}
				Node node = openNode(marker, sentence);
				if (s == 0) {
					nodeByParagraph.put(text, node);
				}
				item = null;
				lastDraft = null;
				preamble = null;
				continue;
			}
			if (Responsibility.startsWithLabel(sentence)) {
				labelledLines++;
				attach(Responsibility.parse(sentence));
				continue;
			}
			if (item == null && lastDraft != null && isBracketedUnits(sentence)) {
				// "（区发改局牵头，区住建局、各镇（街）配合）" after a task says who does it
				Units.Roles roles = Units.inSentence(sentence, lexicon);
				lastDraft.labels.add(new Responsibility.Parsed("", roles.leads(), roles.cos(), List.of(), null));
				continue;
			}
			if (marker != null) {
				item = null;
				if (marker.ordinal() == 1) {
					retractPreamble();
				}
				preamble = null;
				if (Responsibility.hasLabel(sentence)) {
					labelledLines++;
				}
				if (effectiveSection(top()) == TaskRules.Section.TASKS && !review && isTaskLike(sentence, true)) {
					item = draft(sentence, true);
					imperativeSentences++;
				}
				else if (effectiveSection(top()) == TaskRules.Section.GOALS) {
					goalSentences.add(sentence);
				}
				continue;
			}
			if (item != null && item.text.length() + sentence.length() <= MAX_ITEM_LENGTH) {
				item.text.append(sentence);
				continue;
			}
			item = null;
			plainSentences++;
			if (review && s > 0 && reviewAtStart && TaskRules.turnsToPlan(sentence, years.plan()) && !TaskRules.isReview(sentence, years.plan())) {
				// "2024年，…取得新突破。2025年，…目标增长5.5%以上。全区将…": the paragraph turned from the past to the plan
				review = false;
			}
			sentence(sentence, lede || review);
		}
		if (lead != null && top() == lead) {
			open.pop();
		}
	}

	private boolean isBracketedUnits(String sentence) {
		String trimmed = sentence.strip();
		return (trimmed.startsWith("（") || trimmed.startsWith("(")) && (trimmed.endsWith("）") || trimmed.endsWith(")")
				|| trimmed.endsWith("）。") || trimmed.endsWith(")。")) && !Units.inSentence(trimmed, lexicon).isEmpty();
	}

	/**
	 * A paragraph that opens with the whole ("下半年要聚焦年度目标任务，奋力完成全年各项任务。") and then lists
	 * the parts ("要…。要…。"): the opening names what the parts serve, like a preamble.
	 */
	private boolean isUmbrella(String sentence, List<String> sentences) {
		if (!UMBRELLA.matcher(sentence).find() || !Targets.find(sentence, years, null).isEmpty()) {
			return false;
		}
		return sentences.stream().skip(1).filter(TaskRules::isImperative).count() >= 2;
	}

	/**
	 * A short imperative sentence opening a paragraph under a heading ("加快数字化转型。") titles the sentences
	 * after it, as the bold lead of a work report's paragraph does.
	 */
	private static boolean isLeadSentence(String sentence) {
		int words = Chars.wordsOnly(sentence).length();
		char last = sentence.charAt(sentence.length() - 1);
		return words >= 4 && words <= 16 && "。！!".indexOf(last) >= 0 && sentence.chars().noneMatch(c -> "，,、；;：:".indexOf(c) >= 0)
				&& TaskRules.isImperative(sentence);
	}

	private Node openLead(String sentence) {
		Node node = new Node(sequence++, 3, 0, ExtractionPipeline.headingTitle(sentence), top(), TaskRules.Section.TASKS, null, false);
		nodes.add(node);
		open.push(node);
		lastDraft = null;
		preamble = null;
		return node;
	}

	private void sentence(String sentence, boolean notTasks) {
		TaskRules.Section section = effectiveSection(top());
		boolean imperative = TaskRules.isImperative(sentence);
		if (section == TaskRules.Section.GOALS || TaskRules.isGoalStatement(sentence)) {
			goalSentences.add(sentence);
			lastDraft = null;
			preamble = null;
			return;
		}
		if (!notTasks && section == TaskRules.Section.TASKS && imperative && isTaskLike(sentence, false, true)) {
			imperativeSentences++;
			if (Responsibility.hasLabel(sentence)) {
				labelledLines++;
			}
			TaskClauses.Split split = TaskClauses.split(sentence, clause -> isTaskLike(clause, false));
			if (split.parts().size() == 1) {
				preamble = draft(sentence, false);
				return;
			}
			// several tasks in one sentence introduce no groups: none of them is a preamble
			for (int i = 0; i < split.parts().size(); i++) {
				draft(split.parts().get(i), false).shared = split.sharedBy(i);
			}
			preamble = null;
			return;
		}
		// "2025年，全区GDP预期目标增长5.5%以上。": figures for the planned year that no one is asked to act on
		if (!notTasks && !imperative && TaskRules.turnsToPlan(sentence, years.plan()) && !TaskRules.isReview(sentence, years.plan())
				&& !Targets.find(sentence, years, null).isEmpty() && top() == null) {
			goalSentences.add(sentence);
			lastDraft = null;
			preamble = null;
			return;
		}
		// Under a heading, a sentence that only states figures is a task too: "城镇新增就业2.5万人。"
		if (!notTasks && section == TaskRules.Section.TASKS && top() != null && isTaskLike(sentence, true, imperative)
				&& statesFiguresFirst(sentence)) {
			draft(sentence, false);
			preamble = null;
			return;
		}
		lastDraft = null;
		preamble = null;
	}

	/**
	 * Whether a text may be a task: long enough, no formality, paperwork, goal statement or review. A plain
	 * sentence must also be imperative; a numbered item need not ("1. 全年新增…50家"), unless it reads as a review.
	 */
	private boolean isTaskLike(String text, boolean numbered) {
		return isTaskLike(text, numbered, TaskRules.isImperative(text));
	}

	private boolean isTaskLike(String text, boolean numbered, boolean imperative) {
		if (Chars.wordsOnly(Markers.strip(text)).length() < 6 || TaskRules.isFormality(text) || TaskRules.isPaperwork(text)
				|| TaskRules.isGoalStatement(text)) {
			return false;
		}
		boolean review = TaskRules.isReview(text, years.plan()) || TaskRules.reportsProgress(text);
		return numbered ? !review || imperative : imperative && !review;
	}

	/** Whether the sentence opens with a figure: its first clause holds a target. */
	private boolean statesFiguresFirst(String sentence) {
		List<Target> targets = Targets.find(sentence, years, null);
		return !targets.isEmpty() && sentence.strip().startsWith(targets.get(0).text());
	}

	/** The sentence right before the first of a run of groups introduces them: its targets are goals. */
	private void retractPreamble() {
		if (preamble != null && !preamble.item && drafts.get(drafts.size() - 1) == preamble) {
			drafts.remove(drafts.size() - 1);
			goalSentences.add(preamble.text.toString());
			if (preamble.group != null) {
				preamble.group.children--;
			}
		}
		preamble = null;
	}

	private Draft draft(String text, boolean item) {
		Node group = top();
		Draft draft = new Draft(sequence++, group, text, item);
		drafts.add(draft);
		for (Node node = group; node != null; node = node.parent) {
			node.children++;
		}
		lastDraft = draft;
		return draft;
	}

	/**
	 * Groups and sections always head text; a numbered item does when it is a short title standing alone
	 * ("1.推进产业园区提质增效"). Should nothing follow it, it is a task after all (see {@link #drafts()}).
	 */
	private static boolean opensNode(Markers.Marker marker, String sentence, int sentencesInParagraph) {
		if (marker.kind().opensGroup()) {
			return true;
		}
		String title = Markers.strip(sentence).strip();
		if (sentencesInParagraph != 1 || title.length() > 24 || title.isEmpty()) {
			return false;
		}
		char last = title.charAt(title.length() - 1);
		return "。；;！!？?，,".indexOf(last) < 0;
	}

	private Node openNode(Markers.Marker marker, String sentence) {
		int level = marker.kind().level;
		while (!open.isEmpty() && open.peek().level >= level) {
			open.pop();
		}
		Node parent = top();
		Responsibility.Parsed labels = Responsibility.hasLabel(sentence) ? Responsibility.parse(sentence) : null;
		String title = ExtractionPipeline.headingTitle(labels != null ? labels.text() : sentence);
		Node node = new Node(sequence++, level, marker.ordinal(), title, parent, TaskRules.section(title), null,
				marker.kind() == Markers.Kind.YAO || marker.kind() == Markers.Kind.KEYWORD);
		if (labels != null && labels.hasAny()) {
			node.defaults = labels;
			labelledLines++;
		}
		nodes.add(node);
		open.push(node);
		subheadingSection = TaskRules.Section.TASKS;
		return node;
	}

	/** A group printed again under another ordinal: listed, pointing at the original, with no tasks of its own. */
	private void ghost(Paragraph paragraph) {
		Markers.Marker marker = Markers.at(paragraph.text());
		if (marker == null || !marker.kind().opensGroup()) {
			return;
		}
		Node original = nodeByParagraph.get(paragraph.duplicateOf());
		List<String> sentences = Sentences.split(paragraph.text());
		String title = ExtractionPipeline.headingTitle(sentences.get(0));
		int level = marker.kind().level;
		while (!open.isEmpty() && open.peek().level >= level) {
			open.pop();
		}
		Node node = new Node(sequence++, level, marker.ordinal(), title, top(), TaskRules.section(title), original,
				marker.kind() == Markers.Kind.YAO);
		nodes.add(node);
		open.push(node);
		lastDraft = null;
		preamble = null;
	}

	private void attach(Responsibility.Parsed parsed) {
		if (!parsed.hasAny()) {
			return;
		}
		if (lastDraft != null) {
			lastDraft.labels.add(parsed);
		}
		else if (top() != null) {
			Node group = top();
			group.defaults = group.defaults == null ? parsed : merge(group.defaults, parsed);
		}
	}

	private static Responsibility.Parsed merge(Responsibility.Parsed a, Responsibility.Parsed b) {
		List<String> leads = new ArrayList<>(a.leads());
		leads.addAll(b.leads());
		List<String> cos = new ArrayList<>(a.cos());
		cos.addAll(b.cos());
		List<String> leaders = new ArrayList<>(a.leaders());
		leaders.addAll(b.leaders());
		return new Responsibility.Parsed(a.text(), leads, cos, leaders, b.deadline() != null ? b.deadline() : a.deadline());
	}

	private Node top() {
		return open.peek();
	}

	private TaskRules.Section effectiveSection(Node from) {
		if (articleSection != TaskRules.Section.TASKS) {
			return articleSection;
		}
		for (Node node = from; node != null; node = node.parent) {
			if (node.section != TaskRules.Section.TASKS) {
				return node.section;
			}
		}
		return from == top() ? subheadingSection : TaskRules.Section.TASKS;
	}
}
