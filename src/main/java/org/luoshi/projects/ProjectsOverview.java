package org.luoshi.projects;

import java.math.BigDecimal;
import java.util.List;

import org.luoshi.supervision.Light;

/**
 * The key projects as of a month (amounts in 万元).
 *
 * @param planned the year's planned investment of the projects counted
 * @param completed the investment completed from January to {@code month}
 * @param sharePct completed ÷ planned in per cent (two decimals), {@code null} when nothing is planned
 * @param byTown one row per town (division code) that has projects, by code
 * @param byPlatform one row per platform that has projects, then projects on no platform ({@code platformId} null)
 * @param openBlockers blocking problems not resolved, oldest first
 */
public record ProjectsOverview(int year, int month, int projects, BigDecimal planned, BigDecimal completed, BigDecimal sharePct,
		List<ProjectFigures> byTown, List<ProjectFigures> byPlatform, List<OpenBlocker> openBlockers) {

	/**
	 * The figures of a group of projects: a town ({@code key} its division code) or a platform ({@code key} its id, or
	 * empty for projects on none).
	 */
	public record ProjectFigures(String key, String name, int projects, BigDecimal planned, BigDecimal completed, BigDecimal sharePct) {
	}

	/**
	 * A blocking problem still open; {@code taskId} and {@code taskLight} when it was raised into a supervised task.
	 */
	public record OpenBlocker(long blockerId, long projectId, String projectName, String text, Long taskId, Light taskLight) {
	}
}
