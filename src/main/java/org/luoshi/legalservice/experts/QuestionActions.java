package org.luoshi.legalservice.experts;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the actor may do with a question now: the steps its transition table allows in its status for the actor's
 * sides, less those its data rules out. The page shows exactly these, the API lists them, the service refuses others.
 */
public record QuestionActions(Set<QuestionStep> steps) {

	public QuestionActions {
		steps = Collections.unmodifiableSet(steps.isEmpty() ? EnumSet.noneOf(QuestionStep.class) : EnumSet.copyOf(steps));
	}

	/** Whether the actor may take the step named {@code step}, as templates write it. */
	public boolean can(String step) {
		return steps.contains(QuestionStep.valueOf(step));
	}

	public boolean any() {
		return !steps.isEmpty();
	}
}
