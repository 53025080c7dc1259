package org.luoshi.supervision.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.luoshi.shared.Actor;
import org.luoshi.shared.Changes;
import org.luoshi.shared.RecordChanged;
import org.luoshi.shared.database.ScheduledJobRuns;
import org.luoshi.shared.web.Times;
import org.luoshi.supervision.Light;
import org.luoshi.supervision.ReportCycle;
import org.luoshi.supervision.TaskEventKind;
import org.luoshi.supervision.TaskStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily follow-up: applies the overdue policy to every open task, and reminds the lead units of tasks that are
 * late, at risk, waiting to be signed for or missing their progress report. Runs once a day across all instances
 * ({@link ScheduledJobRuns}); the scheduler only asks every quarter of an hour, so that a day whose first run failed,
 * or on which no instance was up at midnight, is still followed up.
 *
 * <p>Each change of light and each automatic reminder goes on the task's timeline. People are told once per unit, not
 * once per task: a lead unit's handlers get one digest of its tasks that need attention, an issuer one digest of the
 * tasks they issued that turned red. The run itself is one audit entry with its counts.
 */
@Component
public class FollowUpJob {

	static final String JOB = "supervision.follow-up";
	private static final Logger log = LoggerFactory.getLogger(FollowUpJob.class);

	private final ScheduledJobRuns runs;
	private final SettingsRows settings;
	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final Times times;

	FollowUpJob(ScheduledJobRuns runs, SettingsRows settings, JdbcClient jdbc, ApplicationEventPublisher events, Times times) {
		this.runs = runs;
		this.settings = settings;
		this.jdbc = jdbc;
		this.events = events;
		this.times = times;
	}

	@Scheduled(cron = "${luoshi.supervision.follow-up-cron:0 */15 * * * *}", zone = "${luoshi.time-zone:Asia/Shanghai}")
	void scheduled() {
		runFor(times.today()).ifPresent(result -> log.info("Supervision follow-up for {}: {}", times.today(), result));
	}

	/** The follow-up of {@code day}, unless some instance has done it already. */
	public Optional<String> runFor(LocalDate day) {
		return runs.runOnce(JOB, day.toString(), () -> apply(day).toString());
	}

	/** What one run did. */
	public record Result(int tasks, Map<String, Integer> lightChanges, int reminders) {

		@Override
		public String toString() {
			return tasks + " open tasks, light changes " + lightChanges + ", " + reminders + " reminders";
		}
	}

	private record OpenTask(long id, TaskStatus status, Light light, LocalDate deadline, LocalDate signDue, Instant signedAt,
			Instant lastReportAt, ReportCycle cycle, LocalDate firstOpenMilestone, Instant completionRequestedAt, Long leadUnitId,
			Long issuedBy, Instant lastRemindedAt) {

		OverduePolicy.Facts facts() {
			return new OverduePolicy.Facts(status, deadline, signDue, lastReportAt, cycle, firstOpenMilestone, completionRequestedAt);
		}
	}

	/** Why a task is reminded automatically, most pressing first. */
	enum Reason {
		OVERDUE, UNSIGNED, AT_RISK, REPORT_DUE
	}

	Result apply(LocalDate today) {
		SupervisionSettings current = settings.read();
		OverduePolicy policy = new OverduePolicy(current, times.zone());
		Map<Light, Map<Light, List<Long>>> changes = new EnumMap<>(Light.class);
		Map<Reason, List<Long>> reminders = new EnumMap<>(Reason.class);
		Map<Long, int[]> byLeadUnit = new TreeMap<>();
		Map<Long, Integer> redByIssuer = new TreeMap<>();
		int[] count = { 0 };
		try (Stream<OpenTask> open = openTasks()) {
			open.forEach(task -> {
				count[0]++;
				Light light = policy.light(task.facts(), today);
				if (light != task.light()) {
					changes.computeIfAbsent(task.light(), from -> new EnumMap<>(Light.class))
						.computeIfAbsent(light, to -> new ArrayList<>())
						.add(task.id());
					if (light == Light.RED && task.issuedBy() != null) {
						redByIssuer.merge(task.issuedBy(), 1, Integer::sum);
					}
				}
				Reason reason = current.autoRemind() ? reason(task, light, policy, today, current) : null;
				if (reason != null) {
					reminders.computeIfAbsent(reason, key -> new ArrayList<>()).add(task.id());
					int[] counts = byLeadUnit.computeIfAbsent(task.leadUnitId(), key -> new int[2]);
					counts[0]++;
					if (light == Light.RED) {
						counts[1]++;
					}
				}
			});
		}
		Map<String, Integer> lightChanges = new LinkedHashMap<>();
		changes.forEach((from, targets) -> targets.forEach((to, ids) -> {
			jdbc.sql("UPDATE task SET light = :light WHERE id = ANY(:ids)").param("light", to.name()).param("ids", array(ids)).update();
			appendEvents(ids, TaskEventKind.LIGHT_CHANGED, TimelineRows.Data.light(from, to));
			lightChanges.put(from.name().toLowerCase() + "→" + to.name().toLowerCase(), ids.size());
		}));
		int reminded = 0;
		for (Map.Entry<Reason, List<Long>> entry : reminders.entrySet()) {
			List<Long> ids = entry.getValue();
			jdbc.sql("UPDATE task SET last_reminded_at = :now WHERE id = ANY(:ids)")
				.param("now", java.sql.Timestamp.from(times.now()))
				.param("ids", array(ids))
				.update();
			appendEvents(ids, TaskEventKind.REMINDER,
					new TimelineRows.Data(null, null, null, entry.getKey().name().toLowerCase().replace('_', '-'), null, true));
			reminded += ids.size();
		}
		// A digest is the act of this day's run for this recipient: the same counts tomorrow are tomorrow's digest.
		byLeadUnit.forEach((unitId, counts) -> events.publishEvent(new TaskNotification(digestKey(today, "unit", unitId), Set.of(unitId), Set.of(), null,
				"supervision.notify.digest", List.of(String.valueOf(counts[0]), String.valueOf(counts[1])), null,
				"/supervision/units/" + unitId)));
		redByIssuer.forEach((accountId, red) -> events.publishEvent(new TaskNotification(digestKey(today, "account", accountId), Set.of(), Set.of(accountId), null,
				"supervision.notify.digest-issuer", List.of(String.valueOf(red)), null, "/supervision/tasks?light=RED")));
		Changes audited = Changes.of().field("openTasks", null, count[0]).field("reminders", null, reminded);
		lightChanges.forEach((change, n) -> audited.field(change, null, n));
		events.publishEvent(RecordChanged.of("supervision.follow-up.applied", "follow-up", today, today.toString(), audited));
		return new Result(count[0], lightChanges, reminded);
	}

	private static String digestKey(LocalDate day, String recipientType, long recipientId) {
		return "follow-up-digest:" + day + ":" + recipientType + ":" + recipientId;
	}

	private Reason reason(OpenTask task, Light light, OverduePolicy policy, LocalDate today, SupervisionSettings settings) {
		if (task.status() != TaskStatus.ISSUED && task.status() != TaskStatus.IN_PROGRESS) {
			return null;
		}
		if (task.lastRemindedAt() != null && times.date(task.lastRemindedAt()).isAfter(today.minusDays(settings.remindEveryDays()))) {
			return null;
		}
		if (light == Light.RED) {
			return Reason.OVERDUE;
		}
		if (task.status() == TaskStatus.ISSUED) {
			return task.signDue() != null && today.isAfter(task.signDue()) ? Reason.UNSIGNED : null;
		}
		if (light == Light.YELLOW) {
			return Reason.AT_RISK;
		}
		return policy.reportDue(task.lastReportAt(), task.signedAt(), task.cycle(), today) ? Reason.REPORT_DUE : null;
	}

	/** Open tasks, and finished ones whose light was never reset, with what the policy needs. */
	private Stream<OpenTask> openTasks() {
		return jdbc.sql("SELECT t.id, t.status, t.light, t.deadline, t.sign_due, t.signed_at, t.last_report_at, t.report_cycle, "
				+ "m.first_open, t.completion_requested_at, t.lead_unit_id, t.issued_by, t.last_reminded_at FROM task t "
				+ "LEFT JOIN (SELECT task_id, min(due_date) AS first_open FROM milestone WHERE reached_at IS NULL GROUP BY task_id) m "
				+ "ON m.task_id = t.id WHERE t.status IN (" + TaskLifecycle.OPEN_SQL + ") OR t.light <> 'GREEN'")
			.withFetchSize(2000)
			.query(FollowUpJob::openTask)
			.stream();
	}

	private static OpenTask openTask(ResultSet rs, int row) throws SQLException {
		return new OpenTask(rs.getLong("id"), TaskStatus.valueOf(rs.getString("status")), Light.valueOf(rs.getString("light")),
				rs.getObject("deadline", LocalDate.class), rs.getObject("sign_due", LocalDate.class), TaskRows.instant(rs, "signed_at"),
				TaskRows.instant(rs, "last_report_at"), ReportCycle.valueOf(rs.getString("report_cycle")),
				rs.getObject("first_open", LocalDate.class), TaskRows.instant(rs, "completion_requested_at"),
				(Long) rs.getObject("lead_unit_id"), (Long) rs.getObject("issued_by"), TaskRows.instant(rs, "last_reminded_at"));
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
