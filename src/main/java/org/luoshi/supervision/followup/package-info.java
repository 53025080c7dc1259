/**
 * Supervision's daily follow-up (nested module): once a day across instances, the overdue policy applied to every open
 * task, automatic reminders to the lead units of tasks that are late, at risk, unsigned or owe a report, and one digest
 * per unit and per issuer instead of one message per task.
 *
 * <p>Publishes nothing; it is a scheduled job ({@link org.luoshi.supervision.followup.FollowUpJob}, which tests and
 * operators may run for a day). It decides, the task core writes: the open tasks, the light changes and the reminders go
 * through {@code FollowUpTasks}, which puts each on the task's timeline; which light a task shows and whether its report
 * is due are {@code OverduePolicy}'s one definition. {@code ModularityTests} holds it to those parts of the core.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Supervision :: Follow-up")
package org.luoshi.supervision.followup;
