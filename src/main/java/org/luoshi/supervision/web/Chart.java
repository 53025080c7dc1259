package org.luoshi.supervision.web;

import java.util.List;

import tools.jackson.databind.json.JsonMapper;

/**
 * A chart as a page carries it to {@code static/js/supervision-charts.js}: JSON in the chart element's
 * {@code data-chart} attribute, so that every text in it is escaped by Thymeleaf like any other attribute and no
 * script is ever assembled from strings.
 *
 * @param kind {@code doughnut} (one point per series), {@code stacked-bar} or {@code bar}
 * @param unit what follows a value, such as {@code %}; empty for counts
 * @param max the end of the value axis, or {@code null} to fit the data
 * @param categories the bars, in order; empty for a doughnut
 * @param series one per colour: its key (RED, YELLOW, GREEN, CLOSED, ON_TIME) chooses the colour
 */
record Chart(String kind, String unit, Integer max, List<String> categories, List<Series> series) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** {@code points} line up with the chart's categories. */
	record Series(String key, String name, List<Point> points) {
	}

	/** A value ({@code null}: none, such as a rate with nothing due) and where a click on it leads ({@code null}: nowhere). */
	record Point(Integer value, String link) {
	}

	public String json() {
		return JSON.writeValueAsString(this);
	}
}
