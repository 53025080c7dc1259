/**
 * Supervision (督查督办): every deployed task followed to done. Goals (optionally measured by an indicator target,
 * e.g. GDP &gt;= 1000 亿元) are carried out by tasks and subtasks, each with a lead unit, co-operating units, a deadline,
 * milestones, a report cycle and tags (a conference's task groups). A task is issued (交办), signed for (签收) or
 * returned (退回), reported on, asked to be closed with evidence and reviewed (销号); extensions, leaders' instructions
 * (批示), reminders (催办) and numbered supervision notices (督办单, printable as PDF) happen on the way. Every step is an
 * entry on the task's timeline and in the audit trail. The district's overdue policy turns tasks yellow and red; a
 * daily follow-up, run once across instances, applies it and reminds units.
 *
 * <p>Publishes the facades {@link org.luoshi.supervision.GoalManagement}, {@link org.luoshi.supervision.TaskManagement}
 * (every step), {@link org.luoshi.supervision.TaskQueries} and {@link org.luoshi.supervision.SupervisionBoards} (boards,
 * my tasks, calendar, ranking, the public plan), their read models and commands, and the events
 * {@link org.luoshi.supervision.TaskIssued} and {@link org.luoshi.supervision.TaskClosed} (e.g. for the enterprise
 * module to answer a demand a task was opened for). Tells people through {@link org.luoshi.shared.NotifiableEvent}.
 *
 * <p>Listens to {@link org.luoshi.reports.ReportConfirmed}: a confirmed report becomes a goal with its tasks, in the
 * confirming transaction. Depends on the shared kernel, organization (units, staff, data scope), identity (the demo
 * accounts of its demo data), reports (the hand-off) and search (goals and tasks are indexed). Pages under
 * {@code /supervision}, the public plan at {@code /public/plan}, API under {@code /api/v1/goals}, {@code /api/v1/tasks},
 * {@code /api/v1/evidence} and {@code /api/v1/notices}.
 *
 * <p>Inside, the task core (goals, tasks, the lifecycle, the timeline) is this module's {@code internal}; three nested
 * modules build on it and nothing here depends on them: {@code boards} (answers {@link org.luoshi.supervision.SupervisionBoards}),
 * {@code ledger} (Excel forms, with their pages and API) and {@code followup} (the daily job). They use the core only
 * through the few types their package-info names ({@code TaskIntake}, {@code FollowUpTasks}, the core's SQL vocabulary),
 * as {@code ModularityTests} checks.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Supervision")
package org.luoshi.supervision;
