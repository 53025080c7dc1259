package org.luoshi.supervision;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One task as its page and the API show it.
 *
 * @param number its 序号: the position among its goal's tasks, {@code 3.1} for a subtask
 * @param targets the quantitative targets the task carries (from the report it came from)
 * @param originalDeadline the deadline it was issued with, when an extension or the issuer changed it since
 * @param percent the share done, as last reported by the lead unit
 * @param progressText the lead unit's latest progress report
 * @param pendingExtension the extension the lead unit asked for and nobody decided yet, or {@code null}
 */
public record TaskDetails(long id, long goalId, String goalTitle, Long parentId, String number, String content,
		List<String> tags, List<TaskTarget> targets, TaskSource source, String sourceRef, UnitRef issuerUnit, UnitRef leadUnit,
		List<UnitRef> coUnits, Long responsibleStaffId, String responsibleStaffName, LocalDate deadline,
		LocalDate originalDeadline, Priority priority, ReportCycle reportCycle, TaskStatus status, Light light, int percent,
		String progressText, Instant lastReportAt, Instant issuedAt, LocalDate signDue, Instant signedAt,
		Instant completionRequestedAt, Instant closedAt, boolean published, List<Milestone> milestones,
		ExtensionRequest pendingExtension, int subtasks, int version, Instant createdAt, Instant updatedAt) {

	/** A quantitative target as the report read it: 超百亿元 is {@code > 100 亿元}. */
	public record TaskTarget(String text, String indicator, BigDecimal value, String unit, String comparator, LocalDate deadline) {
	}

	public record Milestone(long id, String title, LocalDate dueDate, Instant reachedAt) {

		public boolean reached() {
			return reachedAt != null;
		}
	}

	public record ExtensionRequest(long id, UnitRef unit, LocalDate currentDeadline, LocalDate requestedDeadline, String reason,
			String requestedByName, Instant createdAt) {
	}
}
