package org.luoshi.dashboard.web;

import java.util.List;
import java.util.Locale;

import org.luoshi.dashboard.internal.DashboardMonth;
import org.luoshi.dashboard.internal.DashboardParts;
import org.luoshi.dashboard.internal.DashboardViews.Dashboard;
import org.luoshi.dashboard.internal.DashboardViews.DashboardDemands;
import org.luoshi.dashboard.internal.DashboardViews.DashboardGdp;
import org.luoshi.dashboard.internal.DashboardViews.DashboardLegal;
import org.luoshi.dashboard.internal.DashboardViews.DashboardProjects;
import org.luoshi.dashboard.internal.DashboardViews.DashboardTasks;
import org.luoshi.dashboard.internal.DashboardViews.DashboardTowns;
import org.luoshi.dashboard.internal.Part;
import org.luoshi.dashboard.internal.PartResult;
import org.luoshi.shared.CurrentActor;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;
import org.luoshi.shared.web.Times;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/dashboard")
@Tag(name = "Dashboard", description = """
		The leaders' dashboard (领导驾驶舱): the GDP goal, the towns on an indicator, supervised tasks by light, demands' three \
		rates, legal services of the month, key projects' investment and blocking problems. Needs dashboard:read; each part shows only what its owning module lets the caller \
		see. `period` is YYYY-MM (default this month; a month that is none answers 400). Every figure carries `link`, the \
		page that lists it.""")
@PreAuthorize("hasAuthority('dashboard:read')")
class DashboardApiController {

	private final DashboardParts parts;
	private final Times times;

	DashboardApiController(DashboardParts parts, Times times) {
		this.parts = parts;
		this.times = times;
	}

	@GetMapping
	@Operation(summary = "Every part at once", description = "A part the caller may not see, or that could not be answered, is null "
			+ "and named in `unavailable` with `reason` forbidden or failed; the others are answered all the same. `indicator` "
			+ "(an indicator's code, default GDP) chooses what the towns are compared by.")
	Dashboard dashboard(@RequestParam(required = false) String period, @RequestParam(required = false) String indicator, Locale locale) {
		return parts.dashboard(month(period), DashboardController.indicator(indicator), CurrentActor.get(), locale);
	}

	@GetMapping("/gdp")
	@Operation(summary = "The district's GDP goal", description = "Attainment, growth so far, the growth still needed in the rest of the "
			+ "year and the light, as of the latest figure up to the month. An empty answer where no GDP indicator is defined.")
	DashboardGdp gdp(@RequestParam(required = false) String period, Locale locale) {
		return (DashboardGdp) one(Part.GDP, period, null, locale);
	}

	@GetMapping("/towns")
	@Operation(summary = "The towns and subdistricts on one indicator", description = "`indicator` an indicator's code (default GDP).")
	DashboardTowns towns(@RequestParam(required = false) String period, @RequestParam(required = false) String indicator, Locale locale) {
		return (DashboardTowns) one(Part.TOWNS, period, DashboardController.indicator(indicator), locale);
	}

	@GetMapping("/tasks")
	@Operation(summary = "Supervised tasks by light, per group and per lead unit", description = "Today's, within the caller's scope.")
	DashboardTasks tasks() {
		return (DashboardTasks) one(Part.TASKS, null, null, Locale.ROOT);
	}

	@GetMapping("/demands")
	@Operation(summary = "Demands' three rates per unit", description = "From January to the month, rates from 0 to 1, null where "
			+ "nothing was counted.")
	DashboardDemands demands(@RequestParam(required = false) String period) {
		return (DashboardDemands) one(Part.DEMANDS, period, null, Locale.ROOT);
	}

	@GetMapping("/legal")
	@Operation(summary = "Legal services and lectures of the month", description = "Zeros where nothing happened.")
	DashboardLegal legal(@RequestParam(required = false) String period) {
		return (DashboardLegal) one(Part.LEGAL, period, null, Locale.ROOT);
	}

	@GetMapping("/projects")
	@Operation(summary = "Key projects: investment against the year's plan, open blocking problems", description = "As of the month, "
			+ "amounts in 万元, by town and by platform; each open blocking problem with the light of the supervised task it was raised "
			+ "into. Only the projects the caller may see.")
	DashboardProjects projects(@RequestParam(required = false) String period) {
		return (DashboardProjects) one(Part.PROJECTS, period, null, Locale.ROOT);
	}

	/** One part asked for on its own answers as any endpoint does: 403 where the caller may not see it, 500 where it failed. */
	private Object one(Part part, String period, String indicator, Locale locale) {
		PartResult<?> result = parts.load(part, month(period), indicator, CurrentActor.get(), locale);
		return switch (result.outcome()) {
			case SHOWN -> result.figures();
			case FORBIDDEN -> throw new AccessDeniedException(part.slug());
			case FAILED -> throw new IllegalStateException("The dashboard's part " + part.slug() + " could not be answered");
		};
	}

	private DashboardMonth month(String period) {
		return DashboardMonth.parse(period, times.today())
			.orElseThrow(() -> new ValidationException(List.of(Violation.of("period", "dashboard.period.invalid", String.valueOf(period)))));
	}
}
