package org.luoshi.supervision.followup;

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

import org.luoshi.shared.Changes;
import org.luoshi.shared.NotificationRequest;
import org.luoshi.shared.RecordChanged;
import org.luoshi.shared.database.ScheduledJobRuns;
import org.luoshi.shared.web.Times;
import org.luoshi.supervision.Light;
import org.luoshi.supervision.TaskStatus;
import org.luoshi.supervision.internal.FollowUpTasks;
import org.luoshi.supervision.internal.FollowUpTasks.OpenTask;
import org.luoshi.supervision.internal.OverduePolicy;
import org.luoshi.supervision.internal.SupervisionSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
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
	private final FollowUpTasks tasks;
	private final ApplicationEventPublisher events;
	private final Times times;

	FollowUpJob(ScheduledJobRuns runs, FollowUpTasks tasks, ApplicationEventPublisher events, Times times) {
		this.runs = runs;
		this.tasks = tasks;
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

	/** Why a task is reminded automatically, most pressing first. */
	enum Reason {
		OVERDUE, UNSIGNED, AT_RISK, REPORT_DUE
	}

	Result apply(LocalDate today) {
		SupervisionSettings current = tasks.settings();
		OverduePolicy policy = new OverduePolicy(current, times.zone());
		Map<Light, Map<Light, List<Long>>> changes = new EnumMap<>(Light.class);
		Map<Reason, List<Long>> reminders = new EnumMap<>(Reason.class);
		Map<Long, int[]> byLeadUnit = new TreeMap<>();
		Map<Long, Integer> redByIssuer = new TreeMap<>();
		int[] count = { 0 };
		try (Stream<OpenTask> open = tasks.openTasks()) {
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
			tasks.changeLight(ids, from, to);
			lightChanges.put(from.name().toLowerCase() + "→" + to.name().toLowerCase(), ids.size());
		}));
		int reminded = 0;
		for (Map.Entry<Reason, List<Long>> entry : reminders.entrySet()) {
			List<Long> ids = entry.getValue();
			tasks.remind(ids, entry.getKey().name().toLowerCase().replace('_', '-'), times.now());
			reminded += ids.size();
		}
		// A digest is the act of this day's run for this recipient: the same counts tomorrow are tomorrow's digest.
		byLeadUnit.forEach((unitId, counts) -> events.publishEvent(new NotificationRequest(digestKey(today, "unit", unitId), Set.of(unitId), Set.of(), null,
				"supervision.notify.digest", List.of(String.valueOf(counts[0]), String.valueOf(counts[1])), null,
				"/supervision/units/" + unitId)));
		redByIssuer.forEach((accountId, red) -> events.publishEvent(new NotificationRequest(digestKey(today, "account", accountId), Set.of(), Set.of(accountId), null,
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
}
