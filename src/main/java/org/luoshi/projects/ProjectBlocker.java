package org.luoshi.projects;

import java.time.Instant;
import java.time.LocalDate;

import org.luoshi.supervision.Light;

/**
 * A blocking problem (卡点) of a project. Raised into a supervised task it carries the task's id, and — read from
 * supervision by that id — its light, status and deadline; the blocker is resolved when the task is closed.
 *
 * @param taskStatus the task's status as supervision names it ({@code CLOSED} …), {@code null} without a task
 */
public record ProjectBlocker(long id, long projectId, String text, BlockerStatus status, Long taskId, String taskNumber, Light taskLight,
		String taskStatus, LocalDate taskDeadline, Instant createdAt, String createdBy, Instant raisedAt, Instant resolvedAt, boolean demo) {
}
