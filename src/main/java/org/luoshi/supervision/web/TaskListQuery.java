package org.luoshi.supervision.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
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
		Set<TaskStatus> statuses = choices(params.status(), TaskStatus.class, "status", problems);
		Set<Light> lights = choices(params.light(), Light.class, "light", problems);
		LocalDate dueFrom = date(params.dueFrom(), "dueFrom", problems);
		LocalDate dueTo = date(params.dueTo(), "dueTo", problems);
		String text = params.q() == null || params.q().isBlank() ? null : params.q().strip();
		if (text != null && text.length() > TaskFilter.MAX_TEXT) {
			problems.add(Violation.of("q", "validation.too-long", TaskFilter.MAX_TEXT));
			text = null;
		}
		String group = params.group() == null || params.group().isBlank() ? null : params.group().strip();
		return new TaskListQuery(goal, unit, statuses, lights, group, dueFrom, dueTo, text,
				"true".equalsIgnoreCase(params.subtasks()), paging(params, problems));
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

	private static <E extends Enum<E>> Set<E> choices(List<String> texts, Class<E> type, String field, List<Violation> problems) {
		Set<E> chosen = EnumSet.noneOf(type);
		List<Violation> wrong = new ArrayList<>();
		for (String text : texts == null ? List.<String>of() : texts) {
			E choice = Forms.choice(text, type, field, wrong);
			if (choice != null) {
				chosen.add(choice);
			}
		}
		if (!wrong.isEmpty()) {
			problems.add(wrong.get(0));
		}
		return chosen;
	}

	private static LocalDate date(String text, String field, List<Violation> problems) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			problems.add(Violation.of(field, "supervision.date.invalid"));
			return null;
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
