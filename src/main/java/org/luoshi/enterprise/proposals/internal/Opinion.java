package org.luoshi.enterprise.proposals.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.luoshi.calendar.WorkingCalendar;
import org.luoshi.enterprise.proposals.OpinionClock;
import org.luoshi.enterprise.proposals.OpinionStatus;
import org.luoshi.shared.Changes;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;
import org.luoshi.shared.lifecycle.LifecycleEvent;

/**
 * A public-opinion report (社情民意信息), loaded whole and locked: lighter than a proposal. Its life is
 * {@link OpinionLifecycle}'s table — submitted, edited by the CPPCC office (or its reporter before that), adopted (采用)
 * or declined, forwarded (报送) to leaders or units, and carrying the leaders' instructions (批示) the office records.
 * Each step returns its {@link Event}s: the report's timeline entry and audit entry at once.
 *
 * <p>A report is worth what it is worth while it is fresh, so the office is held to short limits in working days: it
 * examines (adopts or declines) a report within {@value #EXAMINE_WORKING_DAYS} working days of its submission and
 * forwards one adopted within {@value #FORWARD_WORKING_DAYS} working days of its adoption ({@link #clock}). The wait runs
 * from {@link #officeWaitsSince} — the submission, then the adoption — until the step is taken ({@link #officeDoneOn}).
 * The daily follow-up ({@link ProposalFollowUp}) reminds the office once of each limit it has let pass
 * ({@link #remindOffice}); adoption starts the next limit and its reminder.
 */
final class Opinion {

	/** The working days the office takes to examine (adopt or decline) a report submitted. */
	static final int EXAMINE_WORKING_DAYS = 5;
	/** The working days the office takes to forward a report adopted. */
	static final int FORWARD_WORKING_DAYS = 5;
	static final int MAX_TITLE = 100;
	static final int MAX_TEXT = 4000;

	private final long id;
	private final Long reporterAccountId;
	private final String reporterName;
	private final List<Long> enterpriseIds;
	private final Long demandId;
	private final String demandNumber;
	private final Long proposalId;
	private final Instant submittedAt;
	private final int version;
	private String title;
	private String content;
	private OpinionStatus status;
	private Instant adoptedAt;
	private String forwardedTo;
	private List<Long> forwardedUnitIds;
	private String instructions;
	private LocalDate officeWaitsSince;
	private LocalDate officeDoneOn;
	private boolean officeReminded;

	Opinion(long id, String title, String content, Long reporterAccountId, String reporterName, List<Long> enterpriseIds, Long demandId,
			String demandNumber, Long proposalId, OpinionStatus status, Instant submittedAt, Instant adoptedAt, String forwardedTo,
			List<Long> forwardedUnitIds, String instructions, LocalDate officeWaitsSince, LocalDate officeDoneOn, boolean officeReminded,
			int version) {
		this.id = id;
		this.title = title;
		this.content = content;
		this.reporterAccountId = reporterAccountId;
		this.reporterName = reporterName;
		this.enterpriseIds = List.copyOf(enterpriseIds);
		this.demandId = demandId;
		this.demandNumber = demandNumber;
		this.proposalId = proposalId;
		this.status = status;
		this.submittedAt = submittedAt;
		this.adoptedAt = adoptedAt;
		this.forwardedTo = forwardedTo;
		this.forwardedUnitIds = List.copyOf(forwardedUnitIds);
		this.instructions = instructions;
		this.officeWaitsSince = officeWaitsSince;
		this.officeDoneOn = officeDoneOn;
		this.officeReminded = officeReminded;
		this.version = version;
	}

	/**
	 * What a step on a report did: its timeline entry ({@code opinion.event.<kind>}), its audit entry and, when
	 * {@code toOffice}, the office's notification ({@code opinion.notify.<kind>}).
	 */
	record Event(String kind, String text, Map<String, Object> data, boolean toOffice) implements LifecycleEvent {

		Event(String kind, String text, Map<String, Object> data) {
			this(kind, text, data, false);
		}

		@Override
		public String action() {
			return "enterprise.opinion." + kind;
		}

		@Override
		public Changes changes() {
			Changes changes = Changes.of();
			data.forEach((field, value) -> changes.created(field, String.valueOf(value)));
			if (text != null) {
				changes.created("text", text);
			}
			return changes;
		}
	}

	List<Event> edit(OpinionStatus to, String newTitle, String newContent) {
		List<Violation> violations = new ArrayList<>();
		String t = Proposal.text(newTitle, "title", MAX_TITLE, violations);
		String c = Proposal.text(newContent, "content", MAX_TEXT, violations);
		if (t == null && c == null && violations.isEmpty()) {
			violations.add(Violation.of("content", "opinion.edit.nothing"));
		}
		ValidationException.throwIfAny(violations);
		Map<String, Object> changed = new LinkedHashMap<>();
		if (t != null && !t.equals(title)) {
			changed.put("title", t);
			title = t;
		}
		if (c != null && !c.equals(content)) {
			content = c;
		}
		return List.of(new Event("edited", null, changed));
	}

	/** Adopted, the examination is done and the forwarding's limit starts. */
	List<Event> adopt(OpinionStatus to, Instant now, LocalDate today, String note) {
		status = to;
		adoptedAt = now;
		officeWaitsSince = today;
		officeDoneOn = null;
		officeReminded = false;
		return List.of(new Event("adopted", blankToNull(note), Map.of()));
	}

	List<Event> decline(OpinionStatus to, LocalDate today, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new ValidationException(Violation.of("text", "opinion.decline.reason.required"));
		}
		status = to;
		officeDoneOn = today;
		return List.of(new Event("declined", limited(reason.strip()), Map.of()));
	}

	/** The first forwarding ends the office's wait; forwarding again to others later changes nothing of it. */
	List<Event> forward(OpinionStatus to, LocalDate today, String recipients, List<Long> unitIds, String note) {
		String named = recipients == null || recipients.isBlank() ? null : recipients.strip();
		if (named == null && (unitIds == null || unitIds.isEmpty())) {
			throw new ValidationException(Violation.of("recipients", "opinion.forward.recipients.required"));
		}
		if (named != null && named.length() > 200) {
			throw new ValidationException(Violation.of("recipients", "proposal.text.too-long", 200));
		}
		LinkedHashSet<Long> units = new LinkedHashSet<>(forwardedUnitIds);
		if (unitIds != null) {
			units.addAll(unitIds);
		}
		units.remove(null);
		if (officeDoneOn == null) {
			officeDoneOn = today;
		}
		status = to;
		forwardedTo = named == null ? forwardedTo : forwardedTo == null ? named : forwardedTo + "；" + named;
		forwardedUnitIds = List.copyOf(units);
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("recipients", named == null ? "" : named);
		return List.of(new Event("forwarded", blankToNull(note), data));
	}

	List<Event> recordInstruction(String text) {
		if (text == null || text.isBlank()) {
			throw new ValidationException(Violation.of("text", "opinion.instruction.required"));
		}
		String words = limited(text.strip());
		instructions = instructions == null ? words : instructions + "\n" + words;
		if (instructions.length() > MAX_TEXT) {
			throw new ValidationException(Violation.of("text", "proposal.text.too-long", MAX_TEXT));
		}
		return List.of(new Event("instruction-recorded", words, Map.of()));
	}

	/**
	 * The daily follow-up's reminder to the office, on {@code today}: once for each limit, the first day it has passed.
	 * Nothing when none has passed or the office was reminded of it already (a run that failed and was run again, or
	 * met the report after another had).
	 */
	List<Event> remindOffice(LocalDate today, WorkingCalendar calendar) {
		if (!remindsOffice(today, calendar)) {
			return List.of();
		}
		OpinionClock clock = clock(today, calendar);
		officeReminded = true;
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("dueOn", clock.dueOn());
		data.put("workingDays", clock.workingDaysOverdue());
		return List.of(new Event("office-reminded-" + clock.limit().name().toLowerCase(Locale.ROOT), null, data, true));
	}

	/** Whether {@link #remindOffice} would remind the office on {@code today}. */
	boolean remindsOffice(LocalDate today, WorkingCalendar calendar) {
		OpinionClock clock = clock(today, calendar);
		return !officeReminded && clock.running() && clock.overdue();
	}

	// ----- the clock

	OpinionClock clock(LocalDate today, WorkingCalendar calendar) {
		return clock(status, officeWaitsSince, officeDoneOn, today, calendar);
	}

	/**
	 * The office's limit for its next step, from the day it began to wait ({@code since}) — examination while submitted
	 * or declined, forwarding once adopted — running until the step is taken ({@code doneOn}). The limit ends on its
	 * last working day ({@link WorkingCalendar#deadline}: the start day does not count).
	 */
	static OpinionClock clock(OpinionStatus status, LocalDate since, LocalDate doneOn, LocalDate today, WorkingCalendar calendar) {
		boolean examine = status == OpinionStatus.SUBMITTED || status == OpinionStatus.DECLINED;
		OpinionClock.Limit limit = examine ? OpinionClock.Limit.EXAMINE : OpinionClock.Limit.FORWARD;
		LocalDate dueOn = calendar.deadline(since, examine ? EXAMINE_WORKING_DAYS : FORWARD_WORKING_DAYS).due();
		boolean running = status.awaitsOffice() && doneOn == null;
		LocalDate end = running ? today : doneOn;
		if (end == null) {
			return new OpinionClock(limit, dueOn, 0, 0, false, OpinionClock.Light.GREEN);
		}
		if (end.isAfter(dueOn)) {
			int overdue = (int) calendar.between(dueOn, end).workingDays();
			// Taken or looked at on a rest day after the limit: late all the same.
			return new OpinionClock(limit, dueOn, 0, Math.max(overdue, 1), running, OpinionClock.Light.RED);
		}
		int left = (int) calendar.between(end, dueOn).workingDays();
		OpinionClock.Light light = running && left <= OpinionClock.DUE_SOON_WORKING_DAYS ? OpinionClock.Light.YELLOW : OpinionClock.Light.GREEN;
		return new OpinionClock(limit, dueOn, left, 0, running, light);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : limited(text.strip());
	}

	private static String limited(String words) {
		if (words.length() > MAX_TEXT) {
			throw new ValidationException(Violation.of("text", "proposal.text.too-long", MAX_TEXT));
		}
		return words;
	}

	long id() { return id; }
	String title() { return title; }
	String content() { return content; }
	Long reporterAccountId() { return reporterAccountId; }
	String reporterName() { return reporterName; }
	List<Long> enterpriseIds() { return enterpriseIds; }
	Long demandId() { return demandId; }
	String demandNumber() { return demandNumber; }
	Long proposalId() { return proposalId; }
	OpinionStatus status() { return status; }
	Instant submittedAt() { return submittedAt; }
	Instant adoptedAt() { return adoptedAt; }
	String forwardedTo() { return forwardedTo; }
	List<Long> forwardedUnitIds() { return forwardedUnitIds; }
	String instructions() { return instructions; }
	LocalDate officeWaitsSince() { return officeWaitsSince; }
	LocalDate officeDoneOn() { return officeDoneOn; }
	boolean officeReminded() { return officeReminded; }
	int version() { return version; }
}
