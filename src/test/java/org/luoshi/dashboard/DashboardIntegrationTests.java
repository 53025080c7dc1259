package org.luoshi.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.luoshi.dashboard.internal.DashboardFigures;
import org.luoshi.dashboard.internal.DashboardMonth;
import org.luoshi.dashboard.internal.DashboardParts;
import org.luoshi.dashboard.internal.DashboardViews.DashboardDemands;
import org.luoshi.dashboard.internal.DashboardViews.DashboardGdp;
import org.luoshi.dashboard.internal.DashboardViews.DashboardLegal;
import org.luoshi.dashboard.internal.DashboardViews.DashboardTaskUnit;
import org.luoshi.dashboard.internal.DashboardViews.DashboardTasks;
import org.luoshi.dashboard.internal.DashboardViews.DashboardTown;
import org.luoshi.dashboard.internal.DashboardViews.DashboardTowns;
import org.luoshi.dashboard.internal.DashboardViews.DashboardUnitRates;
import org.luoshi.dashboard.internal.Part;
import org.luoshi.dashboard.internal.PartResult;
import org.luoshi.economy.Attainment;
import org.luoshi.economy.EconomicIndicators;
import org.luoshi.enterprise.DemandRateStatistics;
import org.luoshi.enterprise.DemandRateStatistics.UnitRates;
import org.luoshi.identity.Role;
import org.luoshi.legalservice.overview.LegalStatistics;
import org.luoshi.organization.OrganizationDirectory;
import org.luoshi.shared.Actor;
import org.luoshi.supervision.SupervisionBoards;
import org.luoshi.supervision.SupervisionBoards.DistrictBoard;
import org.luoshi.supervision.TaskFilter;
import org.luoshi.shared.web.Times;
import org.luoshi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Each part's figures against the demo data, read through the owning modules' facades as the same reader: the GDP goal
 * and the towns are the economy's attainment, the tasks the district board's counts, the rates the demands' own, the
 * legal services the justice bureau's statistics — and each part shows only what its module lets the reader see.
 */
@IntegrationTest
class DashboardIntegrationTests {

	static final DashboardMonth OCTOBER = new DashboardMonth(2026, 10);
	static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

	static final Actor LEADER = actor(8801L, "leader", null, Role.LEADER);
	static final Actor OFFICE = actor(8802L, "office", null, Role.DISTRICT_ADMIN, Role.SUPERVISOR);
	static final Actor JUSTICE = actor(8803L, "justice", null, Role.LEGAL_OFFICE);
	/** The supervision office alone: it follows tasks, and the legal services' figures are not its business. */
	static final Actor SUPERVISION_OFFICE = actor(8804L, "supervision", null, Role.SUPERVISOR);

	@Autowired
	DashboardFigures figures;

	@Autowired
	DashboardParts parts;

	@Autowired
	EconomicIndicators indicators;

	@Autowired
	SupervisionBoards boards;

	@Autowired
	DemandRateStatistics demands;

	@Autowired
	LegalStatistics legal;

	@Autowired
	org.luoshi.projects.KeyProjects keyProjects;

	@Autowired
	OrganizationDirectory organization;

	@Autowired
	Times times;

	static Actor actor(long id, String name, Long scope, Role... roles) {
		Set<String> permissions = new HashSet<>();
		for (Role role : roles) {
			permissions.addAll(role.permissions());
		}
		return new Actor(id, name, name, scope, permissions);
	}

	@Test
	void theGdpGoalIsTheDistrictsAttainmentWithTheGrowthStillNeeded() {
		DashboardGdp gdp = figures.gdp(OCTOBER, LEADER, ZH).orElseThrow();
		long id = indicators.indicatorByCode("GDP").orElseThrow().id();
		Attainment expected = indicators.attainment(id, "440703", 2026, 10);

		// GDP is quarterly: October stands on September's figure, against the demo's 5 % growth target on 2025's 1,000.86.
		assertThat(gdp.asOfMonth()).isEqualTo(9);
		assertThat(gdp.placeName()).isEqualTo("蓬江区");
		assertThat(gdp.indicatorName()).isEqualTo("地区生产总值");
		assertThat(gdp.targetGrowthPct()).isEqualByComparingTo("5");
		assertThat(gdp.target()).isEqualByComparingTo(expected.target()).isEqualByComparingTo("1050.903");
		assertThat(gdp.attainmentPct()).isEqualByComparingTo(expected.attainmentPct());
		assertThat(gdp.growthSoFarPct()).isEqualByComparingTo(expected.growthSoFarPct()).isEqualByComparingTo("4.8");
		assertThat(gdp.growthNeededPct()).isEqualByComparingTo(expected.growthNeededPct()).isGreaterThan(gdp.targetGrowthPct());
		assertThat(gdp.light()).isEqualTo(expected.light()).isNotNull();
		assertThat(gdp.link()).isEqualTo("/economy/indicators/" + id + "?period=2026-10&place=440703");
	}

	@Test
	void theTownsAreComparedOnTheChosenIndicatorEachLinkedToItsPlaceOnTheIndicatorsPage() {
		DashboardTowns towns = figures.towns(OCTOBER, null, LEADER, ZH);
		long gdp = indicators.indicatorByCode("GDP").orElseThrow().id();

		assertThat(towns.indicator().code()).isEqualTo("GDP");
		assertThat(towns.indicators()).hasSizeGreaterThanOrEqualTo(7);
		assertThat(towns.towns()).extracting(DashboardTown::placeName).contains("荷塘镇", "棠下镇", "杜阮镇", "环市街道").doesNotContain("蓬江区");
		for (DashboardTown town : towns.towns()) {
			Attainment expected = indicators.attainment(gdp, town.placeCode(), 2026, 10);
			assertThat(town.attainmentPct()).as(town.placeName()).isEqualByComparingTo(expected.attainmentPct());
			assertThat(town.growthNeededPct()).as(town.placeName()).isEqualByComparingTo(expected.growthNeededPct());
			assertThat(town.light()).as(town.placeName()).isEqualTo(expected.light()).isNotNull();
			assertThat(town.link()).isEqualTo("/economy/indicators/" + gdp + "?period=2026-10&place=" + town.placeCode());
		}
		// 荷塘镇 aims past 100 亿元.
		assertThat(towns.towns()).filteredOn(town -> town.placeName().equals("荷塘镇")).singleElement()
			.satisfies(town -> assertThat(town.target()).isEqualByComparingTo("101"));

		// An indicator the towns have no figures for shows them without a light; a code that is none falls back to GDP.
		DashboardTowns retail = figures.towns(OCTOBER, "RETAIL_SALES", LEADER, Locale.ENGLISH);
		assertThat(retail.indicator().name()).isEqualTo(indicators.indicatorByCode("RETAIL_SALES").orElseThrow().nameEn());
		assertThat(retail.towns()).isNotEmpty().allSatisfy(town -> assertThat(town.light()).isNull());
		assertThat(figures.towns(OCTOBER, "NO_SUCH", LEADER, ZH).indicator().code()).isEqualTo("GDP");
	}

	@Test
	void theTasksAreTheDistrictBoardsCountsEachLinkedToTheTaskListOfExactlyThem() {
		DashboardTasks tasks = figures.tasks(OFFICE);
		DistrictBoard board = boards.districtBoard(TaskFilter.all(), OFFICE);

		assertThat(tasks.total().red()).isEqualTo(board.counts().red());
		assertThat(tasks.total().yellow()).isEqualTo(board.counts().yellow());
		assertThat(tasks.total().green()).isEqualTo(board.counts().green());
		assertThat(tasks.total().closed()).isEqualTo(board.counts().closed());
		assertThat(tasks.total().open()).isPositive();
		assertThat(tasks.byGroup()).hasSameSizeAs(board.byGroup()).isNotEmpty();
		assertThat(tasks.byUnit()).extracting(DashboardTaskUnit::unitId)
			.containsExactlyElementsOf(board.byUnit().stream().map(unit -> unit.unit().id()).toList());
		DashboardTaskUnit first = tasks.byUnit().get(0);
		assertThat(first.counts().red()).isEqualTo(board.byUnit().get(0).counts().red());
		assertThat(first.counts().redLink()).isEqualTo("/supervision/tasks?unit=" + first.unitId() + "&light=RED");
		assertThat(tasks.total().greenLink()).startsWith("/supervision/tasks?light=GREEN&status=");
		assertThat(tasks.total().closedLink()).isEqualTo("/supervision/tasks?status=CLOSED");
		// A group is free text, encoded in its link.
		assertThat(tasks.byGroup().get(0).counts().yellowLink()).startsWith("/supervision/tasks?group=%").endsWith("&light=YELLOW");

		// A town's handler sees the tasks of the town's scope only — and the dashboard shows no more than the board does.
		long tangxia = organization.findUnitByName("棠下镇").orElseThrow().id();
		Actor town = actor(8804L, "town", tangxia, Role.UNIT_HANDLER);
		DashboardTasks scoped = figures.tasks(town);
		assertThat(scoped.total().open()).isEqualTo(boards.districtBoard(TaskFilter.all(), town).counts().open()).isLessThan(tasks.total().open());
	}

	@Test
	void theThreeRatesAreTheDemandsOwnPerUnitFromJanuaryToTheMonth() {
		// The demo's demands are raised in the weeks before today: the year to this month holds them.
		DashboardMonth month = DashboardMonth.of(times.today());
		String from = YearMonth.of(month.year(), 1).toString();
		DashboardDemands rates = figures.demands(month, LEADER);
		List<UnitRates> expected = demands.unitRates(YearMonth.of(month.year(), 1), month.yearMonth(), LEADER);

		assertThat(rates.from()).isEqualTo(from);
		assertThat(rates.to()).isEqualTo(month.toString());
		assertThat(rates.link()).isEqualTo("/demands/rates?from=" + from + "&to=" + month);
		assertThat(rates.units()).extracting(DashboardUnitRates::unitId).containsExactlyElementsOf(expected.stream().map(UnitRates::unitId).toList());
		assertThat(rates.units()).isNotEmpty();
		DashboardUnitRates busiest = rates.units().get(0);
		assertThat(busiest.assigned()).isEqualTo(expected.get(0).assigned()).isPositive();
		assertThat(busiest.responseRate()).isEqualTo(expected.get(0).responseRate());
		assertThat(busiest.satisfactionRate()).isEqualTo(expected.get(0).satisfactionRate());
		assertThat(busiest.link()).isEqualTo("/demands?unit=" + busiest.unitId());

		// Months before any demand: no unit, not a failure.
		assertThat(figures.demands(new DashboardMonth(2001, 3), LEADER).units()).isEmpty();
	}

	@Test
	void legalServicesAreTheBureausStatisticsOfTheMonthAndNothingHappenedIsZerosNotAFailure() {
		// The month of the demo's busiest legal services, as the justice bureau's statistics count them.
		YearMonth busiest = legal.report(YearMonth.of(2020, 1), YearMonth.of(2027, 12), JUSTICE).byMonth().entrySet().stream()
			.max(Comparator.comparingLong(month -> month.getValue().received())).orElseThrow().getKey();
		DashboardMonth month = new DashboardMonth(busiest.getYear(), busiest.getMonthValue());
		DashboardLegal shown = figures.legal(month, JUSTICE);
		LegalStatistics.Report report = legal.report(busiest, busiest, JUSTICE);

		assertThat(shown.received()).isEqualTo(report.total().received()).isPositive();
		assertThat(shown.closed()).isEqualTo(report.total().closed());
		assertThat(shown.lecturesHeld()).isEqualTo(report.lectures().stream().mapToLong(l -> l.lecturesHeld()).sum());
		assertThat(shown.points()).isNotEmpty();
		assertThat(shown.points().stream().mapToLong(p -> p.received()).sum()).isEqualTo(shown.received());
		assertThat(shown.link()).isEqualTo("/legal/stats?from=" + busiest + "&to=" + busiest);

		DashboardLegal empty = figures.legal(new DashboardMonth(2001, 2), JUSTICE);
		assertThat(empty.received()).isZero();
		assertThat(empty.lecturesHeld()).isZero();
		assertThat(empty.points()).isEmpty();
	}

	@Test
	void keyProjectsAreTheProjectsModulesFiguresWithEachOpenBlockersTaskLightAndTheirLists() {
		org.luoshi.dashboard.internal.DashboardViews.DashboardProjects shown = figures.projects(OCTOBER, LEADER);
		org.luoshi.projects.ProjectsOverview overview = keyProjects.overview(OCTOBER.year(), OCTOBER.month(), LEADER);
		assertThat(shown.projects()).isEqualTo(overview.projects()).isPositive();
		assertThat(shown.planned()).isEqualByComparingTo(overview.planned());
		assertThat(shown.completed()).isEqualByComparingTo(overview.completed());
		assertThat(shown.link()).isEqualTo("/projects?period=2026-10");
		assertThat(shown.blockersLink()).isEqualTo("/projects?period=2026-10&open=true");
		assertThat(shown.byTown()).extracting(town -> town.link()).allMatch(link -> link.matches("/projects\\?period=2026-10&town=\\d{9}"));
		// The demo raised one blocking problem into a supervised task: its light is the task's own.
		var raised = shown.openBlockers().stream().filter(blocker -> blocker.taskId() != null).toList();
		assertThat(raised).isNotEmpty().allSatisfy(blocker -> {
			assertThat(blocker.taskLight()).isEqualTo(overview.openBlockers().stream().filter(o -> o.blockerId() > 0 && o.projectId() == blocker.projectId()
				&& java.util.Objects.equals(o.taskId(), blocker.taskId())).findFirst().orElseThrow().taskLight());
			assertThat(blocker.taskLink()).isEqualTo("/supervision/tasks/" + blocker.taskId());
		});
		assertThatThrownBy(() -> figures.projects(OCTOBER, JUSTICE)).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void eachPartShowsOnlyWhatItsModuleLetsTheReaderSeeAndTheOthersAllTheSame() {
		// Leaders read every part, the legal services' figures included (counts only: no case, no person).
		var forLeader = parts.loadAll(OCTOBER, null, LEADER, ZH);
		assertThat(forLeader.values()).allSatisfy(result -> assertThat(result.shown()).as(result.part().slug()).isTrue());

		// The supervision office alone holds no right to the legal figures: that part is refused, the others are shown.
		var forSupervision = parts.loadAll(OCTOBER, null, SUPERVISION_OFFICE, ZH);
		assertThat(forSupervision.get(Part.LEGAL).outcome()).isEqualTo(PartResult.Outcome.FORBIDDEN);
		assertThat(forSupervision.get(Part.GDP).shown()).isTrue();
		assertThat(forSupervision.get(Part.TASKS).shown()).isTrue();
		assertThat(forSupervision.get(Part.PROJECTS).shown()).isTrue();

		// The justice bureau reads its statistics but no indicators, tasks or demands.
		var forJustice = parts.loadAll(OCTOBER, null, JUSTICE, ZH);
		assertThat(forJustice.get(Part.LEGAL).shown()).isTrue();
		assertThat(forJustice.get(Part.GDP).outcome()).isEqualTo(PartResult.Outcome.FORBIDDEN);
		assertThat(forJustice.get(Part.TOWNS).outcome()).isEqualTo(PartResult.Outcome.FORBIDDEN);
		assertThat(forJustice.get(Part.TASKS).outcome()).isEqualTo(PartResult.Outcome.FORBIDDEN);
		assertThat(forJustice.get(Part.DEMANDS).outcome()).isEqualTo(PartResult.Outcome.FORBIDDEN);
		assertThat(forJustice.get(Part.PROJECTS).outcome()).isEqualTo(PartResult.Outcome.FORBIDDEN);
	}

	@Test
	void aPartThatFailsIsNamedAndLoggedWithoutFailingItsCaller() {
		PartResult<Object> failed = PartResult.load(Part.LEGAL, () -> {
			throw new IllegalStateException("the module is down");
		});
		assertThat(failed.outcome()).isEqualTo(PartResult.Outcome.FAILED);
		assertThat(failed.reason()).isEqualTo("failed");
		assertThat(PartResult.load(Part.GDP, () -> {
			throw new AccessDeniedException("economy:read");
		}).reason()).isEqualTo("forbidden");
	}

	@Test
	void aMonthThatIsNoneIsEmptyAndNoneGivenIsThisMonth() {
		LocalDate today = LocalDate.of(2026, 12, 4);
		assertThat(DashboardMonth.parse(null, today)).contains(new DashboardMonth(2026, 12));
		assertThat(DashboardMonth.parse(" 2026-03 ", today)).contains(new DashboardMonth(2026, 3));
		assertThat(DashboardMonth.parse("2026-13", today)).isEmpty();
		assertThat(DashboardMonth.parse("9999-01", today)).isEmpty();
		assertThat(DashboardMonth.parse("abc", today)).isEmpty();
	}
}
