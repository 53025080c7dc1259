package org.luoshi.awards.internal;

import static org.luoshi.awards.internal.NominationLifecycle.Side.NOMINATOR;
import static org.luoshi.awards.internal.NominationLifecycle.Side.OFFICE;
import static org.luoshi.awards.internal.NominationLifecycle.Side.REVIEWER;
import static org.luoshi.awards.internal.NominationLifecycle.Status.AWARDED;
import static org.luoshi.awards.internal.NominationLifecycle.Status.DISQUALIFIED;
import static org.luoshi.awards.internal.NominationLifecycle.Status.DROPPED;
import static org.luoshi.awards.internal.NominationLifecycle.Status.NOT_SELECTED;
import static org.luoshi.awards.internal.NominationLifecycle.Status.PROPOSED;
import static org.luoshi.awards.internal.NominationLifecycle.Status.QUALIFIED;
import static org.luoshi.awards.internal.NominationLifecycle.Status.SUBMITTED;
import static org.luoshi.awards.internal.NominationLifecycle.Status.WITHDRAWN;

import java.util.EnumSet;
import java.util.Set;

import org.luoshi.awards.internal.Campaign.Stage;
import org.luoshi.shared.ConflictException;
import org.luoshi.shared.lifecycle.TransitionTable;
import org.luoshi.shared.lifecycle.TransitionTable.Rule;
import org.luoshi.shared.lifecycle.TransitionTable.Verdict;
import org.springframework.security.access.AccessDeniedException;

/**
 * A nomination's life in one table. The nominating unit may withdraw it while it is only submitted, and attach evidence
 * files to it or remove them meanwhile; the awards office
 * checks its qualification, proposes or passes it over when the ranking is confirmed, awards it once the notice is over
 * and every objection resolved, or drops a proposed one when an objection is upheld. Reviewers score a qualified
 * nomination or declare a recusal. Nothing changes a withdrawn, disqualified, passed-over, dropped or awarded one.
 *
 * <p>Conditions on data, beside the table, used by the check and the offered actions alike: each step belongs to the
 * campaign's stage ({@link #stageOf}); a reviewer recused (declared, or automatically for their own unit's subtree)
 * neither scores nor declares again; a nomination qualifies only once every required evidence item has a file; files are
 * attached while the campaign declares items and the nomination holds fewer than {@value EvidenceFiles#MAX_FILES}, and
 * removed while it holds any.
 */
public final class NominationLifecycle {

	public enum Status {
		SUBMITTED, WITHDRAWN, QUALIFIED, DISQUALIFIED, PROPOSED, NOT_SELECTED, AWARDED, DROPPED
	}

	public enum Step {
		WITHDRAW, ATTACH_EVIDENCE, REMOVE_EVIDENCE, QUALIFY, DISQUALIFY, DECLARE_RECUSAL, SCORE, PROPOSE, PASS_OVER, DROP, AWARD
	}

	public enum Side {
		/** {@code awards:nominate} over the nominating unit. */
		NOMINATOR,
		/** {@code awards:manage}. */
		OFFICE,
		/** {@code awards:review}. */
		REVIEWER
	}

	static final TransitionTable<Status, Step, Side> TABLE = TransitionTable.of(Status.class, Step.class, Side.class)
		.step(Step.WITHDRAW).by(NOMINATOR, OFFICE).in(SUBMITTED).to(WITHDRAWN)
		.step(Step.ATTACH_EVIDENCE).by(NOMINATOR).in(SUBMITTED).staying()
		.step(Step.REMOVE_EVIDENCE).by(NOMINATOR).in(SUBMITTED).staying()
		.step(Step.QUALIFY).by(OFFICE).in(SUBMITTED).to(QUALIFIED)
		.step(Step.DISQUALIFY).by(OFFICE).in(SUBMITTED).to(DISQUALIFIED)
		.step(Step.DECLARE_RECUSAL).by(REVIEWER).in(QUALIFIED).staying()
		.step(Step.SCORE).by(REVIEWER).in(QUALIFIED).staying()
		.step(Step.PROPOSE).by(OFFICE).in(QUALIFIED).to(PROPOSED)
		.step(Step.PASS_OVER).by(OFFICE).in(QUALIFIED).to(NOT_SELECTED)
		.step(Step.DROP).by(OFFICE).in(PROPOSED).to(DROPPED)
		.step(Step.AWARD).by(OFFICE).in(PROPOSED).to(AWARDED)
		.build();

	/** The campaign's stage in which each step may be taken. */
	static Stage stageOf(Step step) {
		return switch (step) {
			case WITHDRAW, ATTACH_EVIDENCE, REMOVE_EVIDENCE -> Stage.NOMINATION;
			case QUALIFY, DISQUALIFY -> Stage.QUALIFICATION;
			case DECLARE_RECUSAL, SCORE -> Stage.SCORING;
			// Taken as the office confirms the ranking, once the campaign is ranked; awarded once it is final.
			case PROPOSE, PASS_OVER -> Stage.RANKED;
			case DROP -> Stage.NOTICE;
			case AWARD -> Stage.FINAL;
		};
	}

	/** Statuses that stand in the ranking and the notice. */
	public static final Set<Status> IN_THE_RUNNING = EnumSet.of(QUALIFIED, PROPOSED, AWARDED);

	private NominationLifecycle() {
	}

	static Rule<Status, Step, Side> check(Step step, Nomination nomination, Campaign campaign, Set<Side> sides) {
		Verdict verdict = TABLE.check(step, nomination.status(), sides);
		if (verdict == Verdict.NOT_IN_THIS_STATUS) {
			throw new ConflictException("awards.nomination.step.not-now");
		}
		if (verdict == Verdict.NOT_FOR_THESE_SIDES) {
			throw new AccessDeniedException(step + " on nomination " + nomination.id());
		}
		if (campaign.stage() != stageOf(step) && !(step == Step.DROP && campaign.stage() == Stage.NOTICE)) {
			throw new ConflictException("awards.nomination.step.not-in-stage");
		}
		return TABLE.rule(step, nomination.status(), sides);
	}

	/** What the sides may do now: the table's steps less those whose data condition fails. */
	static Set<Step> actions(Nomination nomination, Campaign campaign, Set<Side> sides, Long reviewerId, boolean automaticallyRecused) {
		Set<Step> steps = EnumSet.noneOf(Step.class);
		steps.addAll(TABLE.available(nomination.status(), sides));
		steps.removeIf(step -> campaign.stage() != stageOf(step));
		// Proposing and passing over are the ranking's confirmation, not a button of their own.
		steps.remove(Step.PROPOSE);
		steps.remove(Step.PASS_OVER);
		steps.remove(Step.AWARD);
		if (automaticallyRecused || nomination.recusedBy(reviewerId)) {
			steps.remove(Step.SCORE);
			steps.remove(Step.DECLARE_RECUSAL);
		}
		if (!nomination.missingEvidence(campaign).isEmpty()) {
			steps.remove(Step.QUALIFY);
		}
		if (campaign.evidence().isEmpty() || nomination.files().size() >= EvidenceFiles.MAX_FILES) {
			steps.remove(Step.ATTACH_EVIDENCE);
		}
		if (nomination.files().isEmpty()) {
			steps.remove(Step.REMOVE_EVIDENCE);
		}
		return steps;
	}
}
