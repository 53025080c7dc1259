package org.luoshi.enterprise.proposals;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** What the actor may do with a public-opinion report now: its transition table's steps for the actor's sides. */
public record OpinionActions(Set<OpinionStep> steps) {

	public OpinionActions {
		steps = Collections.unmodifiableSet(steps.isEmpty() ? EnumSet.noneOf(OpinionStep.class) : EnumSet.copyOf(steps));
	}

	public boolean can(String step) {
		return steps.contains(OpinionStep.valueOf(step));
	}

	public boolean any() {
		return !steps.isEmpty();
	}
}
