package org.luoshi.legalservice.requests;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** What the actor may do with a request now: the transition table's steps for their sides, less those its data rules out. */
public record LegalRequestActions(Set<LegalRequestStep> steps) {

	public LegalRequestActions {
		steps = Collections.unmodifiableSet(steps.isEmpty() ? EnumSet.noneOf(LegalRequestStep.class) : EnumSet.copyOf(steps));
	}

	/** Whether the actor may take the step named {@code step}, as templates write it. */
	public boolean can(String step) {
		return steps.contains(LegalRequestStep.valueOf(step));
	}

	public boolean can(LegalRequestStep step) {
		return steps.contains(step);
	}

	public boolean any() {
		return !steps.isEmpty();
	}
}
