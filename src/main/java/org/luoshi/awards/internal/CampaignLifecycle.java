package org.luoshi.awards.internal;

import static org.luoshi.awards.internal.Campaign.Stage.FINAL;
import static org.luoshi.awards.internal.Campaign.Stage.NOMINATION;
import static org.luoshi.awards.internal.Campaign.Stage.NOTICE;
import static org.luoshi.awards.internal.Campaign.Stage.QUALIFICATION;
import static org.luoshi.awards.internal.Campaign.Stage.RANKED;
import static org.luoshi.awards.internal.Campaign.Stage.SCORING;
import static org.luoshi.awards.internal.CampaignLifecycle.Side.OFFICE;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;

import org.luoshi.awards.internal.Campaign.Stage;
import org.luoshi.shared.ConflictException;
import org.luoshi.shared.lifecycle.TransitionTable;
import org.luoshi.shared.lifecycle.TransitionTable.Rule;
import org.springframework.security.access.AccessDeniedException;

/**
 * A campaign's stages in one table: the awards office edits it while nominations are open, closes the nominations,
 * confirms the qualification check (scoring opens), confirms the ranking (the scores are locked), starts the public
 * notice and publishes the results. Nothing changes a final campaign.
 *
 * <p>One step goes back: nominations closed by mistake, or a unit given a day's grace, reopen from the qualification
 * check as long as no nomination has been checked — until then nothing was decided under the closed round. No other stage
 * goes back, since each later one stands on decisions told to others: qualification verdicts told to the units and
 * scored on by the reviewers; a confirmed ranking, whose lock is the point; a notice the public has read; honours
 * granted (a wrong one is revoked in the registry). The system takes no step: the rounds' dates are announced, but
 * closing a round is the office's decision, on the record with who and when.
 *
 * <p>Conditions on data, beside the table, used by the check and the offered actions alike ({@link #CONDITIONS}):
 * reopening only before anything was checked; scoring only once every nomination is checked; the ranking only once every
 * qualified nomination is scored; the results only once the notice is over and every objection resolved.
 */
public final class CampaignLifecycle {

	public enum Step {
		/** Change the campaign's settings (rules, criteria, rounds …). */
		EDIT,
		/** 截止推荐: the nomination round is confirmed and locked. */
		CLOSE_NOMINATIONS,
		/** Nominations open again, their round unlocked: a step back, with a reason. */
		REOPEN_NOMINATIONS,
		/** The qualification check is confirmed: reviewers may score. */
		OPEN_SCORING,
		/** The ranking is computed, the first places proposed, the scores locked. */
		CONFIRM_RANKING,
		/** 公示 for the campaign's working days. */
		START_NOTICE,
		/** The results: the proposed collectives awarded, their honours in the registry. */
		FINALISE
	}

	public enum Side {
		/** {@code awards:manage}. */
		OFFICE
	}

	static final TransitionTable<Stage, Step, Side> TABLE = TransitionTable.of(Stage.class, Step.class, Side.class)
		.step(Step.EDIT).by(OFFICE).in(NOMINATION).staying()
		.step(Step.CLOSE_NOMINATIONS).by(OFFICE).in(NOMINATION).to(QUALIFICATION)
		.step(Step.REOPEN_NOMINATIONS).by(OFFICE).in(QUALIFICATION).to(NOMINATION)
		.step(Step.OPEN_SCORING).by(OFFICE).in(QUALIFICATION).to(SCORING)
		.step(Step.CONFIRM_RANKING).by(OFFICE).in(SCORING).to(RANKED)
		.step(Step.START_NOTICE).by(OFFICE).in(RANKED).to(NOTICE)
		.step(Step.FINALISE).by(OFFICE).in(NOTICE).to(FINAL)
		.build();

	/** What allows a step besides the campaign's stage, on the day it is taken, with the message when it does not hold. */
	private record Condition(BiPredicate<CampaignProcess, LocalDate> holds, String refusal) {
	}

	/** Each step's conditions, checked in order: the first that fails is the refusal. */
	private static final Map<Step, List<Condition>> CONDITIONS = Map.of(
			Step.REOPEN_NOMINATIONS, List.of(new Condition((campaign, today) -> !campaign.anyChecked(), "awards.campaign.reopen.checked")),
			Step.OPEN_SCORING, List.of(new Condition((campaign, today) -> !campaign.anyUnchecked(), "awards.campaign.unchecked-nominations")),
			Step.CONFIRM_RANKING, List.of(new Condition((campaign, today) -> !campaign.anyUnscored(), "awards.campaign.unscored-nominations")),
			Step.FINALISE, List.of(new Condition((campaign, today) -> campaign.noticeOverOn(today), "awards.campaign.notice-running"),
					new Condition((campaign, today) -> !campaign.anyObjectionOpen(), "awards.campaign.objections-open")));

	/** Why a step is refused in a stage that does not allow it. */
	private static final Map<Step, String> NOT_IN_THIS_STAGE = Map.of(
			Step.EDIT, "awards.campaign.not-editable",
			Step.CLOSE_NOMINATIONS, "awards.campaign.not-nominating",
			Step.REOPEN_NOMINATIONS, "awards.campaign.reopen.not-now",
			Step.OPEN_SCORING, "awards.campaign.not-qualifying",
			Step.CONFIRM_RANKING, "awards.campaign.not-scoring",
			Step.START_NOTICE, "awards.campaign.not-ranked",
			Step.FINALISE, "awards.campaign.not-in-notice");

	/** The step that confirms the round of each stage that has one to confirm (the API's {@code rounds/confirm}). */
	private static final Map<Stage, Step> CONFIRMING = Map.of(NOMINATION, Step.CLOSE_NOMINATIONS, QUALIFICATION, Step.OPEN_SCORING, SCORING,
			Step.CONFIRM_RANKING);

	private CampaignLifecycle() {
	}

	/** The step confirming the stage's round, if the stage has one. */
	static Optional<Step> confirming(Stage stage) {
		return Optional.ofNullable(CONFIRMING.get(stage));
	}

	/**
	 * The rule by which the actor, with {@code sides}, takes {@code step} on the campaign today: 409 when the campaign's
	 * stage or data does not allow it (each refusal in its own words), 403 when it does but not for these sides.
	 */
	static Rule<Stage, Step, Side> check(Step step, CampaignProcess campaign, Set<Side> sides, LocalDate today) {
		switch (TABLE.check(step, campaign.stage(), sides)) {
			case NOT_IN_THIS_STATUS -> throw new ConflictException(NOT_IN_THIS_STAGE.get(step));
			case NOT_FOR_THESE_SIDES -> throw new AccessDeniedException(step + " on campaign " + campaign.id());
			case ALLOWED -> {
			}
		}
		refusal(step, campaign, today).ifPresent(refusal -> {
			throw new ConflictException(refusal);
		});
		return TABLE.rule(step, campaign.stage(), sides);
	}

	/** What the sides may do today: the table's steps less those whose condition fails. */
	static CampaignActions actions(CampaignProcess campaign, Set<Side> sides, LocalDate today) {
		Set<Step> available = TABLE.available(campaign.stage(), sides);
		available.removeIf(step -> refusal(step, campaign, today).isPresent());
		return new CampaignActions(available, waitingFor(campaign, sides, today));
	}

	/**
	 * Why the campaign cannot move on yet (a message key), or {@code null}: the refusal of a step the table offers the
	 * sides towards a later stage. What a page shows where the next button would be; a step back is never waited for.
	 */
	static String waitingFor(CampaignProcess campaign, Set<Side> sides, LocalDate today) {
		return TABLE.available(campaign.stage(), sides).stream()
			.filter(step -> TABLE.rule(step, campaign.stage(), sides).after(campaign.stage()).compareTo(campaign.stage()) > 0)
			.map(step -> refusal(step, campaign, today))
			.flatMap(Optional::stream)
			.findFirst()
			.orElse(null);
	}

	private static Optional<String> refusal(Step step, CampaignProcess campaign, LocalDate today) {
		return CONDITIONS.getOrDefault(step, List.of()).stream()
			.filter(condition -> !condition.holds().test(campaign, today))
			.map(Condition::refusal)
			.findFirst();
	}
}
