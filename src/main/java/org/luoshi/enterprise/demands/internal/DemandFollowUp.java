package org.luoshi.enterprise.demands.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.luoshi.calendar.WorkingCalendar;
import org.luoshi.calendar.WorkingDays;
import org.luoshi.enterprise.demands.DemandStatus;
import org.luoshi.enterprise.demands.DemandStep;
import org.luoshi.shared.Actor;
import org.luoshi.shared.database.ScheduledJobRuns;
import org.luoshi.shared.web.Times;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demands' daily follow-up, once a day across instances ({@link ScheduledJobRuns}). An overdue demand climbs one
 * level at a time: on its first overdue working day the handling unit is reminded; overdue by the desk's limit, the
 * desk is told; by the leaders' limit, the district's leaders. An answer not rated within the rating window is closed
 * unrated. Every act is a step of the demand's own command path (the {@link DemandSide#SYSTEM} side), so it is on the
 * demand's timeline, in the audit trail and in the notified people's inboxes like any other.
 */
@Component
public class DemandFollowUp {

	static final String JOB = "enterprise.demand-follow-up";
	private static final Logger log = LoggerFactory.getLogger(DemandFollowUp.class);

	private final ScheduledJobRuns runs;
	private final DemandService service;
	private final DemandRows rows;
	private final JdbcClient jdbc;
	private final WorkingDays workingDays;
	private final Times times;

	DemandFollowUp(ScheduledJobRuns runs, DemandService service, DemandRows rows, JdbcClient jdbc, WorkingDays workingDays, Times times) {
		this.runs = runs;
		this.service = service;
		this.rows = rows;
		this.jdbc = jdbc;
		this.workingDays = workingDays;
		this.times = times;
	}

	@Scheduled(cron = "${luoshi.demands.follow-up-cron:0 5/15 * * * *}", zone = "${luoshi.time-zone:Asia/Shanghai}")
	void scheduled() {
		runFor(times.today()).ifPresent(result -> log.info("Demand follow-up for {}: {}", times.today(), result));
	}

	/** The follow-up of {@code day}, unless some instance has done it already. */
	public Optional<String> runFor(LocalDate day) {
		return runs.runOnce(JOB, day.toString(), () -> apply(day));
	}

	@Transactional
	String apply(LocalDate day) {
		DemandSettings settings = rows.settings();
		WorkingCalendar calendar = workingDays.calendar();
		int reminded = 0;
		int escalated = 0;
		int closed = 0;
		List<Long> overdue = jdbc.sql("SELECT id FROM demand WHERE status IN (" + DemandLifecycle.OPEN_SQL + ") AND due_on < ? ORDER BY id")
			.param(day)
			.query(Long.class)
			.list();
		for (long id : overdue) {
			Demand demand = rows.find(id).orElseThrow();
			int days = (int) calendar.between(demand.dueOn(), day).workingDays();
			if (days < 1) {
				continue;
			}
			int level = days >= settings.escalateLeaderDays() ? 3 : days >= settings.escalateDeskDays() ? 2 : 1;
			boolean withAUnit = demand.status() == DemandStatus.ASSIGNED || demand.status() == DemandStatus.IN_PROGRESS;
			if (level == 1 && demand.escalationLevel() < 1 && withAUnit) {
				service.take(id, DemandStep.REMIND, Actor.SYSTEM, (locked, step, scope) -> locked.remind(step, null, true));
				reminded++;
			}
			else if (level > 1 && demand.escalationLevel() < level) {
				int overdueDays = days;
				service.take(id, DemandStep.ESCALATE, Actor.SYSTEM, (locked, step, scope) -> locked.escalate(step, level, overdueDays));
				escalated++;
			}
		}
		List<Long> unrated = jdbc.sql("SELECT id FROM demand WHERE status = 'ANSWERED' ORDER BY id").query(Long.class).list();
		for (long id : unrated) {
			Demand demand = rows.find(id).orElseThrow();
			LocalDate answeredOn = demand.answeredOn();
			if (answeredOn != null && calendar.between(answeredOn, day).workingDays() > settings.ratingLimitDays()) {
				service.take(id, DemandStep.CLOSE_UNRATED, Actor.SYSTEM, (locked, step, scope) -> locked.closeUnrated(step));
				closed++;
			}
		}
		return reminded + " reminded, " + escalated + " escalated, " + closed + " closed unrated";
	}
}
