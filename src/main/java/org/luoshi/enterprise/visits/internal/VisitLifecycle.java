package org.luoshi.enterprise.visits.internal;

import static org.luoshi.enterprise.visits.VisitStatus.CANCELLED;
import static org.luoshi.enterprise.visits.VisitStatus.PLANNED;
import static org.luoshi.enterprise.visits.VisitStatus.RECORDED;
import static org.luoshi.enterprise.visits.internal.VisitSide.ORGANIZER;

import java.util.Set;

import org.luoshi.enterprise.visits.VisitActions;
import org.luoshi.enterprise.visits.VisitStatus;
import org.luoshi.enterprise.visits.VisitStep;
import org.luoshi.shared.ConflictException;
import org.luoshi.shared.lifecycle.TransitionTable;
import org.luoshi.shared.lifecycle.TransitionTable.Rule;
import org.springframework.security.access.AccessDeniedException;

/**
 * A visit's life, written once. Planning a visit (or recording one that was not planned) creates it; after that:
 *
 * <pre>
 * | step       | side      | allowed in | leads to  |
 * | EDIT       | organizer | PLANNED    | (stays)   |
 * | RECORD     | organizer | PLANNED    | RECORDED  |
 * | CANCEL     | organizer | PLANNED    | CANCELLED |
 * | ADD_PHOTOS | organizer | RECORDED   | (stays)   |
 * </pre>
 *
 * A recorded visit keeps what was found as recorded (only photos are added later); a cancelled one does not change.
 */
final class VisitLifecycle {

	static final TransitionTable<VisitStatus, VisitStep, VisitSide> TABLE = TransitionTable
		.of(VisitStatus.class, VisitStep.class, VisitSide.class)
		.step(VisitStep.EDIT).by(ORGANIZER).in(PLANNED).staying()
		.step(VisitStep.RECORD).by(ORGANIZER).in(PLANNED).to(RECORDED)
		.step(VisitStep.CANCEL).by(ORGANIZER).in(PLANNED).to(CANCELLED)
		.step(VisitStep.ADD_PHOTOS).by(ORGANIZER).in(RECORDED).staying()
		.build();

	private VisitLifecycle() {
	}

	/** The rule by which the actor takes the step; 409 when the visit's status does not allow it, 403 when not for these sides. */
	static Rule<VisitStatus, VisitStep, VisitSide> check(VisitStep step, VisitStatus status, Set<VisitSide> sides) {
		switch (TABLE.check(step, status, sides)) {
			case NOT_IN_THIS_STATUS -> throw new ConflictException("visits.step.not-in-status." + status.name());
			case NOT_FOR_THESE_SIDES -> throw new AccessDeniedException(step.name());
			case ALLOWED -> {
			}
		}
		return TABLE.rule(step, status, sides);
	}

	static VisitActions actions(VisitStatus status, Set<VisitSide> sides) {
		return new VisitActions(TABLE.available(status, sides));
	}
}
