package org.luoshi.dashboard.internal;

import java.math.BigDecimal;
import java.util.List;

import org.luoshi.economy.IndicatorLight;
import org.luoshi.supervision.Light;

/**
 * What each part of the dashboard shows, as the page renders it and the API writes it. Every figure carries the address
 * of the list behind it ({@code link}, relative to the application), so that the page, the API and the PDF drill down
 * the same way. Named {@code Dashboard…} throughout: the API document names its schemas by simple name.
 */
public final class DashboardViews {

	private DashboardViews() {
	}

	/**
	 * The district's GDP goal for the year: where it stands as of the month (its latest value up to that month; GDP is
	 * quarterly), against the year's target.
	 *
	 * @param asOfMonth the month of the figure used; {@code null} when nothing is recorded for the year yet
	 * @param growthNeededPct what the rest of the year must grow over the same months of last year to reach the target
	 */
	public record DashboardGdp(long indicatorId, String indicatorName, String unit, String placeCode, String placeName, int year,
			Integer asOfMonth, BigDecimal value, BigDecimal target, BigDecimal targetGrowthPct, BigDecimal attainmentPct,
			BigDecimal growthSoFarPct, BigDecimal growthNeededPct, IndicatorLight light, String link) {
	}

	/** An indicator the towns can be compared by. */
	public record DashboardIndicatorChoice(long id, String code, String name, String unit) {
	}

	/** One town's or subdistrict's standing on the chosen indicator, as its tile in the grid and its row in the table. */
	public record DashboardTown(String placeCode, String placeName, Integer asOfMonth, BigDecimal value, BigDecimal target,
			BigDecimal targetGrowthPct, BigDecimal attainmentPct, BigDecimal growthSoFarPct, BigDecimal growthNeededPct, IndicatorLight light,
			String link) {
	}

	/** The towns and subdistricts on one indicator (the chosen one), in the order of their division codes. */
	public record DashboardTowns(List<DashboardIndicatorChoice> indicators, DashboardIndicatorChoice indicator, int year, int month,
			List<DashboardTown> towns) {
	}

	/** Open tasks by light, and closed ones, each with the task list that lists exactly them. */
	public record DashboardTaskCounts(int open, int red, int yellow, int green, int closed, String redLink, String yellowLink,
			String greenLink, String closedLink) {
	}

	public record DashboardTaskGroup(String group, DashboardTaskCounts counts) {
	}

	/** A lead unit's top-level tasks. */
	public record DashboardTaskUnit(long unitId, String unitName, DashboardTaskCounts counts) {
	}

	/** The supervised tasks of the reader's scope (top-level, as the district board counts them) by group and lead unit. */
	public record DashboardTasks(DashboardTaskCounts total, List<DashboardTaskGroup> byGroup, List<DashboardTaskUnit> byUnit, String link) {
	}

	/**
	 * A unit's three rates (三率) from January to the month: response, on-time answers, resolution, satisfaction — each
	 * a share from 0 to 1, {@code null} where there is nothing to count.
	 *
	 * @param link the demands the unit handles
	 */
	public record DashboardUnitRates(long unitId, String unitName, long assigned, long answered, long rated, Double responseRate,
			Double onTimeAnswerRate, Double resolutionRate, Double satisfactionRate, String link) {
	}

	/**
	 * @param from the first month counted ({@code YYYY-MM}), January of the year
	 * @param to the last, the month shown
	 * @param link the rates page over the same months
	 */
	public record DashboardDemands(String from, String to, List<DashboardUnitRates> units, String link) {
	}

	/** One service point's month. */
	public record DashboardLegalPoint(String pointName, long received, long closed, long lecturesHeld, long attendances) {
	}

	/**
	 * The public legal services of the month: requests received and closed, their satisfaction (1–5, {@code null} where
	 * none was rated), lectures held and attended, by service point.
	 */
	public record DashboardLegal(String month, long received, long closed, long rated, Double averageRating, long lecturesHeld,
			long registrations, long attendances, List<DashboardLegalPoint> points, String link) {
	}

	/** A town's or a platform's key projects: the year's planned investment against what is done to the month (万元). */
	public record DashboardProjectGroup(String key, String name, int projects, BigDecimal planned, BigDecimal completed, BigDecimal sharePct,
			String link) {
	}

	/**
	 * A blocking problem (卡点) still open, with the light of the supervised task it was raised into ({@code null} while it
	 * is not raised).
	 *
	 * @param taskLink the task's page, or {@code null}
	 */
	public record DashboardBlocker(long projectId, String projectName, String text, Long taskId, Light taskLight, String link,
			String taskLink) {
	}

	/**
	 * The key projects of the reader's sight as of the month: investment against the year's plan (万元), by town and by
	 * platform, and the open blocking problems.
	 *
	 * @param blockersLink the projects with an open blocking problem
	 */
	public record DashboardProjects(int year, int month, int projects, BigDecimal planned, BigDecimal completed, BigDecimal sharePct,
			List<DashboardProjectGroup> byTown, List<DashboardProjectGroup> byPlatform, List<DashboardBlocker> openBlockers, String link,
			String blockersLink) {
	}

	/**
	 * Why a part shows no figures: {@code forbidden} (the owning module does not let the reader see them) or
	 * {@code failed} (it could not answer; logged).
	 */
	public record DashboardPartProblem(String part, String reason) {
	}

	/** Every part at once, a part that could not be shown {@code null} and named in {@code unavailable}. */
	public record Dashboard(String period, DashboardGdp gdp, DashboardTowns towns, DashboardTasks tasks, DashboardDemands demands,
			DashboardLegal legal, DashboardProjects projects, List<DashboardPartProblem> unavailable) {
	}
}
