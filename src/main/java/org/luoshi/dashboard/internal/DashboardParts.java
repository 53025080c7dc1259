package org.luoshi.dashboard.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.luoshi.dashboard.internal.DashboardViews.Dashboard;
import org.luoshi.dashboard.internal.DashboardViews.DashboardDemands;
import org.luoshi.dashboard.internal.DashboardViews.DashboardGdp;
import org.luoshi.dashboard.internal.DashboardViews.DashboardLegal;
import org.luoshi.dashboard.internal.DashboardViews.DashboardPartProblem;
import org.luoshi.dashboard.internal.DashboardViews.DashboardProjects;
import org.luoshi.dashboard.internal.DashboardViews.DashboardTasks;
import org.luoshi.dashboard.internal.DashboardViews.DashboardTowns;
import org.luoshi.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * Loads a part by its name, each guarded on its own ({@link PartResult}): what the page's fragments, the API and the
 * snapshot share. The one place that maps a {@link Part} to its figures — a new part is a new case here.
 */
@Component
public class DashboardParts {

	private final DashboardFigures figures;

	DashboardParts(DashboardFigures figures) {
		this.figures = figures;
	}

	/**
	 * @param indicator the code of the indicator the towns are compared by ({@code null}: GDP)
	 */
	public PartResult<?> load(Part part, DashboardMonth month, String indicator, Actor actor, Locale locale) {
		return switch (part) {
			case GDP -> PartResult.load(part, () -> figures.gdp(month, actor, locale).orElse(null));
			case TOWNS -> PartResult.load(part, () -> figures.towns(month, indicator, actor, locale));
			case TASKS -> PartResult.load(part, () -> figures.tasks(actor));
			case DEMANDS -> PartResult.load(part, () -> figures.demands(month, actor));
			case LEGAL -> PartResult.load(part, () -> figures.legal(month, actor));
			case PROJECTS -> PartResult.load(part, () -> figures.projects(month, actor));
		};
	}

	/** Every part, one after another, each guarded on its own. */
	public Map<Part, PartResult<?>> loadAll(DashboardMonth month, String indicator, Actor actor, Locale locale) {
		Map<Part, PartResult<?>> results = new EnumMap<>(Part.class);
		for (Part part : Part.values()) {
			results.put(part, load(part, month, indicator, actor, locale));
		}
		return results;
	}

	/** Every part as the API writes it. */
	public Dashboard dashboard(DashboardMonth month, String indicator, Actor actor, Locale locale) {
		Map<Part, PartResult<?>> results = loadAll(month, indicator, actor, locale);
		List<DashboardPartProblem> unavailable = new ArrayList<>();
		results.values().stream().filter(result -> !result.shown())
			.forEach(result -> unavailable.add(new DashboardPartProblem(result.part().slug(), result.reason())));
		return new Dashboard(month.toString(), (DashboardGdp) results.get(Part.GDP).figures(), (DashboardTowns) results.get(Part.TOWNS).figures(),
				(DashboardTasks) results.get(Part.TASKS).figures(), (DashboardDemands) results.get(Part.DEMANDS).figures(),
				(DashboardLegal) results.get(Part.LEGAL).figures(), (DashboardProjects) results.get(Part.PROJECTS).figures(), unavailable);
	}
}
