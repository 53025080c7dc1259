package org.luoshi.awards.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.luoshi.awards.internal.Campaign.RoundKind;
import org.luoshi.awards.internal.Campaign.Stage;
import org.luoshi.awards.internal.NominationLifecycle.Status;
import org.luoshi.calendar.WorkingCalendar;
import org.luoshi.shared.Actor;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;

/**
 * A campaign's selection process (评选流程), loaded whole for a step and locked: the campaign as stored — its settings,
 * stage and notice dates —, its nominations (locked too, so that no score or withdrawal slips in while a round closes)
 * and its objections, which the steps' conditions look at.
 *
 * <p>Lifecycle ({@link CampaignLifecycle#TABLE}): created with nominations open (NOMINATION) and editable until they
 * close → nominations closed and their round locked (QUALIFICATION; open again while no nomination has been checked) →
 * the qualification check confirmed, scoring open (SCORING) → the ranking confirmed, the first places proposed and the
 * scores locked (RANKED) → the public notice for the campaign's working days (NOTICE) → the results, once the notice is
 * over and every objection resolved (FINAL), which nothing changes. The steps validate their input whole, change the
 * process and return what happened ({@link CampaignEvent}); the proposals and awards that the ranking and the results
 * decide are the nominations' own steps, which the command path takes for each.
 */
public final class CampaignProcess {

	/** What a step needs of its context: the actor, the stage it leads to, the time and the district's day. */
	record Step(Actor actor, Stage to, Instant now, LocalDate today) {
	}

	/** A round confirmed by the step (locked, with who and when), or opened again ({@code at} and {@code by} empty). */
	record RoundChange(RoundKind kind, Instant at, String by) {
	}

	private final Campaign campaign;
	private final List<Nomination> nominations;
	private final List<Objection> objections;
	private Stage stage;
	private LocalDate noticeFrom;
	private LocalDate noticeUntil;
	private Instant finalisedAt;
	private AwardRows.NewCampaign settings;
	private final List<RoundChange> roundChanges = new ArrayList<>();

	CampaignProcess(Campaign campaign, List<Nomination> nominations, List<Objection> objections) {
		this.campaign = campaign;
		this.nominations = List.copyOf(nominations);
		this.objections = List.copyOf(objections);
		this.stage = campaign.stage();
		this.noticeFrom = campaign.noticeFrom();
		this.noticeUntil = campaign.noticeUntil();
		this.finalisedAt = campaign.finalisedAt();
	}

	// ----- steps

	/** New settings, checked whole by the service beforehand; the timeline names the fields that changed. */
	List<CampaignEvent> edit(Step step, AwardRows.NewCampaign newSettings) {
		settings = newSettings;
		return List.of(new CampaignEvent.Edited(CampaignEvent.changes(campaign, newSettings)));
	}

	List<CampaignEvent> closeNominations(Step step) {
		moveTo(step);
		confirm(RoundKind.NOMINATION, step);
		return List.of(new CampaignEvent.NominationsClosed(standing().size()));
	}

	/** The step back: nominations open again, their round unlocked, with the reason on the record. */
	List<CampaignEvent> reopenNominations(Step step, String reason) {
		List<Violation> violations = new ArrayList<>();
		String text = AwardService.text(reason, "text", 2000, true, violations);
		ValidationException.throwIfAny(violations);
		moveTo(step);
		roundChanges.add(new RoundChange(RoundKind.NOMINATION, null, null));
		return List.of(new CampaignEvent.NominationsReopened(text));
	}

	/** The qualification check confirmed: the reviewers (their accounts) are told that scoring is open. */
	List<CampaignEvent> openScoring(Step step, Collection<Long> reviewers) {
		moveTo(step);
		confirm(RoundKind.QUALIFICATION, step);
		int qualified = (int) nominations.stream().filter(n -> n.status() == Status.QUALIFIED).count();
		return List.of(new CampaignEvent.ScoringOpened(qualified, reviewers));
	}

	/** The ranking by total and the declared tie rule ({@link Ranking}); the first {@code places} are proposed. */
	List<CampaignEvent> confirmRanking(Step step) {
		List<Ranking.Place> places = Ranking.rank(campaign, nominations);
		moveTo(step);
		confirm(RoundKind.SCORING, step);
		return List.of(new CampaignEvent.RankingConfirmed(places));
	}

	/**
	 * The public notice from {@code from} (the step's day when {@code null}) for the campaign's number of working days on
	 * the district's calendar: the first day counts when it is a working day. Its last day is kept, so that a later change
	 * of the calendar does not move a notice already posted.
	 */
	List<CampaignEvent> startNotice(Step step, LocalDate from, WorkingCalendar calendar) {
		LocalDate start = from == null ? step.today() : from;
		LocalDate until = calendar.deadline(start.minusDays(1), campaign.noticeDays()).due();
		moveTo(step);
		noticeFrom = start;
		noticeUntil = until;
		confirm(RoundKind.NOTICE, step);
		return List.of(new CampaignEvent.NoticeStarted(start.toString(), until.toString(), campaign.noticeDays()));
	}

	/**
	 * The results, published on {@code publishedOn} (the step's day when {@code null}; an earlier day for results published
	 * on paper): not before the notice ended, not in the future. Every proposed collective is to be awarded from that day.
	 */
	List<CampaignEvent> finalise(Step step, LocalDate publishedOn) {
		LocalDate on = publishedOn == null ? step.today() : publishedOn;
		if (!noticeOverOn(on) || on.isAfter(step.today())) {
			throw new ValidationException(Violation.of("publishedOn", "awards.campaign.published-on.invalid"));
		}
		moveTo(step);
		finalisedAt = step.now();
		List<Long> proposed = nominations.stream().filter(n -> n.status() == Status.PROPOSED).map(Nomination::id).toList();
		return List.of(new CampaignEvent.Finalised(proposed.size(), on, proposed));
	}

	private void moveTo(Step step) {
		stage = step.to();
	}

	private void confirm(RoundKind round, Step step) {
		roundChanges.add(new RoundChange(round, step.now(), step.actor().displayName()));
	}

	// ----- reading, for the conditions and the audiences

	/** Some nomination was qualified or disqualified (or went further). */
	boolean anyChecked() {
		return nominations.stream().anyMatch(n -> n.status() != Status.SUBMITTED && n.status() != Status.WITHDRAWN);
	}

	/** Some nomination still waits for its qualification check. */
	boolean anyUnchecked() {
		return nominations.stream().anyMatch(n -> n.status() == Status.SUBMITTED);
	}

	/** Some qualified nomination has no score yet. */
	boolean anyUnscored() {
		return nominations.stream().anyMatch(n -> n.status() == Status.QUALIFIED && n.total(campaign) == null);
	}

	boolean anyObjectionOpen() {
		return objections.stream().anyMatch(o -> o.status() != ObjectionLifecycle.Status.RESOLVED);
	}

	/** Whether the notice has ended by {@code day}. */
	boolean noticeOverOn(LocalDate day) {
		return noticeUntil != null && day.isAfter(noticeUntil);
	}

	/** The units whose nominations stand (not withdrawn): they hear when the campaign moves on. */
	Set<Long> nominatingUnits() {
		Set<Long> units = new LinkedHashSet<>();
		standing().forEach(n -> units.add(n.nominatingUnitId()));
		return units;
	}

	private List<Nomination> standing() {
		return nominations.stream().filter(n -> n.status() != Status.WITHDRAWN).toList();
	}

	public long id() {
		return campaign.id();
	}

	/** The campaign as it was loaded, before the step. */
	public Campaign campaign() {
		return campaign;
	}

	public Stage stage() {
		return stage;
	}

	LocalDate noticeFrom() {
		return noticeFrom;
	}

	LocalDate noticeUntil() {
		return noticeUntil;
	}

	Instant finalisedAt() {
		return finalisedAt;
	}

	/** The settings an edit gave, or {@code null}. */
	AwardRows.NewCampaign settings() {
		return settings;
	}

	List<RoundChange> roundChanges() {
		return roundChanges;
	}

	int version() {
		return campaign.version();
	}
}
