package org.luoshi.supervision.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.LongPredicate;

import org.luoshi.shared.PageQuery;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;
import org.luoshi.supervision.Light;
import org.luoshi.supervision.TaskFilter;
import org.luoshi.supervision.TaskStatus;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the task list shows, as its address says it ({@code ?unit=12&light=RED&sort=deadline,desc&page=2}); the export
 * links repeat the same parameters. Read leniently: a value that cannot be used is reported and left out, so that a
 * mistyped or outdated link still shows a list.
 */
record TaskListQuery(Long goal, Long unit, Set<TaskStatus> statuses, Set<Light> lights, String group, LocalDate dueFrom,
		LocalDate dueTo, String text, boolean subtasks, PageQuery page) {

	static final String PATH = "/supervision/tasks";
	static final String EXPORT_PATH = "/supervision/tasks/export.xlsx";
	static final String DEFAULT_SORT = "number";

	/** The parameters as typed in the address. */
	record Params(String goal, String unit, List<String> status, List<String> light, String group, String dueFrom, String dueTo,
			String q, String subtasks, String page, String sort) {
	}

	/**
	 * @param goalVisible whether the actor sees the goal of that id
	 * @param unitOffered whether the unit is one the filter offers
	 * @param problems where each value left out is reported, on its parameter's name
	 */
	static TaskListQuery read(Params params, LongPredicate goalVisible, LongPredicate unitOffered, List<Violation> problems) {
		Long goal = Forms.id(params.goal(), "goal", problems);
		if (goal != null && !goalVisible.test(goal)) {
			problems.add(Violation.of("goal", "tasks.filter.goal.unknown"));
			goal = null;
		}
		Long unit = Forms.id(params.unit(), "unit", problems);
		if (unit != null && !unitOffered.test(unit)) {
			problems.add(Violation.of("unit", "tasks.filter.unit.unknown"));
			unit = null;
		}
		TaskFilter filter = new TaskFilterParameters(goal, unit, params.status(), params.light(), params.group(), params.dueFrom(),
				params.dueTo(), params.q(), "true".equalsIgnoreCase(params.subtasks())).read(problems);
		return new TaskListQuery(filter.goalId(), filter.unitId(), filter.statuses(), filter.lights(), filter.group(), filter.dueFrom(),
				filter.dueTo(), filter.text(), filter.subtasks(), paging(params, problems));
	}

	TaskFilter filter() {
		return new TaskFilter(goal, unit, statuses, lights, group, dueFrom, dueTo, text, subtasks);
	}

	/** The one status chosen, for the filter's select ({@code null} for none or several). */
	public TaskStatus status() {
		return statuses.size() == 1 ? statuses.iterator().next() : null;
	}

	public Light light() {
		return lights.size() == 1 ? lights.iterator().next() : null;
	}

	public String pageLink(int number) {
		return filters(UriComponentsBuilder.fromPath(PATH)).queryParam("sort", sort()).queryParam("page", number).encode().toUriString();
	}

	/** The list sorted by {@code field}: ascending first, descending when it is already sorted so ascending. */
	public String sortLink(String field) {
		boolean descending = field.equals(page.sortField()) && page.ascending();
		return filters(UriComponentsBuilder.fromPath(PATH)).queryParam("sort", field + (descending ? ",desc" : ",asc")).encode()
			.toUriString();
	}

	/** {@code ascending}, {@code descending} or {@code none}, for the column headers' aria-sort. */
	public String sortedBy(String field) {
		return !field.equals(page.sortField()) ? "none" : page.ascending() ? "ascending" : "descending";
	}

	public String exportLink(String layout) {
		return filters(UriComponentsBuilder.fromPath(EXPORT_PATH).queryParam("layout", layout)).encode().toUriString();
	}

	private String sort() {
		return page.sortField() + (page.ascending() ? ",asc" : ",desc");
	}

	private UriComponentsBuilder filters(UriComponentsBuilder uri) {
		optional(uri, "goal", goal);
		optional(uri, "unit", unit);
		statuses.stream().sorted().forEach(status -> uri.queryParam("status", status.name()));
		lights.stream().sorted().forEach(light -> uri.queryParam("light", light.name()));
		optional(uri, "group", group);
		optional(uri, "dueFrom", dueFrom);
		optional(uri, "dueTo", dueTo);
		optional(uri, "q", text);
		if (subtasks) {
			uri.queryParam("subtasks", true);
		}
		return uri;
	}

	private static void optional(UriComponentsBuilder uri, String name, Object value) {
		if (value != null) {
			uri.queryParam(name, value);
		}
	}

	private static PageQuery paging(Params params, List<Violation> problems) {
		PageQuery first = Forms.paging(params.page(), PageQuery.DEFAULT_SIZE, DEFAULT_SORT, problems);
		try {
			PageQuery sorted = PageQuery.of(null, null, params.sort(), DEFAULT_SORT, TaskFilter.SORTABLE);
			return new PageQuery(first.page(), first.size(), sorted.sortField(), sorted.ascending());
		}
		catch (ValidationException e) {
			problems.addAll(e.violations());
			return first;
		}
	}
}
