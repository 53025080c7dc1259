package org.luoshi.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.luoshi.reports.DeploymentDraft.Target;
import org.luoshi.reports.DeploymentDraft.Task;
import org.luoshi.reports.ReportFixtures.CorpusDocument;

import tools.jackson.databind.JsonNode;

/**
 * The quality bar on the corpus: every expected task found once (recall), nothing else listed as a task
 * (precision), and the details the expectations name (groups, units, places, deadlines, targets, goals,
 * people, dates) right. Each expected task is named by a fragment of its text; a document's expectations list
 * all its tasks.
 */
class ReportCorpusTests {

	static final double BAR = 0.95;

	@Test
	void findsTheTasksOfTheCorpusWithHighRecallAndPrecision() {
		int expected = 0;
		int found = 0;
		int listed = 0;
		int correct = 0;
		List<String> problems = new ArrayList<>();
		StringBuilder report = new StringBuilder();
		for (CorpusDocument document : ReportFixtures.corpus()) {
			DeploymentDraft draft = ReportFixtures.reader().read(document.input());
			Score score = score(document, draft, problems);
			expected += score.expected;
			found += score.found;
			listed += draft.tasks().size();
			correct += score.correct;
			report.append(String.format("%-40s expected %2d, found %2d, listed %2d, correct %2d%n", document.name(),
					score.expected, score.found, draft.tasks().size(), score.correct));
		}
		double recall = (double) found / expected;
		double precision = listed == 0 ? 0 : (double) correct / listed;
		report.append(String.format("corpus: recall %.3f (%d/%d), precision %.3f (%d/%d)%n", recall, found, expected,
				precision, correct, listed));
		System.out.print(report);
		assertThat(problems).as(report.toString()).isEmpty();
		assertThat(recall).as(report.toString()).isGreaterThanOrEqualTo(BAR);
		assertThat(precision).as(report.toString()).isGreaterThanOrEqualTo(BAR);
	}

	private record Score(int expected, int found, int correct) {
	}

	private static Score score(CorpusDocument document, DeploymentDraft draft, List<String> problems) {
		JsonNode expected = document.expected();
		String doc = document.name() + ": ";
		check(problems, doc + "title", expected, "title", draft.title(), true);
		check(problems, doc + "date", expected, "date", draft.date() == null ? null : draft.date().toString(), false);
		if (expected.has("duplicateParagraphs") && expected.get("duplicateParagraphs").asInt() != draft.duplicateParagraphs()) {
			problems.add(doc + "duplicateParagraphs " + draft.duplicateParagraphs());
		}
		if (expected.has("articles") && expected.get("articles").asInt() != draft.articles().size()) {
			problems.add(doc + "articles " + draft.articles());
		}
		Set<Task> matched = new HashSet<>();
		int found = 0;
		for (JsonNode task : expected.get("tasks")) {
			String fragment = task.get("contains").asString();
			List<Task> candidates = draft.tasks().stream().filter(t -> t.text().contains(fragment)).toList();
			if (candidates.size() != 1) {
				problems.add(doc + "task \"" + fragment + "\" found " + candidates.size() + " times");
				continue;
			}
			Task actual = candidates.get(0);
			matched.add(actual);
			found++;
			String where = doc + "task \"" + fragment + "\" ";
			check(problems, where + "group", task, "group", actual.group(), true);
			checkSet(problems, where + "leadUnits", task, "leadUnits", actual.leadUnits());
			checkSet(problems, where + "coUnits", task, "coUnits", actual.coUnits());
			checkSet(problems, where + "places", task, "places", actual.places());
			checkSet(problems, where + "unknownPlaces", task, "unknownPlaces", actual.unknownPlaces());
			check(problems, where + "deadline", task, "deadline", actual.deadline() == null ? null : actual.deadline().toString(), false);
			if (task.has("targets")) {
				if (task.get("targets").size() != actual.targets().size()) {
					problems.add(where + "targets " + actual.targets());
				}
				for (JsonNode target : task.get("targets")) {
					if (actual.targets().stream().noneMatch(t -> matches(target, t))) {
						problems.add(where + "target " + target + " not in " + actual.targets());
					}
				}
			}
		}
		for (Task task : draft.tasks()) {
			if (!matched.contains(task)) {
				problems.add(doc + "not a task: " + task.text());
			}
		}
		for (JsonNode fragment : expected.path("notTasks")) {
			draft.tasks().stream().filter(t -> t.text().contains(fragment.asString()))
				.forEach(t -> problems.add(doc + "listed as a task: " + t.text()));
		}
		for (JsonNode goal : expected.path("goals")) {
			if (draft.goals().stream().noneMatch(g -> matches(goal, g))) {
				problems.add(doc + "goal " + goal + " not in " + draft.goals());
			}
		}
		for (JsonNode person : expected.path("people")) {
			DeploymentDraft.Person wanted = new DeploymentDraft.Person(person.get("name").asString(), person.get("role").asString());
			if (!draft.people().contains(wanted)) {
				problems.add(doc + "person " + wanted + " not in " + draft.people());
			}
		}
		for (JsonNode place : expected.path("places")) {
			if (draft.places().stream().noneMatch(p -> p.name().equals(place.asString()))) {
				problems.add(doc + "place " + place + " not in " + draft.places());
			}
		}
		return new Score(expected.get("tasks").size(), found, matched.size());
	}

	private static boolean matches(JsonNode expected, Target actual) {
		return new BigDecimal(expected.get("value").asString()).compareTo(actual.value()) == 0
				&& expected.get("unit").asString().equals(actual.unit())
				&& (!expected.has("kind") || expected.get("kind").asString().equals(actual.kind().json()))
				&& (!expected.has("comparator") || expected.get("comparator").asString().equals(actual.comparator().symbol()))
				&& (!expected.has("indicator") || actual.indicator() != null && actual.indicator().contains(expected.get("indicator").asString()));
	}

	private static void check(List<String> problems, String what, JsonNode expected, String field, String actual, boolean contains) {
		if (!expected.has(field)) {
			return;
		}
		JsonNode value = expected.get(field);
		boolean ok = value.isNull() ? actual == null
				: actual != null && (contains ? actual.contains(value.asString()) : actual.equals(value.asString()));
		if (!ok) {
			problems.add(what + " was " + actual + ", expected " + value);
		}
	}

	private static void checkSet(List<String> problems, String what, JsonNode expected, String field, List<String> actual) {
		if (!expected.has(field)) {
			return;
		}
		Set<String> wanted = new HashSet<>();
		expected.get(field).forEach(v -> wanted.add(v.asString()));
		if (!wanted.equals(new HashSet<>(actual))) {
			problems.add(what + " was " + actual + ", expected " + wanted);
		}
	}
}
