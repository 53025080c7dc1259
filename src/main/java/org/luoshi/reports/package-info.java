/**
 * Reports: turns the report or newspaper account of a meeting into a draft task breakdown — the deployment
 * groups ("一要…"), each task with its quantitative targets, places, units, people and deadline — for a clerk
 * to review before {@code supervision} creates the tasks.
 *
 * <p>Publishes {@link org.luoshi.reports.ReportReader} (plain Java, thread-safe, no database: the web layer
 * and the {@code ingest} command line both call it), its result {@link org.luoshi.reports.DeploymentDraft},
 * {@link org.luoshi.reports.NameSource} (how callers feed known places, units and enterprises, e.g. from the
 * organization tree) and {@link org.luoshi.reports.ReportRejectedException} (unusable input, as a
 * localized validation error). The extraction pipeline lives in {@code internal.extraction}.
 *
 * <p>Stored drafts: {@link org.luoshi.reports.ReportDrafts} keeps each read report (table {@code report}) for a
 * reviewer to correct and confirm ({@code internal.drafts}; pages under {@code /reports}, API under
 * {@code /api/v1/reports}, both needing {@code reports:manage}). Publishes {@link org.luoshi.reports.ReportConfirmed}
 * when a task list is confirmed, for supervision to take up. Depends on the shared kernel, organization (unit
 * names for the reader and the editor, data scope) and search (reports are indexed as type {@code report}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reports")
package org.luoshi.reports;
