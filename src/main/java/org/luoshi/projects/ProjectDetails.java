package org.luoshi.projects;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One project as its page and the API show it (amounts in 万元).
 *
 * @param planned the planned investment of {@code year}
 * @param completedTotal everything completed since the project was first tracked, never above {@code totalInvestment}
 * @param months the investment completed in each month of {@code year}, by month (not cumulative)
 */
public record ProjectDetails(long id, String name, Long platformId, String platformName, String townCode, String townName, long leadUnitId,
		String leadUnitName, BigDecimal totalInvestment, String description, int year, BigDecimal planned, BigDecimal completedTotal,
		List<ProjectMonth> months, List<ProjectMilestone> milestones, boolean demo, int version) {

	/** The investment completed in one month, with where the figure came from. */
	public record ProjectMonth(int year, int month, BigDecimal amount, String source, boolean demo) {
	}

	/** A milestone's planned and actual dates (either may be missing). */
	public record ProjectMilestone(MilestoneKind kind, LocalDate plannedOn, LocalDate actualOn) {
	}
}
