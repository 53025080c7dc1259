package org.luoshi.projects;

import java.math.BigDecimal;

/**
 * A project as lists show it (amounts in 万元): the year's plan, what was completed from January to the month asked for,
 * the share, and how many of its blocking problems are still open.
 */
public record ProjectSummary(long id, String name, Long platformId, String platformName, String townCode, String townName, long leadUnitId,
		String leadUnitName, BigDecimal totalInvestment, BigDecimal planned, BigDecimal completed, BigDecimal sharePct, int openBlockers,
		boolean demo) {
}
