package org.luoshi.enterprise.proposals.internal;

import static org.luoshi.enterprise.proposals.OpinionStatus.ADOPTED;
import static org.luoshi.enterprise.proposals.OpinionStatus.DECLINED;
import static org.luoshi.enterprise.proposals.OpinionStatus.FORWARDED;
import static org.luoshi.enterprise.proposals.OpinionStatus.SUBMITTED;
import static org.luoshi.enterprise.proposals.internal.OpinionSide.OFFICE;
import static org.luoshi.enterprise.proposals.internal.OpinionSide.REPORTER;
import static org.luoshi.enterprise.proposals.internal.OpinionSide.SYSTEM;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.luoshi.enterprise.proposals.OpinionActions;
import org.luoshi.enterprise.proposals.OpinionStatus;
import org.luoshi.enterprise.proposals.OpinionStep;
import org.luoshi.shared.ConflictException;
import org.luoshi.shared.lifecycle.TransitionTable;
import org.luoshi.shared.lifecycle.TransitionTable.Rule;
import org.springframework.security.access.AccessDeniedException;

/** A public-opinion report's life: its transition table, checked by the command path and offered by pages and API. */
final class OpinionLifecycle {

	static final TransitionTable<OpinionStatus, OpinionStep, OpinionSide> TABLE = TransitionTable
		.of(OpinionStatus.class, OpinionStep.class, OpinionSide.class)
		.step(OpinionStep.EDIT).by(OFFICE, REPORTER).in(SUBMITTED).staying()
		.step(OpinionStep.EDIT).by(OFFICE).in(ADOPTED).staying()
		.step(OpinionStep.ADOPT).by(OFFICE).in(SUBMITTED).to(ADOPTED)
		.step(OpinionStep.DECLINE).by(OFFICE).in(SUBMITTED).to(DECLINED)
		.step(OpinionStep.FORWARD).by(OFFICE).in(ADOPTED, FORWARDED).to(FORWARDED)
		.step(OpinionStep.RECORD_INSTRUCTION).by(OFFICE).in(FORWARDED).staying()
		// The daily follow-up (ProposalFollowUp): the office reminded of a report it has let its limit pass on.
		.step(OpinionStep.REMIND_OFFICE).by(SYSTEM).in(SUBMITTED, ADOPTED).staying()
		.build();

	/** The steps only the daily follow-up takes: never offered to people, refused (400) when a person asks for them. */
	static final Set<OpinionStep> AUTOMATIC = EnumSet.of(OpinionStep.REMIND_OFFICE);

	/** The statuses in which the office may be reminded, as SQL: those the follow-up looks at. */
	static final String REMINDABLE_SQL = TABLE.statusesAllowing(OpinionStep.REMIND_OFFICE).stream().sorted(Comparator.naturalOrder())
		.map(status -> "'" + status.name() + "'").collect(Collectors.joining(", "));

	private OpinionLifecycle() {
	}

	static Rule<OpinionStatus, OpinionStep, OpinionSide> check(OpinionStep step, OpinionStatus status, Set<OpinionSide> sides) {
		switch (TABLE.check(step, status, sides)) {
			case NOT_IN_THIS_STATUS -> throw new ConflictException(status == DECLINED ? "opinion.declined" : "opinion.not-now." + step.name());
			case NOT_FOR_THESE_SIDES -> throw new AccessDeniedException(step.name());
			case ALLOWED -> {
			}
		}
		return TABLE.rule(step, status, sides);
	}

	static OpinionActions actions(OpinionStatus status, Set<OpinionSide> sides) {
		Set<OpinionStep> available = TABLE.available(status, sides);
		available.removeAll(AUTOMATIC);
		return new OpinionActions(available);
	}
}
