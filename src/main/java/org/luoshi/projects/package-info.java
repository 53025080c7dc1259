/**
 * Key projects and platforms (重点项目和平台): the district's platforms (大型产业集聚区蓬江片区 and its start-up zone, 滨江新区 and
 * its CBD …) and the key projects on them, each with its town, lead unit, total investment, the year's planned
 * investment, the investment completed month by month (reported by the lead unit or imported from a table, all or
 * nothing), its milestones (签约, 拿地, 开工, 投产), photos of visible progress, and its blocking problems (卡点), which are
 * raised with one click into supervised tasks whose light then shows on the project.
 *
 * <p>Publishes {@link org.luoshi.projects.KeyProjects} (the figures the leaders' dashboard reads) with its records, and
 * the read models of the pages and the API. One visibility rule ({@code internal.ProjectAccess}): whoever sees the whole
 * district (the district office, supervisors, leaders) sees every project; a unit's handler the projects its units lead.
 * Pages under {@code /projects}, API under {@code /api/v1/projects} and {@code /api/v1/platforms}.
 *
 * <p>Depends on the shared kernel, organization (lead units, data scope), the enterprise registry's towns (division
 * codes, as {@code economy} does), supervision (its public facades: a blocker becomes a task, the task's light and
 * status are read back by id, {@link org.luoshi.supervision.TaskClosed} resolves the blocker), reports (a confirmed
 * report's text is read through {@link org.luoshi.reports.ReportDrafts} to offer the projects it names) and search
 * (projects are indexed as type {@code project}). Migrations in {@code db/migration/projects}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Key projects")
package org.luoshi.projects;
