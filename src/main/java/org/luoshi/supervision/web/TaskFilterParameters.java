package org.luoshi.supervision.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;
import org.luoshi.supervision.Light;
import org.luoshi.supervision.TaskFilter;
import org.luoshi.supervision.TaskStatus;

/**
 * A task filter as query parameters, the same for the API, the list page and the Excel exports:
 * {@code goal, unit, status, light, group, dueFrom, dueTo, q, subtasks}. Statuses and lights may repeat or be
 * comma-separated, in either case. Every bad value is reported at once: the API refuses the request
 * ({@link #toFilter()}), the list page leaves the value out and says so ({@link #read(List)}).
 */
public record TaskFilterParameters(Long goal, Long unit, List<String> status, List<String> light, String group, String dueFrom,
		String dueTo, String q, Boolean subtasks) {

	/** The filter, or {@link ValidationException} with every bad value. */
	public TaskFilter toFilter() {
		List<Violation> violations = new ArrayList<>();
		TaskFilter filter = read(violations);
		ValidationException.throwIfAny(violations);
		return filter;
	}

	/** The filter without the values that cannot be used, each of which is added to {@code violations}. */
	public TaskFilter read(List<Violation> violations) {
		Set<TaskStatus> statuses = EnumSet.noneOf(TaskStatus.class);
		for (String value : values(status)) {
			try {
				statuses.add(TaskStatus.valueOf(value.toUpperCase(java.util.Locale.ROOT)));
			}
			catch (IllegalArgumentException e) {
				violations.add(Violation.of("status", "supervision.filter.status.invalid", value));
			}
		}
		Set<Light> lights = EnumSet.noneOf(Light.class);
		for (String value : values(light)) {
			Light.parse(value).ifPresentOrElse(lights::add,
					() -> violations.add(Violation.of("light", "supervision.filter.light.invalid", value)));
		}
		LocalDate from = date(dueFrom, "dueFrom", violations);
		LocalDate to = date(dueTo, "dueTo", violations);
		if (from != null && to != null && to.isBefore(from)) {
			violations.add(Violation.of("dueTo", "supervision.filter.due.order"));
			to = null;
		}
		String text = q;
		if (text != null && text.strip().length() > TaskFilter.MAX_TEXT) {
			violations.add(Violation.of("q", "validation.too-long", TaskFilter.MAX_TEXT));
			text = null;
		}
		return new TaskFilter(goal, unit, statuses, lights, group, from, to, text, Boolean.TRUE.equals(subtasks));
	}

	private static List<String> values(List<String> parameters) {
		List<String> values = new ArrayList<>();
		if (parameters != null) {
			for (String parameter : parameters) {
				for (String value : parameter.split(",")) {
					if (!value.isBlank()) {
						values.add(value.strip());
					}
				}
			}
		}
		return values;
	}

	private static LocalDate date(String value, String field, List<Violation> violations) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException e) {
			violations.add(Violation.of(field, "supervision.date.invalid"));
			return null;
		}
	}
}
