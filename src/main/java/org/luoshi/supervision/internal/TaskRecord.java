package org.luoshi.supervision.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.luoshi.supervision.Light;
import org.luoshi.supervision.Priority;
import org.luoshi.supervision.ReportCycle;
import org.luoshi.supervision.TaskSource;
import org.luoshi.supervision.TaskStatus;

/** A row of the {@code task} table, as the service reasons about it. */
record TaskRecord(long id, long goalId, Long parentId, int seq, String content, List<String> tags, String targetsJson,
		TaskSource source, String sourceRef, long issuerUnitId, Long leadUnitId, Long responsibleStaffId, LocalDate deadline,
		LocalDate originalDeadline, Priority priority, ReportCycle reportCycle, TaskStatus status, Light light, int percent,
		String progressText, Instant lastReportAt, Instant issuedAt, Long issuedBy, LocalDate signDue, Instant signedAt,
		Instant completionRequestedAt, Instant closedAt, Instant lastRemindedAt, boolean published, Long createdBy,
		int version, Instant createdAt, Instant updatedAt) {
}
