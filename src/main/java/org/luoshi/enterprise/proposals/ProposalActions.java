package org.luoshi.enterprise.proposals;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the actor may do with a proposal now: the steps its transition table allows in its status for the actor's sides,
 * less those its data rules out. The page shows exactly these, the API lists them, the service refuses others.
 */
public record ProposalActions(Set<ProposalStep> steps) {

	public ProposalActions {
		steps = Collections.unmodifiableSet(steps.isEmpty() ? EnumSet.noneOf(ProposalStep.class) : EnumSet.copyOf(steps));
	}

	/** Whether the actor may take the step named {@code step}, as templates write it. */
	public boolean can(String step) {
		return steps.contains(ProposalStep.valueOf(step));
	}

	public boolean any() {
		return !steps.isEmpty();
	}
}
