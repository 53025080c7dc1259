package org.luoshi.supervision.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

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
		return task.lastReportAt() != null && !date(task.lastReportAt()).isBefore(today.minusDays(task.cycle().days()));
	}

	private LocalDate date(Instant instant) {
		return instant.atZone(zone).toLocalDate();
	}
}
