package org.luoshi.enterprise.visits;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the actor may do with a visit now: the steps the transition table allows in its status for the actor's sides.
 * The visit page shows exactly these, {@code GET /api/v1/visits/{id}/actions} lists them, the service refuses the others.
 */
public record VisitActions(Set<VisitStep> steps) {

	public static final VisitActions NONE = new VisitActions(Set.of());

	public VisitActions {
		steps = Collections.unmodifiableSet(steps.isEmpty() ? EnumSet.noneOf(VisitStep.class) : EnumSet.copyOf(steps));
	}

	/** Whether the actor may take the step named {@code step}, as templates write it. */
	public boolean can(String step) {
		return steps.contains(VisitStep.valueOf(step));
	}

	public boolean any() {
		return !steps.isEmpty();
	}
}
