package org.luoshi.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A task as lists, boards and ledgers show it. */
public record TaskSummary(long id, long goalId, String number, String content, List<String> tags, UnitRef leadUnit,
		List<UnitRef> coUnits, LocalDate deadline, Priority priority, TaskStatus status, Light light, int percent,
		String progressText, Instant lastReportAt, boolean published, int version) {
}
