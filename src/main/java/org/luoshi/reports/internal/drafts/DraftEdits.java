package org.luoshi.reports.internal.drafts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.luoshi.reports.DeploymentDraft;
import org.luoshi.reports.DeploymentDraft.Group;
import org.luoshi.reports.DeploymentDraft.Task;

/**
 * The reviewer's changes to a draft's task list, as pure functions: each returns a new draft whose groups' task
 * counts agree with the tasks again.
 */
final class DraftEdits {

	private DraftEdits() {
	}

	static DeploymentDraft replace(DeploymentDraft draft, int index, Task task) {
		return withTasks(draft, tasks -> {
			tasks.set(index, task);
			return tasks;
		});
	}

	/** Adds the task before {@code index} ({@code index} = size: at the end). */
	static DeploymentDraft insert(DeploymentDraft draft, int index, Task task) {
		return withTasks(draft, tasks -> {
			tasks.add(index, task);
			return tasks;
		});
	}

	static DeploymentDraft delete(DeploymentDraft draft, int index) {
		return withTasks(draft, tasks -> {
			tasks.remove(index);
			return tasks;
		});
	}

	/** The task and the next one as one: texts joined, units, places and targets together, the first deadline. */
	static DeploymentDraft mergeWithNext(DeploymentDraft draft, int index) {
		return withTasks(draft, tasks -> {
			Task first = tasks.get(index);
			Task second = tasks.remove(index + 1);
			tasks.set(index, new Task(first.group(), first.text() + second.text(), union(first.leadUnits(), second.leadUnits()),
					union(first.coUnits(), second.coUnits()), union(first.places(), second.places()),
					union(first.unknownPlaces(), second.unknownPlaces()),
					first.deadline() != null ? first.deadline() : second.deadline(), union(first.targets(), second.targets()),
					union(first.enterprises(), second.enterprises())));
			return tasks;
		});
	}

	/**
	 * Cuts the task before {@code position} (0 &lt; position &lt; text length). Both parts keep the group, the units
	 * and the deadline; places, targets and enterprises go with the part that names them.
	 */
	static DeploymentDraft split(DeploymentDraft draft, int index, int position) {
		return withTasks(draft, tasks -> {
			Task task = tasks.get(index);
			tasks.set(index, part(task, task.text().substring(0, position).strip()));
			tasks.add(index + 1, part(task, task.text().substring(position).strip()));
			return tasks;
		});
	}

	private static Task part(Task task, String text) {
		return new Task(task.group(), text, task.leadUnits(), task.coUnits(), named(task.places(), text),
				named(task.unknownPlaces(), text), task.deadline(),
				task.targets().stream().filter(target -> target.text() == null || text.contains(target.text())).toList(),
				named(task.enterprises(), text));
	}

	static Task edited(Task task, String text, List<String> leadUnits, List<String> coUnits, LocalDate deadline) {
		return new Task(task.group(), text, leadUnits, coUnits, task.places(), task.unknownPlaces(), deadline, task.targets(),
				task.enterprises());
	}

	private static List<String> named(List<String> names, String text) {
		return names.stream().filter(text::contains).toList();
	}

	private static <T> List<T> union(List<T> first, List<T> second) {
		LinkedHashSet<T> all = new LinkedHashSet<>(first);
		all.addAll(second);
		return List.copyOf(all);
	}

	private static DeploymentDraft withTasks(DeploymentDraft draft, UnaryOperator<List<Task>> change) {
		List<Task> tasks = change.apply(new ArrayList<>(draft.tasks()));
		Map<String, Integer> counts = new LinkedHashMap<>();
		tasks.forEach(task -> counts.merge(String.valueOf(task.group()), 1, Integer::sum));
		List<Group> groups = draft.groups().stream()
			.map(group -> new Group(group.ordinal(), group.title(), counts.getOrDefault(group.title(), 0), group.duplicateOf()))
			.toList();
		return new DeploymentDraft(draft.title(), draft.date(), draft.duplicateParagraphs(), draft.articles(), draft.people(),
				draft.goals(), tasks, groups, draft.places(), draft.unknownPlaces(), draft.otherPlans());
	}
}
