/**
 * The leaders' dashboard (领导驾驶舱): one page that shows where the district stands — the GDP goal, the other indicators
 * by town, supervised tasks by light, enterprise demands' three rates, legal services this month — each part loaded on
 * its own, every figure a link to the list behind it, and an A4 snapshot as PDF for meetings.
 *
 * <p>Read-only and owns no table: every figure comes from another module's published facade, asked with the reader's
 * own {@link org.luoshi.shared.Actor}, so a part shows exactly what that module lets the reader see
 * ({@link org.luoshi.economy.EconomicIndicators}, {@link org.luoshi.supervision.SupervisionBoards},
 * {@link org.luoshi.enterprise.DemandRateStatistics}, {@link org.luoshi.legalservice.LegalServiceStatistics}).
 * Publishes nothing; nothing depends on it. Page {@code /dashboard} (parts under {@code /dashboard/parts/{part}}, the
 * snapshot {@code /dashboard/snapshot.pdf}), API {@code /api/v1/dashboard}. Needs {@code dashboard:read}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dashboard")
package org.luoshi.dashboard;
