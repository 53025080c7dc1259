package org.luoshi.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.luoshi.reports.DeploymentDraft.Target;
import org.luoshi.reports.DeploymentDraft.Task;
import org.luoshi.reports.internal.extraction.BundledNames;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scores the reader against a folder of documents with hand-made gold ({@code gold.json}: {@code docs} with
 * {@code file, tasks, groups, units, targets, growth_targets, neutral, not_tasks, people, meeting_date}), by the
 * rules of {@code ../shared/eval-dev/README.md}: text is compared after NFKC with all whitespace removed; a task
 * phrase must be inside the text of exactly one extracted task (inside none: missed; inside more: a duplicate); a
 * group phrase inside a task's text or group; a not_task phrase inside no task (each one that is: a false task); a
 * target attached with its value and unit (and deadline, where given) to the task or goal whose text holds its
 * phrase; a unit among the lead or co-operating units of the task that holds its phrase (our own gold may name a
 * list of units for one task: each counts); people by name; the meeting date exactly. The unit count is exact: the
 * name in the task's {@code leadUnits}/{@code coUnits}, which hold the units as the document writes them, against the
 * name as the gold writes it. Beside it, for information only, how many were the same unit of the bundled gazetteer
 * under another of its names (the reader named units as the organization does, 区发展改革局 → 区发改局, until it kept
 * them as written: the two counts differed by 8 on the blind corpus then).
 */
final class GoldScorer {

	private static final Pattern WHITESPACE = Pattern.compile("(?U)\\s+");
	private static final JsonMapper JSON = JsonMapper.builder().build();

	private GoldScorer() {
	}

	static String normalized(String text) {
		return text == null ? "" : WHITESPACE.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll("");
	}

	/** Counts and the misses behind them, for one document or a folder. */
	static final class Score {

		int tasks;
		int tasksFound;
		int duplicates;
		int groups;
		int groupsFound;
		int notTasks;
		int falseTasks;
		int listed;
		int unclaimed;
		int units;
		int unitsRight;
		/** Units right or named by another name of the same organization unit (区发展改革局 for 区发改局). */
		int unitsSameUnit;
		int targets;
		int targetsRight;
		int people;
		int peopleRight;
		int dates;
		int datesRight;
		final List<String> problems = new ArrayList<>();

		void add(Score other) {
			tasks += other.tasks;
			tasksFound += other.tasksFound;
			duplicates += other.duplicates;
			groups += other.groups;
			groupsFound += other.groupsFound;
			notTasks += other.notTasks;
			falseTasks += other.falseTasks;
			listed += other.listed;
			unclaimed += other.unclaimed;
			units += other.units;
			unitsRight += other.unitsRight;
			unitsSameUnit += other.unitsSameUnit;
			targets += other.targets;
			targetsRight += other.targetsRight;
			people += other.people;
			peopleRight += other.peopleRight;
			dates += other.dates;
			datesRight += other.datesRight;
			problems.addAll(other.problems);
		}

		double recall() {
			return ratio(tasksFound, tasks);
		}

		double unitsScore() {
			return ratio(unitsRight, units);
		}

		double targetsScore() {
			return ratio(targetsRight, targets);
		}

		private static double ratio(int part, int whole) {
			return whole == 0 ? 1 : (double) part / whole;
		}

		String line() {
			return String.format("tasks %d/%d (recall %.3f), duplicates %d, false tasks %d (of %d not_tasks), groups %d/%d, "
					+ "units %d/%d (same organization unit %d), targets %d/%d, people %d/%d, dates %d/%d; listed %d, of which unclaimed by any phrase %d",
					tasksFound, tasks, recall(), duplicates, falseTasks, notTasks, groupsFound, groups, unitsRight, units, unitsSameUnit,
					targetsRight, targets, peopleRight, people, datesRight, dates, listed, unclaimed);
		}
	}

	/** Scores every document of the folder's {@code gold.json}; the report has a line per document and a total. */
	static Score scoreFolder(Path folder, ReportReader reader, StringBuilder report) {
		JsonNode gold = read(folder.resolve("gold.json"));
		Score total = new Score();
		for (JsonNode doc : gold.get("docs")) {
			String file = doc.get("file").asString();
			byte[] bytes;
			try {
				bytes = Files.readAllBytes(folder.resolve(file));
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			DeploymentDraft draft = reader.read(ReportInput.file(file, bytes));
			Score score = score(file, doc, draft);
			report.append(String.format("%-60s %s%n", file, score.line()));
			total.add(score);
		}
		report.append(String.format("%-60s %s%n", "TOTAL", total.line()));
		total.problems.forEach(p -> report.append("  ").append(p).append('\n'));
		return total;
	}

	static Score score(String file, JsonNode doc, DeploymentDraft draft) {
		Score score = new Score();
		String at = file.length() > 2 ? file.substring(0, 2) + " " : file + " ";
		List<String> texts = draft.tasks().stream().map(t -> normalized(t.text())).toList();
		score.listed = texts.size();
		Set<Integer> claimed = new LinkedHashSet<>();
		for (JsonNode phrase : doc.path("tasks")) {
			String wanted = normalized(phrase.asString());
			List<Integer> holders = holders(texts, wanted);
			claimed.addAll(holders);
			score.tasks++;
			if (holders.size() == 1) {
				score.tasksFound++;
			}
			else if (holders.isEmpty()) {
				score.problems.add(at + "missed task: " + phrase.asString());
			}
			else {
				score.duplicates++;
				score.problems.add(at + "task in " + holders.size() + " rows: " + phrase.asString());
			}
		}
		for (JsonNode phrase : doc.path("groups")) {
			String wanted = normalized(phrase.asString());
			score.groups++;
			List<Integer> holders = holders(texts, wanted);
			claimed.addAll(holders);
			boolean inGroup = draft.tasks().stream().anyMatch(t -> normalized(t.group()).contains(wanted));
			if (!holders.isEmpty() || inGroup) {
				score.groupsFound++;
			}
			else {
				score.problems.add(at + "missed group: " + phrase.asString());
			}
		}
		for (JsonNode phrase : doc.path("neutral")) {
			claimed.addAll(holders(texts, normalized(phrase.asString())));
		}
		for (JsonNode phrase : doc.path("not_tasks")) {
			score.notTasks++;
			List<Integer> holders = holders(texts, normalized(phrase.asString()));
			if (!holders.isEmpty()) {
				score.falseTasks++;
				score.problems.add(at + "false task (" + phrase.asString() + "): " + draft.tasks().get(holders.get(0)).text());
			}
		}
		for (int i = 0; i < texts.size(); i++) {
			if (!claimed.contains(i)) {
				score.unclaimed++;
				score.problems.add(at + "unclaimed row: " + draft.tasks().get(i).text());
			}
		}
		List<JsonNode> targets = new ArrayList<>();
		doc.path("targets").forEach(targets::add);
		doc.path("growth_targets").forEach(targets::add);
		for (JsonNode target : targets) {
			score.targets++;
			String phrase = normalized(target.get("phrase").asString());
			List<Target> attached = new ArrayList<>();
			for (int i = 0; i < texts.size(); i++) {
				if (texts.get(i).contains(phrase)) {
					Task task = draft.tasks().get(i);
					task.targets().forEach(t -> attached.add(withTaskDeadline(t, task)));
				}
			}
			draft.goals().stream().filter(g -> normalized(g.text()).contains(phrase)).forEach(attached::add);
			if (attached.stream().anyMatch(t -> matches(target, t))) {
				score.targetsRight++;
			}
			else {
				score.problems.add(at + "target " + target + " not in " + attached.stream().map(GoldScorer::shortly).toList());
			}
		}
		for (var entry : doc.path("units").properties()) {
			List<String> wanted = new ArrayList<>();
			if (entry.getValue().isArray()) {
				entry.getValue().forEach(unit -> wanted.add(unit.asString()));
			}
			else {
				wanted.add(entry.getValue().asString());
			}
			List<Integer> holders = holders(texts, normalized(entry.getKey()));
			Task task = holders.size() == 1 ? draft.tasks().get(holders.get(0)) : null;
			for (String unit : wanted) {
				score.units++;
				if (task != null && Stream.concat(task.leadUnits().stream(), task.coUnits().stream())
					.anyMatch(u -> normalized(u).equals(normalized(unit)))) {
					score.unitsRight++;
					score.unitsSameUnit++;
				}
				else {
					if (task != null && Stream.concat(task.leadUnits().stream(), task.coUnits().stream())
						.anyMatch(u -> sameUnit(u, unit))) {
						score.unitsSameUnit++;
					}
					score.problems.add(at + "unit " + unit + " not on task: " + entry.getKey()
							+ (task == null ? "" : " (has " + task.leadUnits() + " / " + task.coUnits() + ")"));
				}
			}
		}
		for (JsonNode person : doc.path("people")) {
			score.people++;
			String name = person.isString() ? person.asString() : person.get("name").asString();
			if (draft.people().stream().anyMatch(p -> p.name().equals(name))) {
				score.peopleRight++;
			}
			else {
				score.problems.add(at + "person missed: " + name + " (found " + draft.people() + ")");
			}
		}
		if (doc.has("meeting_date")) {
			score.dates++;
			String wanted = doc.get("meeting_date").asString();
			if (draft.date() != null && draft.date().toString().equals(wanted)) {
				score.datesRight++;
			}
			else {
				score.problems.add(at + "date " + draft.date() + ", expected " + wanted);
			}
		}
		return score;
	}

	/** Both names stand for one unit of the bundled gazetteer (its name or one of its aliases). */
	private static boolean sameUnit(String extracted, String wanted) {
		String a = normalized(extracted);
		String b = normalized(wanted);
		return BundledNames.instance().units().stream()
			.map(u -> Stream.concat(Stream.of(u.name()), u.aliases().stream()).map(GoldScorer::normalized).toList())
			.anyMatch(names -> names.contains(a) && names.contains(b));
	}

	private static List<Integer> holders(List<String> texts, String phrase) {
		List<Integer> holders = new ArrayList<>();
		for (int i = 0; i < texts.size(); i++) {
			if (texts.get(i).contains(phrase)) {
				holders.add(i);
			}
		}
		return holders;
	}

	/** A target's deadline is its own, else its task's: the gold gives the year a target is due. */
	private static Target withTaskDeadline(Target target, Task task) {
		return target.deadline() != null || task.deadline() == null ? target
				: new Target(target.text(), target.indicator(), target.kind(), target.value(), target.unit(),
						target.comparator(), task.deadline());
	}

	private static boolean matches(JsonNode wanted, Target actual) {
		return new BigDecimal(wanted.get("value").asString()).compareTo(actual.value()) == 0
				&& wanted.get("unit").asString().equals(actual.unit())
				&& (!wanted.has("deadline") || actual.deadline() != null
						&& actual.deadline().toString().equals(wanted.get("deadline").asString()));
	}

	private static String shortly(Target target) {
		return target.value().toPlainString() + target.unit() + (target.deadline() == null ? "" : "@" + target.deadline());
	}

	private static JsonNode read(Path file) {
		try {
			return JSON.readTree(Files.readString(file));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
