package org.luoshi.enterprise.demands.internal;

import static org.luoshi.enterprise.demands.DemandStatus.ANSWERED;
import static org.luoshi.enterprise.demands.DemandStatus.ASSIGNED;
import static org.luoshi.enterprise.demands.DemandStatus.CLOSED;
import static org.luoshi.enterprise.demands.DemandStatus.IN_PROGRESS;
import static org.luoshi.enterprise.demands.DemandStatus.MERGED;
import static org.luoshi.enterprise.demands.DemandStatus.RETURNED;
import static org.luoshi.enterprise.demands.DemandStatus.SUBMITTED;
import static org.luoshi.enterprise.demands.DemandStatus.WITHDRAWN;
import static org.luoshi.enterprise.demands.internal.DemandSide.CO_UNIT;
import static org.luoshi.enterprise.demands.internal.DemandSide.CPPCC;
import static org.luoshi.enterprise.demands.internal.DemandSide.DESK;
import static org.luoshi.enterprise.demands.internal.DemandSide.ENTERPRISE;
import static org.luoshi.enterprise.demands.internal.DemandSide.HANDLING_UNIT;
import static org.luoshi.enterprise.demands.internal.DemandSide.LEADER;
import static org.luoshi.enterprise.demands.internal.DemandSide.SYSTEM;

import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;

import org.luoshi.enterprise.demands.DemandActions;
import org.luoshi.enterprise.demands.DemandStatus;
import org.luoshi.enterprise.demands.DemandStep;
import org.luoshi.shared.ConflictException;
import org.luoshi.shared.lifecycle.TransitionTable;
import org.luoshi.shared.lifecycle.TransitionTable.Rule;
import org.springframework.security.access.AccessDeniedException;

/**
 * A demand's life, written once: the transition table, the few conditions on a demand's data a step needs besides its
 * status, and the message of each refusal. The command path checks steps here, the page and the API offer what
 * {@link #actions} says, and queries take their status sets from here ({@link #OPEN_SQL}).
 */
final class DemandLifecycle {

	/** Statuses in which nobody has answered yet. */
	private static final DemandStatus[] UNANSWERED = { SUBMITTED, ASSIGNED, RETURNED, IN_PROGRESS };
	/** Statuses in which a unit has the demand in hand. */
	private static final DemandStatus[] WITH_A_UNIT = { ASSIGNED, IN_PROGRESS };

	static final TransitionTable<DemandStatus, DemandStep, DemandSide> TABLE = TransitionTable
		.of(DemandStatus.class, DemandStep.class, DemandSide.class)
		.step(DemandStep.DISPATCH).by(DESK).in(SUBMITTED).to(ASSIGNED)
		.step(DemandStep.SIGN).by(HANDLING_UNIT).in(ASSIGNED).to(IN_PROGRESS)
		.step(DemandStep.RETURN).by(HANDLING_UNIT).in(ASSIGNED).to(RETURNED)
		.step(DemandStep.ARBITRATE).by(DESK).in(RETURNED).to(ASSIGNED)
		.step(DemandStep.TRANSFER).by(DESK).in(WITH_A_UNIT).to(ASSIGNED)
		.step(DemandStep.ADD_CO_UNIT).by(HANDLING_UNIT, DESK).in(IN_PROGRESS).staying()
		.step(DemandStep.CONTRIBUTE).by(CO_UNIT).in(IN_PROGRESS).staying()
		.step(DemandStep.ANSWER).by(HANDLING_UNIT).in(IN_PROGRESS).to(ANSWERED)
		.step(DemandStep.RATE).by(ENTERPRISE, DESK).in(ANSWERED).to(CLOSED)
		// 重办: on the same clock, by the same unit, which need not sign again.
		.step(DemandStep.REOPEN).by(ENTERPRISE, DESK).in(ANSWERED).to(IN_PROGRESS)
		.step(DemandStep.CLOSE_UNRATED).by(SYSTEM).in(ANSWERED).to(CLOSED)
		.step(DemandStep.REMIND).by(DESK, SYSTEM).in(WITH_A_UNIT).staying()
		.step(DemandStep.INSTRUCT).by(LEADER).in(UNANSWERED).staying()
		// The follow-up a level at a time as the days pass; the desk straight to the leaders, with its reason (提请督办).
		.step(DemandStep.ESCALATE).by(DESK, SYSTEM).in(UNANSWERED).staying()
		.step(DemandStep.RAISE_TASK).by(DESK).in(WITH_A_UNIT).staying()
		// A demand that shows a policy problem becomes a proposal however it ended for the enterprise.
		.step(DemandStep.RAISE_PROPOSAL).by(CPPCC).in(ASSIGNED, IN_PROGRESS, ANSWERED, CLOSED).staying()
		.step(DemandStep.MERGE).by(DESK).in(UNANSWERED).to(MERGED)
		.step(DemandStep.WITHDRAW).by(ENTERPRISE, DESK).in(UNANSWERED).to(WITHDRAWN)
		.build();

	/** What allows a step besides the demand's status and the actor's side, with the message when it does not hold. */
	private record Condition(BiPredicate<Demand, Set<DemandSide>> holds, String refusal) {
	}

	private static final Map<DemandStep, Condition> CONDITIONS = Map.of(
			DemandStep.RAISE_TASK, new Condition((demand, sides) -> demand.taskId() == null, "demand.task.already"),
			DemandStep.RAISE_PROPOSAL, new Condition((demand, sides) -> demand.proposalId() == null, "demand.proposal.already"),
			// The handling unit answers; a unit that handles the demand does not also contribute to it.
			DemandStep.CONTRIBUTE, new Condition((demand, sides) -> !sides.contains(HANDLING_UNIT), "demand.not-in-progress"),
			DemandStep.ESCALATE, new Condition((demand, sides) -> demand.escalationLevel() < Demand.TOP_LEVEL, "demand.escalation.top"));

	/** Why a step is refused in a status, when the step has a message of its own. */
	private static final Map<DemandStep, String> NOT_IN_THIS_STATUS = Map.ofEntries(
			Map.entry(DemandStep.DISPATCH, "demand.not-waiting-for-dispatch"),
			Map.entry(DemandStep.SIGN, "demand.not-awaiting-signature"),
			Map.entry(DemandStep.RETURN, "demand.not-awaiting-signature"),
			Map.entry(DemandStep.ARBITRATE, "demand.not-returned"),
			Map.entry(DemandStep.ADD_CO_UNIT, "demand.not-in-progress"),
			Map.entry(DemandStep.CONTRIBUTE, "demand.not-in-progress"),
			Map.entry(DemandStep.ANSWER, "demand.not-in-progress"),
			Map.entry(DemandStep.RATE, "demand.not-answered"),
			Map.entry(DemandStep.REOPEN, "demand.not-answered"),
			Map.entry(DemandStep.CLOSE_UNRATED, "demand.not-answered"));

	/** Open: somebody owes the enterprise an answer ({@link DemandStatus#OPEN}), as SQL. */
	static final String OPEN_SQL = sql(DemandStatus.OPEN);

	private DemandLifecycle() {
	}

	/**
	 * The rule by which the actor, with {@code sides}, takes {@code step} on {@code demand}; refused with 409 when the
	 * demand's status or data does not allow the step, 403 when it does but not for these sides.
	 */
	static Rule<DemandStatus, DemandStep, DemandSide> check(DemandStep step, Demand demand, Set<DemandSide> sides) {
		switch (TABLE.check(step, demand.status(), sides)) {
			case NOT_IN_THIS_STATUS -> throw new ConflictException(refusal(step, demand.status()));
			case NOT_FOR_THESE_SIDES -> throw new AccessDeniedException(step.name());
			case ALLOWED -> {
			}
		}
		Condition condition = CONDITIONS.get(step);
		if (condition != null && !condition.holds().test(demand, sides)) {
			throw new ConflictException(condition.refusal());
		}
		return TABLE.rule(step, demand.status(), sides);
	}

	/** What the actor may do with the demand now; the follow-up's own step (closing unrated) is not offered to people. */
	static DemandActions actions(Demand demand, Set<DemandSide> sides) {
		Set<DemandStep> available = TABLE.available(demand.status(), sides);
		available.removeIf(step -> CONDITIONS.containsKey(step) && !CONDITIONS.get(step).holds().test(demand, sides));
		available.remove(DemandStep.CLOSE_UNRATED);
		return new DemandActions(available);
	}

	/** The side on whose behalf one of {@code sides} takes the step: the first of the rule's sides the actor has. */
	static DemandSide side(Rule<DemandStatus, DemandStep, DemandSide> rule, Set<DemandSide> sides) {
		return rule.sides().stream().filter(sides::contains).findFirst().orElseThrow();
	}

	private static String refusal(DemandStep step, DemandStatus status) {
		if (status.isFinished()) {
			return "demand.finished";
		}
		if (status == ANSWERED) {
			return "demand.already-answered";
		}
		return NOT_IN_THIS_STATUS.getOrDefault(step, "demand.not-with-a-unit");
	}

	/** Statuses as an SQL list, in the enum's order. */
	static String sql(Collection<DemandStatus> statuses) {
		return statuses.stream().sorted(Comparator.naturalOrder()).map(status -> "'" + status.name() + "'")
			.collect(Collectors.joining(", "));
	}
}
