package org.luoshi.supervision.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links into the task list ({@code /supervision/tasks}) narrowed to a board's filter and to what one of its figures
 * or chart segments counts.
 *
 * @param contextPath the application's context path, since these links also travel inside chart data where
 *     Thymeleaf does not add it
 */
record TaskListLinks(String contextPath, Long goalId, String group) {

	String of(BoardSegment segment) {
		return of(segment, group);
	}

	String of(BoardSegment segment, String inGroup) {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath(contextPath + "/supervision/tasks");
		// Tags are free text: passed as URI variables, which are encoded strictly (a '&' or '+' in a tag stays in it).
		Map<String, Object> variables = new LinkedHashMap<>();
		if (goalId != null) {
			link.queryParam("goal", goalId);
		}
		if (inGroup != null) {
			link.queryParam("group", "{group}");
			variables.put("group", inGroup);
		}
		new TreeMap<>(segment.taskListParameters()).forEach((name, values) -> link.queryParam(name, values.toArray()));
		return link.encode().buildAndExpand(variables).toUriString();
	}

	/** Every segment's link, by the segment's name, for the headline figures. */
	Map<String, String> bySegment() {
		Map<String, String> links = new LinkedHashMap<>();
		for (BoardSegment segment : BoardSegment.values()) {
			links.put(segment.name(), of(segment));
		}
		return links;
	}
}
