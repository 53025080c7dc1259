package org.luoshi.supervision.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.luoshi.shared.Actor;
import org.luoshi.supervision.Light;
import org.luoshi.supervision.ReportCycle;
import org.luoshi.supervision.TaskEventKind;
import org.luoshi.supervision.TaskStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the daily follow-up ({@code supervision.followup}) reads and writes on tasks, and nothing else of the task core:
 * the open tasks with the facts the overdue policy looks at, the lights it sets and the reminders it sends, each step
 * on the task's timeline. Set-based, because the follow-up goes over every open task of the district at once; the
 * deciding (which light, whom to remind) stays with the follow-up.
 */
@Repository
public class FollowUpTasks {

	private final JdbcClient jdbc;
	private final SettingsRows settings;

	FollowUpTasks(JdbcClient jdbc, SettingsRows settings) {
		this.jdbc = jdbc;
		this.settings = settings;
	}

	/** An open task as the follow-up sees it. */
	public record OpenTask(long id, TaskStatus status, Light light, LocalDate deadline, LocalDate signDue, Instant signedAt,
			Instant lastReportAt, ReportCycle cycle, LocalDate firstOpenMilestone, Instant completionRequestedAt, Long leadUnitId,
			Long issuedBy, Instant lastRemindedAt) {

		public OverduePolicy.Facts facts() {
			return new OverduePolicy.Facts(status, deadline, signDue, lastReportAt, cycle, firstOpenMilestone, completionRequestedAt);
		}
	}

	public SupervisionSettings settings() {
		return settings.read();
	}

	/** Open tasks, and finished ones whose light was never reset, with what the policy needs. */
	public Stream<OpenTask> openTasks() {
		return jdbc.sql("SELECT t.id, t.status, t.light, t.deadline, t.sign_due, t.signed_at, t.last_report_at, t.report_cycle, "
				+ "m.first_open, t.completion_requested_at, t.lead_unit_id, t.issued_by, t.last_reminded_at FROM task t "
				+ "LEFT JOIN (SELECT task_id, min(due_date) AS first_open FROM milestone WHERE reached_at IS NULL GROUP BY task_id) m "
				+ "ON m.task_id = t.id WHERE t.status IN (" + TaskLifecycle.OPEN_SQL + ") OR t.light <> 'GREEN'")
			.withFetchSize(2000)
			.query(FollowUpTasks::openTask)
			.stream();
	}

	private static OpenTask openTask(ResultSet rs, int row) throws SQLException {
		return new OpenTask(rs.getLong("id"), TaskStatus.valueOf(rs.getString("status")), Light.valueOf(rs.getString("light")),
				rs.getObject("deadline", LocalDate.class), rs.getObject("sign_due", LocalDate.class), TaskRows.instant(rs, "signed_at"),
				TaskRows.instant(rs, "last_report_at"), ReportCycle.valueOf(rs.getString("report_cycle")),
				rs.getObject("first_open", LocalDate.class), TaskRows.instant(rs, "completion_requested_at"),
				(Long) rs.getObject("lead_unit_id"), (Long) rs.getObject("issued_by"), TaskRows.instant(rs, "last_reminded_at"));
	}

	/** The tasks' light turned from {@code from} to {@code to}, on each task's timeline. */
	public void changeLight(List<Long> ids, Light from, Light to) {
		jdbc.sql("UPDATE task SET light = :light WHERE id = ANY(:ids)").param("light", to.name()).param("ids", array(ids)).update();
		appendEvents(ids, TaskEventKind.LIGHT_CHANGED, TimelineRows.Data.light(from, to));
	}

	/** An automatic reminder of the tasks' lead units, for {@code reason} (as the timeline words it: {@code report-due}). */
	public void remind(List<Long> ids, String reason, Instant now) {
		jdbc.sql("UPDATE task SET last_reminded_at = :now WHERE id = ANY(:ids)")
			.param("now", java.sql.Timestamp.from(now))
			.param("ids", array(ids))
			.update();
		appendEvents(ids, TaskEventKind.REMINDER, new TimelineRows.Data(null, null, null, reason, null, true));
	}

	private void appendEvents(List<Long> ids, TaskEventKind kind, TimelineRows.Data data) {
		// The system acts on behalf of no unit: the unit reminded is the task's lead unit, shown as such on the task.
		jdbc.sql("INSERT INTO task_event (task_id, kind, actor_name, data) SELECT t.id, :kind, :actor, "
				+ "CAST(:data AS jsonb) FROM task t WHERE t.id = ANY(:ids) ORDER BY t.id")
			.param("kind", kind.name())
			.param("actor", Actor.SYSTEM.displayName())
			.param("data", TimelineRows.JSON.writeValueAsString(data.toMap()))
			.param("ids", array(ids))
			.update();
	}

	private static Long[] array(List<Long> ids) {
		return ids.toArray(Long[]::new);
	}
}
