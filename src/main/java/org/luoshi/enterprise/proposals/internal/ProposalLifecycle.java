package org.luoshi.enterprise.proposals.internal;

import static org.luoshi.enterprise.proposals.ProposalStatus.ACCEPTED;
import static org.luoshi.enterprise.proposals.ProposalStatus.ANSWERED;
import static org.luoshi.enterprise.proposals.ProposalStatus.ASSIGNED;
import static org.luoshi.enterprise.proposals.ProposalStatus.CLOSED;
import static org.luoshi.enterprise.proposals.ProposalStatus.IN_FOLLOW_UP;
import static org.luoshi.enterprise.proposals.ProposalStatus.REJECTED;
import static org.luoshi.enterprise.proposals.ProposalStatus.RETURNED_FOR_REVISION;
import static org.luoshi.enterprise.proposals.ProposalStatus.SUBMITTED;
import static org.luoshi.enterprise.proposals.ProposalStatus.WITHDRAWN;
import static org.luoshi.enterprise.proposals.internal.ProposalSide.CO_UNIT;
import static org.luoshi.enterprise.proposals.internal.ProposalSide.LEAD_UNIT;
import static org.luoshi.enterprise.proposals.internal.ProposalSide.OFFICE;
import static org.luoshi.enterprise.proposals.internal.ProposalSide.PROPOSER;
import static org.luoshi.enterprise.proposals.internal.ProposalSide.SYSTEM;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

import org.luoshi.enterprise.proposals.AnswerCategory;
import org.luoshi.enterprise.proposals.ProposalActions;
import org.luoshi.enterprise.proposals.ProposalStatus;
import org.luoshi.enterprise.proposals.ProposalStep;
import org.luoshi.shared.ConflictException;
import org.luoshi.shared.lifecycle.TransitionTable;
import org.luoshi.shared.lifecycle.TransitionTable.Rule;
import org.springframework.security.access.AccessDeniedException;

/**
 * A proposal's life, written once: the transition table, the few conditions on a proposal's data a step needs besides
 * its status, and the message of each refusal. The command path checks steps here, the page and the API offer what
 * {@link #actions} says.
 */
final class ProposalLifecycle {

	static final TransitionTable<ProposalStatus, ProposalStep, ProposalSide> TABLE = TransitionTable
		.of(ProposalStatus.class, ProposalStep.class, ProposalSide.class)
		.step(ProposalStep.REVISE).by(PROPOSER).in(RETURNED_FOR_REVISION).to(SUBMITTED)
		.step(ProposalStep.WITHDRAW).by(PROPOSER).in(SUBMITTED, RETURNED_FOR_REVISION).to(WITHDRAWN)
		.step(ProposalStep.ACCEPT).by(OFFICE).in(SUBMITTED).to(ACCEPTED)
		.step(ProposalStep.REJECT).by(OFFICE).in(SUBMITTED).to(REJECTED)
		.step(ProposalStep.RETURN_FOR_REVISION).by(OFFICE).in(SUBMITTED).to(RETURNED_FOR_REVISION)
		.step(ProposalStep.ASSIGN).by(OFFICE).in(ACCEPTED).to(ASSIGNED)
		.step(ProposalStep.REQUEST_ADJUSTMENT).by(LEAD_UNIT).in(ASSIGNED).staying()
		.step(ProposalStep.DECIDE_ADJUSTMENT).by(OFFICE).in(ASSIGNED).staying()
		.step(ProposalStep.CONTRIBUTE).by(CO_UNIT).in(ASSIGNED).staying()
		.step(ProposalStep.ANSWER).by(LEAD_UNIT).in(ASSIGNED).to(ANSWERED)
		.step(ProposalStep.REMIND).by(OFFICE).in(ASSIGNED, IN_FOLLOW_UP).staying()
		// The daily follow-up (ProposalFollowUp): reminders and escalations on the answer's and the evaluation's clocks,
		// and the committee's own reminder of what waits for it.
		.step(ProposalStep.REMIND).by(SYSTEM).in(ASSIGNED).staying()
		.step(ProposalStep.ESCALATE).by(SYSTEM).in(ASSIGNED, ANSWERED).staying()
		.step(ProposalStep.REMIND_PROPOSER).by(SYSTEM).in(ANSWERED).staying()
		.step(ProposalStep.REMIND_OFFICE).by(SYSTEM).in(SUBMITTED, ACCEPTED, ASSIGNED).staying()
		// The evaluation's outcome is the step: one form, three rules. The office records a member's word given on paper.
		.step(ProposalStep.EVALUATE).by(PROPOSER, OFFICE).in(ANSWERED).to(CLOSED)
		.step(ProposalStep.TRACK).by(PROPOSER, OFFICE).in(ANSWERED).to(IN_FOLLOW_UP)
		.step(ProposalStep.REHANDLE).by(PROPOSER, OFFICE).in(ANSWERED).to(ASSIGNED)
		.step(ProposalStep.REPORT_DONE).by(LEAD_UNIT).in(IN_FOLLOW_UP).to(CLOSED)
		.step(ProposalStep.CONVERT_TO_OPINION).by(OFFICE).in(REJECTED).staying()
		.build();

	/** What allows a step besides the status and the side, with the message when it does not hold. */
	private record Condition(BiPredicate<Proposal, When> holds, String refusal) {
	}

	/** Who asks, and on which day (a unit may ask for another assignment only so long). */
	record When(Set<ProposalSide> sides, LocalDate today) {
	}

	private static final Map<ProposalStep, Condition> CONDITIONS = Map.of(
			ProposalStep.REQUEST_ADJUSTMENT, new Condition((p, when) -> !p.adjustmentRequested() && p.answerCount() == 0
					&& p.adjustUntil() != null && !when.today().isAfter(p.adjustUntil()),
					"proposal.adjustment.not-now"),
			ProposalStep.DECIDE_ADJUSTMENT, new Condition((p, when) -> p.adjustmentRequested(), "proposal.adjustment.none"),
			// A request for another assignment is decided before the unit answers.
			ProposalStep.ANSWER, new Condition((p, when) -> !p.adjustmentRequested(), "proposal.adjustment.pending"),
			ProposalStep.CONTRIBUTE, new Condition((p, when) -> !when.sides().contains(LEAD_UNIT), "proposal.contribute.lead"),
			ProposalStep.EVALUATE, new Condition((p, when) -> p.answerCategory() != AnswerCategory.B, "proposal.evaluate.b-answer"),
			ProposalStep.TRACK, new Condition((p, when) -> p.answerCategory() == AnswerCategory.B, "proposal.evaluate.not-b-answer"),
			ProposalStep.CONVERT_TO_OPINION, new Condition((p, when) -> p.opinionId() == null, "proposal.opinion.already"));

	/** Why a step is refused in a status. */
	private static final Map<ProposalStep, String> NOT_IN_THIS_STATUS = Map.ofEntries(
			Map.entry(ProposalStep.REVISE, "proposal.not-returned"),
			Map.entry(ProposalStep.WITHDRAW, "proposal.already-accepted"),
			Map.entry(ProposalStep.ACCEPT, "proposal.not-submitted"),
			Map.entry(ProposalStep.REJECT, "proposal.not-submitted"),
			Map.entry(ProposalStep.RETURN_FOR_REVISION, "proposal.not-submitted"),
			Map.entry(ProposalStep.ASSIGN, "proposal.not-accepted"),
			Map.entry(ProposalStep.EVALUATE, "proposal.not-answered"),
			Map.entry(ProposalStep.TRACK, "proposal.not-answered"),
			Map.entry(ProposalStep.REHANDLE, "proposal.not-answered"),
			Map.entry(ProposalStep.REPORT_DONE, "proposal.not-in-follow-up"),
			Map.entry(ProposalStep.CONVERT_TO_OPINION, "proposal.not-rejected"));

	/** The steps only the daily follow-up takes: never offered to people, refused when a person asks for them. */
	static final Set<ProposalStep> AUTOMATIC = java.util.EnumSet.of(ProposalStep.ESCALATE, ProposalStep.REMIND_PROPOSER,
			ProposalStep.REMIND_OFFICE);

	private ProposalLifecycle() {
	}

	/** The rule by which the actor takes {@code step}: 409 when the status or data forbids it, 403 when the side does. */
	static Rule<ProposalStatus, ProposalStep, ProposalSide> check(ProposalStep step, Proposal proposal, Set<ProposalSide> sides,
			LocalDate today) {
		switch (TABLE.check(step, proposal.status(), sides)) {
			case NOT_IN_THIS_STATUS -> throw new ConflictException(refusal(step, proposal.status()));
			case NOT_FOR_THESE_SIDES -> throw new AccessDeniedException(step.name());
			case ALLOWED -> {
			}
		}
		Condition condition = CONDITIONS.get(step);
		if (condition != null && !condition.holds().test(proposal, new When(sides, today))) {
			throw new ConflictException(condition.refusal());
		}
		return TABLE.rule(step, proposal.status(), sides);
	}

	/**
	 * What the actor may do now. TRACK and REHANDLE are EVALUATE's form with another outcome: offered as EVALUATE, which
	 * the service turns into the step the evaluation and the answer's class make it.
	 */
	static ProposalActions actions(Proposal proposal, Set<ProposalSide> sides, LocalDate today) {
		When when = new When(sides, today);
		Set<ProposalStep> available = TABLE.available(proposal.status(), sides);
		boolean evaluates = available.contains(ProposalStep.REHANDLE);
		available.removeIf(step -> CONDITIONS.containsKey(step) && !CONDITIONS.get(step).holds().test(proposal, when));
		available.remove(ProposalStep.TRACK);
		available.remove(ProposalStep.REHANDLE);
		available.removeAll(AUTOMATIC);
		if (evaluates) {
			available.add(ProposalStep.EVALUATE);
		}
		return new ProposalActions(available);
	}

	static ProposalSide side(Rule<ProposalStatus, ProposalStep, ProposalSide> rule, Set<ProposalSide> sides) {
		return rule.sides().stream().filter(sides::contains).findFirst().orElseThrow();
	}

	private static String refusal(ProposalStep step, ProposalStatus status) {
		if (status.isFinished() && step != ProposalStep.CONVERT_TO_OPINION) {
			return "proposal.finished";
		}
		return NOT_IN_THIS_STATUS.getOrDefault(step, "proposal.not-assigned");
	}
}
