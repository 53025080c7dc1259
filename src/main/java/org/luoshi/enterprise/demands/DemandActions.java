package org.luoshi.enterprise.demands;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the actor may do with a demand now: the steps its transition table allows in its status for the actor's sides,
 * less those its data rules out. The demand's page shows exactly these, the API lists them, the service refuses others.
 */
public record DemandActions(Set<DemandStep> steps) {

	public static final DemandActions NONE = new DemandActions(Set.of());

	public DemandActions {
		steps = Collections.unmodifiableSet(steps.isEmpty() ? EnumSet.noneOf(DemandStep.class) : EnumSet.copyOf(steps));
	}

	/** Whether the actor may take the step named {@code step} (a {@link DemandStep} name, as templates write it). */
	public boolean can(String step) {
		return steps.contains(DemandStep.valueOf(step));
	}

	public boolean can(DemandStep step) {
		return steps.contains(step);
	}

	public boolean any() {
		return !steps.isEmpty();
	}
}
