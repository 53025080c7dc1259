/**
 * Supervision's boards (nested module): the district and unit boards, my tasks, the calendar, the ranking, the goal
 * choices and the public plan — {@link org.luoshi.supervision.SupervisionBoards}, which supervision publishes, answered
 * here and kept between changes by the database's change counter ({@code BoardCache}).
 *
 * <p>Publishes nothing of its own: the parent module's facade is its API. It is the read side of the task core and reads
 * the task tables in aggregate (a board is a few {@code GROUP BY}s over {@code task}, not thousands of task reads), with
 * the core's own SQL vocabulary so that each rule stays in one place: the scope and filter ({@code TaskRows.where}),
 * "open" ({@code TaskLifecycle.OPEN_SQL}), "report due" ({@code OverduePolicy.REPORT_DUE_SQL}), the task number and the
 * summary a list row becomes. It never writes. {@code ModularityTests} holds it to those parts of the core.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Supervision :: Boards")
package org.luoshi.supervision.boards;
