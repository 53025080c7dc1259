package org.luoshi.enterprise.proposals.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.luoshi.calendar.WorkingCalendar;
import org.luoshi.calendar.WorkingDays;
import org.luoshi.enterprise.proposals.ProposalClock;
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
 * The proposals' daily follow-up, once a day across instances ({@link ScheduledJobRuns}), as demands have theirs. What
 * is due on a day is the proposal's own rule ({@link Proposal#followUpsDue}): the lead unit reminded as its answer's
 * day nears and once it has passed, the committee told of an answer long overdue; the proposer reminded to evaluate,
 * the committee told when the evaluation has not come; the committee reminded of what has waited for it too long. The
 * office is also reminded of the public-opinion reports it has not examined, or not forwarded once adopted, within
 * their limits ({@link Opinion#remindOffice}).
 * Every act is a step of the record's own command path (the {@link ProposalSide#SYSTEM} side, the report's
 * {@link OpinionSide#SYSTEM}), so it is on the record's timeline, in the audit trail and in the notified people's
 * inboxes like any other; each is taken once for the clock or limit it belongs to, so a second run, on the same day or
 * the next, reminds nobody again.
 */
@Component
public class ProposalFollowUp {

	static final String JOB = "enterprise.proposal-follow-up";
	private static final Logger log = LoggerFactory.getLogger(ProposalFollowUp.class);

	private final ScheduledJobRuns runs;
	private final ProposalService service;
	private final OpinionService opinions;
	private final ProposalRows rows;
	private final JdbcClient jdbc;
	private final WorkingDays workingDays;
	private final Times times;

	ProposalFollowUp(ScheduledJobRuns runs, ProposalService service, OpinionService opinions, ProposalRows rows, JdbcClient jdbc,
			WorkingDays workingDays, Times times) {
		this.runs = runs;
		this.service = service;
		this.opinions = opinions;
		this.rows = rows;
		this.jdbc = jdbc;
		this.workingDays = workingDays;
		this.times = times;
	}

	@Scheduled(cron = "${luoshi.proposals.follow-up-cron:0 10/15 * * * *}", zone = "${luoshi.time-zone:Asia/Shanghai}")
	void scheduled() {
		runFor(times.today()).ifPresent(result -> log.info("Proposal follow-up for {}: {}", times.today(), result));
	}

	/** The follow-up of {@code day}, unless some instance has done it already. */
	public Optional<String> runFor(LocalDate day) {
		return runs.runOnce(JOB, day.toString(), () -> apply(day));
	}

	@Transactional
	String apply(LocalDate day) {
		WorkingCalendar calendar = workingDays.calendar();
		// Those some rule may reach today; each proposal's own rule then decides.
		List<Long> candidates = jdbc.sql("""
				SELECT id FROM proposal
				WHERE status = 'ASSIGNED' AND due_on <= :soon AND follow_up_level < :assignedTop
				   OR status = 'ANSWERED' AND follow_up_level < :answeredTop
				   OR office_waits_since IS NOT NULL AND NOT office_reminded
				ORDER BY id""")
			.param("soon", day.plusDays(ProposalClock.YELLOW_DAYS))
			.param("assignedTop", Proposal.ESCALATED)
			.param("answeredTop", Proposal.OVERDUE)
			.query(Long.class)
			.list();
		int reminded = 0;
		int escalated = 0;
		int office = 0;
		for (long id : candidates) {
			for (Proposal.FollowUp due : rows.find(id).orElseThrow().followUpsDue(day, calendar)) {
				service.take(id, proposal -> due.step(), Actor.SYSTEM, (proposal, step, context, scope) -> proposal.followUp(context, due));
				switch (due.step()) {
					case ESCALATE -> escalated++;
					case REMIND_OFFICE -> office++;
					default -> reminded++;
				}
			}
		}
		int reports = remindOfficeOfReports(day, calendar);
		return reminded + " reminded, " + escalated + " escalated, " + office + " reminded to the committee, " + reports
				+ " public-opinion reports reminded to the office";
	}

	/** Public-opinion reports whose office's limit has passed, once each for the limit that runs. */
	private int remindOfficeOfReports(LocalDate day, WorkingCalendar calendar) {
		// A limit of working days is at least as many calendar days: those some limit may have passed; each report's own rule decides.
		List<Long> candidates = jdbc.sql("SELECT id FROM proposal_opinion WHERE status IN (" + OpinionLifecycle.REMINDABLE_SQL + ")"
				+ " AND office_done_on IS NULL AND NOT office_reminded AND office_waits_since < :earliest ORDER BY id")
			.param("earliest", day.minusDays(Math.min(Opinion.EXAMINE_WORKING_DAYS, Opinion.FORWARD_WORKING_DAYS)))
			.query(Long.class)
			.list();
		int reminded = 0;
		for (long id : candidates) {
			if (opinions.find(id, false).orElseThrow().remindsOffice(day, calendar) && opinions.remindOffice(id, day, calendar)) {
				reminded++;
			}
		}
		return reminded;
	}
}
