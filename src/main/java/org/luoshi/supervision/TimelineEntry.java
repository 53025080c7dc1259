package org.luoshi.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One step on a task's timeline.
 *
 * @param unit the unit on whose behalf it was done (the reporting unit, the unit reminded), or {@code null}
 * @param percent the share done, for progress reports
 * @param fromLight the light before, {@code toLight} after, for changes of light
 * @param deadline the deadline set or asked for, for extensions and edits of the deadline
 * @param reference e.g. the number of a supervision notice
 * @param automatic whether the system did it (a reminder of the follow-up job, a change of light)
 */
public record TimelineEntry(long id, TaskEventKind kind, String actorName, UnitRef unit, String text, Integer percent,
		Light fromLight, Light toLight, LocalDate deadline, String reference, Long noticeId, boolean automatic,
		List<EvidenceFile> evidence, Instant at) {
}
