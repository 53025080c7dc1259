package org.luoshi.dashboard.internal;

import java.util.Arrays;
import java.util.Optional;

/**
 * The dashboard's parts in the order the page shows them. Each is loaded on its own ({@code /dashboard/parts/{name}},
 * {@code /api/v1/dashboard/{name}}), so one slow or failing part holds up or breaks no other.
 * A new part is a constant here, its figures in {@link DashboardFigures}, a case in {@link DashboardParts} and its
 * fragment in {@code templates/dashboard/parts.html} (docs/architecture/dashboard.md, "Adding a part").
 */
public enum Part {

	GDP("gdp"), TOWNS("towns"), TASKS("tasks"), DEMANDS("demands"), LEGAL("legal"), PROJECTS("projects");

	private final String slug;

	Part(String slug) {
		this.slug = slug;
	}

	/** As addresses and the API name it: {@code gdp}, {@code towns} … */
	public String slug() {
		return slug;
	}

	public static Optional<Part> of(String slug) {
		return Arrays.stream(values()).filter(part -> part.slug.equals(slug)).findFirst();
	}
}
