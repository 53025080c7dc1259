package org.luoshi.supervision.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.luoshi.supervision.Light;
import org.luoshi.supervision.ReportCycle;
import org.luoshi.supervision.TaskStatus;

/**
 * The district's overdue policy: which light a task shows on a given day. Plain Java, so that the follow-up job,
 * every write on a task and the tests apply exactly the same rule.
 *
 * <ul>
 * <li><b>Red</b>: an open task whose deadline has passed. A completion requested in time is not late while it waits
 * for review; one requested after the deadline stays red until it is closed.</li>
 * <li><b>Yellow</b>: due within {@link SupervisionSettings#dueSoonDays()} days without a progress report in its last
 * report cycle; or a milestone's date has passed unreached; or issued and not signed for after the signing time.</li>
 * <li><b>Green</b>: everything else, including drafts and finished tasks.</li>
 * </ul>
 */
public final class OverduePolicy {

	private final SupervisionSettings settings;
	private final ZoneId zone;

	public OverduePolicy(SupervisionSettings settings, ZoneId zone) {
		this.settings = settings;
		this.zone = zone;
	}

	/** What the policy looks at. {@code firstOpenMilestone} is the due date of the earliest unreached milestone. */
	public record Facts(TaskStatus status, LocalDate deadline, LocalDate signDue, Instant lastReportAt, ReportCycle cycle,
			LocalDate firstOpenMilestone, Instant completionRequestedAt) {
	}

	public Light light(Facts task, LocalDate today) {
		if (!task.status().isOpen() || task.deadline() == null) {
			return Light.GREEN;
		}
		if (task.status() == TaskStatus.COMPLETION_REQUESTED && task.completionRequestedAt() != null) {
			return date(task.completionRequestedAt()).isAfter(task.deadline()) ? Light.RED : Light.GREEN;
		}
		if (today.isAfter(task.deadline())) {
			return Light.RED;
		}
		boolean dueSoon = !task.deadline().isAfter(today.plusDays(settings.dueSoonDays()));
		if (dueSoon && !reportedRecently(task, today)) {
			return Light.YELLOW;
		}
		if (task.firstOpenMilestone() != null && today.isAfter(task.firstOpenMilestone())) {
			return Light.YELLOW;
		}
		if (task.status() == TaskStatus.ISSUED && task.signDue() != null && today.isAfter(task.signDue())) {
			return Light.YELLOW;
		}
		return Light.GREEN;
	}

	/** Whether the unit reported within its cycle: a report older than one cycle is no news. */
	public boolean reportedRecently(Facts task, LocalDate today) {
		return withinCycle(task.lastReportAt(), task.cycle(), today);
	}

	/**
	 * Whether the lead unit owes a progress report: neither its last report nor, before the first, its signing falls
	 * within the last report cycle. The one definition; {@link #REPORT_DUE_SQL} says the same to the database.
	 */
	public boolean reportDue(Instant lastReportAt, Instant signedAt, ReportCycle cycle, LocalDate today) {
		Instant since = lastReportAt != null ? lastReportAt : signedAt;
		return since != null && !withinCycle(since, cycle, today);
	}

	/** {@link #reportDue} over the task {@code t}, with {@code :zone} and {@code :today} bound. */
	public static final String REPORT_DUE_SQL = "(COALESCE(t.last_report_at, t.signed_at) AT TIME ZONE :zone)::date < CAST(:today AS date) - "
			+ Arrays.stream(ReportCycle.values())
				.map(cycle -> "WHEN '" + cycle.name() + "' THEN " + cycle.days())
				.collect(Collectors.joining(" ", "CASE t.report_cycle ", " END"));

	/** A report cycle counts back from today: a report on its first day is still recent. */
	private boolean withinCycle(Instant at, ReportCycle cycle, LocalDate today) {
		return at != null && !date(at).isBefore(today.minusDays(cycle.days()));
	}

	private LocalDate date(Instant instant) {
		return instant.atZone(zone).toLocalDate();
	}
}
