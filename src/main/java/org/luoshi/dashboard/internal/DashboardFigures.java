package org.luoshi.dashboard.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.luoshi.dashboard.internal.DashboardViews.DashboardBlocker;
import org.luoshi.dashboard.internal.DashboardViews.DashboardDemands;
import org.luoshi.dashboard.internal.DashboardViews.DashboardProjectGroup;
import org.luoshi.dashboard.internal.DashboardViews.DashboardProjects;
import org.luoshi.dashboard.internal.DashboardViews.DashboardGdp;
import org.luoshi.dashboard.internal.DashboardViews.DashboardIndicatorChoice;
import org.luoshi.dashboard.internal.DashboardViews.DashboardLegal;
import org.luoshi.dashboard.internal.DashboardViews.DashboardLegalPoint;
import org.luoshi.dashboard.internal.DashboardViews.DashboardTaskCounts;
import org.luoshi.dashboard.internal.DashboardViews.DashboardTaskGroup;
import org.luoshi.dashboard.internal.DashboardViews.DashboardTaskUnit;
import org.luoshi.dashboard.internal.DashboardViews.DashboardTasks;
import org.luoshi.dashboard.internal.DashboardViews.DashboardTown;
import org.luoshi.dashboard.internal.DashboardViews.DashboardTowns;
import org.luoshi.dashboard.internal.DashboardViews.DashboardUnitRates;
import org.luoshi.economy.Attainment;
import org.luoshi.economy.EconomicIndicators;
import org.luoshi.economy.IndicatorDefinition;
import org.luoshi.economy.IndicatorPlace;
import org.luoshi.enterprise.DemandRateStatistics;
import org.luoshi.legalservice.LegalServiceStatistics;
import org.luoshi.projects.KeyProjects;
import org.luoshi.projects.ProjectsOverview;
import org.luoshi.shared.Actor;
import org.luoshi.shared.Permissions;
import org.luoshi.supervision.SupervisionBoards;
import org.luoshi.supervision.SupervisionBoards.Counts;
import org.luoshi.supervision.SupervisionBoards.DistrictBoard;
import org.luoshi.supervision.TaskFilter;
import org.luoshi.supervision.TaskStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Each part's figures, read from the owning module's facade with the reader's actor: a part shows what that module
 * lets the reader see, and a reader it refuses gets {@link AccessDeniedException} for that part alone. Each method is
 * a part on its own — no part reads another's figures — so that the page can load them side by side.
 */
@Service
public class DashboardFigures {

	/** The indicator of the headline goal: the district's 地区生产总值. */
	public static final String GDP = "GDP";

	private final EconomicIndicators indicators;
	private final SupervisionBoards boards;
	private final DemandRateStatistics demands;
	private final LegalServiceStatistics legal;
	private final KeyProjects projects;

	DashboardFigures(EconomicIndicators indicators, SupervisionBoards boards, DemandRateStatistics demands, LegalServiceStatistics legal,
			KeyProjects projects) {
		this.indicators = indicators;
		this.boards = boards;
		this.demands = demands;
		this.legal = legal;
		this.projects = projects;
	}

	/** The district's GDP goal for the month's year; empty when no GDP indicator is defined. */
	public Optional<DashboardGdp> gdp(DashboardMonth month, Actor actor, Locale locale) {
		require(actor, Permissions.ECONOMY_READ);
		Optional<IndicatorDefinition> gdp = indicators.indicatorByCode(GDP);
		if (gdp.isEmpty()) {
			return Optional.empty();
		}
		IndicatorDefinition indicator = gdp.get();
		IndicatorPlace district = district();
		Attainment a = indicators.attainment(indicator.id(), district.code(), month.year(), month.month());
		return Optional.of(new DashboardGdp(indicator.id(), indicator.name(locale), indicator.unit(), district.code(), district.name(), month.year(),
				a.asOfMonth(), a.value(), a.target(), a.targetGrowthPct(), a.attainmentPct(), a.growthSoFarPct(), a.growthNeededPct(), a.light(),
				indicatorLink(indicator.id(), month, district.code())));
	}

	/**
	 * The towns and subdistricts on one indicator: the one whose code is asked for, else GDP, else the first. An unknown
	 * code is not an error: the page offers the indicators there are.
	 */
	public DashboardTowns towns(DashboardMonth month, String indicatorCode, Actor actor, Locale locale) {
		require(actor, Permissions.ECONOMY_READ);
		List<IndicatorDefinition> active = indicators.indicators(true);
		List<DashboardIndicatorChoice> choices = active.stream()
			.map(indicator -> new DashboardIndicatorChoice(indicator.id(), indicator.code(), indicator.name(locale), indicator.unit()))
			.toList();
		Optional<IndicatorDefinition> chosen = active.stream().filter(indicator -> indicator.code().equals(indicatorCode)).findFirst()
			.or(() -> active.stream().filter(indicator -> indicator.code().equals(GDP)).findFirst())
			.or(() -> active.stream().findFirst());
		if (chosen.isEmpty()) {
			return new DashboardTowns(choices, null, month.year(), month.month(), List.of());
		}
		IndicatorDefinition indicator = chosen.get();
		List<DashboardTown> towns = new ArrayList<>();
		for (IndicatorPlace place : indicators.places()) {
			if (place.district()) {
				continue;
			}
			Attainment a = indicators.attainment(indicator.id(), place.code(), month.year(), month.month());
			towns.add(new DashboardTown(place.code(), place.name(), a.asOfMonth(), a.value(), a.target(), a.targetGrowthPct(), a.attainmentPct(),
					a.growthSoFarPct(), a.growthNeededPct(), a.light(), indicatorLink(indicator.id(), month, place.code())));
		}
		DashboardIndicatorChoice shown = choices.stream().filter(choice -> choice.id() == indicator.id()).findFirst().orElseThrow();
		return new DashboardTowns(choices, shown, month.year(), month.month(), towns);
	}

	/**
	 * The supervised tasks of the reader's scope as the district board counts them: top-level tasks, open ones by light,
	 * by group (the 30 most used) and by lead unit (most red first). Tasks have no month: the figures are today's.
	 */
	public DashboardTasks tasks(Actor actor) {
		DistrictBoard board = boards.districtBoard(TaskFilter.all(), actor);
		List<DashboardTaskGroup> groups = board.byGroup().stream()
			.map(group -> new DashboardTaskGroup(group.group(), counts(group.counts(), "group", group.group())))
			.toList();
		List<DashboardTaskUnit> units = board.byUnit().stream()
			.map(unit -> new DashboardTaskUnit(unit.unit().id(), unit.unit().name(), counts(unit.counts(), "unit", unit.unit().id())))
			.toList();
		return new DashboardTasks(counts(board.counts(), null, null), groups, units, "/supervision/board");
	}

	/** The three rates per unit from January to the month, for the units the reader's scope reaches, busiest first. */
	public DashboardDemands demands(DashboardMonth month, Actor actor) {
		YearMonth from = YearMonth.of(month.year(), 1);
		YearMonth to = month.yearMonth();
		List<DashboardUnitRates> units = demands.unitRates(from, to, actor).stream()
			.map(DashboardFigures::rates)
			.toList();
		return new DashboardDemands(from.toString(), to.toString(), units, UriComponentsBuilder.fromPath("/demands/rates")
			.queryParam("from", from.toString()).queryParam("to", to.toString()).toUriString());
	}

	/** The month's public legal services and lectures, of the points the reader may see; zeros when nothing happened. */
	public DashboardLegal legal(DashboardMonth month, Actor actor) {
		YearMonth shown = month.yearMonth();
		LegalServiceStatistics.MonthFigures figures = legal.month(shown, actor);
		List<DashboardLegalPoint> points = figures.points().stream()
			.map(point -> new DashboardLegalPoint(point.pointName(), point.received(), point.closed(), point.lecturesHeld(), point.attendances()))
			.toList();
		return new DashboardLegal(shown.toString(), figures.received(), figures.closed(), figures.rated(), figures.averageRating(),
				figures.lecturesHeld(), figures.registrations(), figures.attendances(), points, UriComponentsBuilder.fromPath("/legal/stats")
					.queryParam("from", shown.toString()).queryParam("to", shown.toString()).toUriString());
	}

	/**
	 * The key projects the reader may see, as of the month: the year's plan against investment to the month, by town and
	 * platform, and the blocking problems still open with their tasks' lights.
	 */
	public DashboardProjects projects(DashboardMonth month, Actor actor) {
		require(actor, Permissions.PROJECTS_READ);
		ProjectsOverview overview = projects.overview(month.year(), month.month(), actor);
		String period = month.yearMonth().toString();
		List<DashboardProjectGroup> byTown = overview.byTown().stream()
			.map(town -> group(town, projectLink(period).queryParam("town", town.key()).toUriString()))
			.toList();
		List<DashboardProjectGroup> byPlatform = overview.byPlatform().stream()
			.map(platform -> group(platform, platform.key().isEmpty() ? projectLink(period).toUriString()
					: projectLink(period).queryParam("platform", platform.key()).toUriString()))
			.toList();
		List<DashboardBlocker> blockers = overview.openBlockers().stream()
			.map(blocker -> new DashboardBlocker(blocker.projectId(), blocker.projectName(), blocker.text(), blocker.taskId(), blocker.taskLight(),
					"/projects/" + blocker.projectId(), blocker.taskId() == null ? null : "/supervision/tasks/" + blocker.taskId()))
			.toList();
		return new DashboardProjects(overview.year(), overview.month(), overview.projects(), overview.planned(), overview.completed(),
				overview.sharePct(), byTown, byPlatform, blockers, projectLink(period).toUriString(),
				projectLink(period).queryParam("open", "true").toUriString());
	}

	private static DashboardProjectGroup group(ProjectsOverview.ProjectFigures figures, String link) {
		return new DashboardProjectGroup(figures.key(), figures.name(), figures.projects(), figures.planned(), figures.completed(),
				figures.sharePct(), link);
	}

	private static UriComponentsBuilder projectLink(String period) {
		return UriComponentsBuilder.fromPath("/projects").queryParam("period", period);
	}

	private static DashboardUnitRates rates(DemandRateStatistics.UnitRates rates) {
		return new DashboardUnitRates(rates.unitId(), rates.unitName(), rates.assigned(), rates.answered(), rates.rated(), rates.responseRate(),
				rates.onTimeAnswerRate(), rates.resolutionRate(), rates.satisfactionRate(),
				UriComponentsBuilder.fromPath("/demands").queryParam("unit", rates.unitId()).toUriString());
	}

	/** Counts with the task list behind each: red and yellow are open by nature; green is narrowed to open tasks. */
	private static DashboardTaskCounts counts(Counts counts, String filter, Object value) {
		return new DashboardTaskCounts(counts.open(), counts.red(), counts.yellow(), counts.green(), counts.closed(),
				taskLink(filter, value, "light", List.of("RED")), taskLink(filter, value, "light", List.of("YELLOW")),
				taskLink(filter, value, "green", List.of("GREEN")), taskLink(filter, value, "status", List.of(TaskStatus.CLOSED.name())));
	}

	private static String taskLink(String filter, Object value, String kind, List<String> values) {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath("/supervision/tasks");
		if (filter != null) {
			link.queryParam(filter, "{value}");
		}
		if (kind.equals("green")) {
			link.queryParam("light", "GREEN");
			TaskStatus.OPEN.stream().sorted().forEach(status -> link.queryParam("status", status.name()));
		}
		else {
			link.queryParam(kind, values.toArray());
		}
		// A group is free text: expanded as a URI variable, encoded strictly (a '&' or '+' in it stays in it).
		return filter == null ? link.encode().toUriString() : link.encode().buildAndExpand(String.valueOf(value)).toUriString();
	}

	private static String indicatorLink(long indicatorId, DashboardMonth month, String place) {
		return UriComponentsBuilder.fromPath("/economy/indicators/{id}").queryParam("period", month.toString()).queryParam("place", place)
			.buildAndExpand(indicatorId).toUriString();
	}

	private IndicatorPlace district() {
		return indicators.places().stream().filter(IndicatorPlace::district).findFirst().orElseThrow();
	}

	/** The economy's figures are read by its pages and API under economy:read; its facade takes no actor, so it is checked here. */
	private static void require(Actor actor, String permission) {
		if (!actor.can(permission)) {
			throw new AccessDeniedException(permission);
		}
	}
}
