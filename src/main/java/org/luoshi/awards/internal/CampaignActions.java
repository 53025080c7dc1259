package org.luoshi.awards.internal;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the actor may do with a campaign today: the steps {@link CampaignLifecycle#TABLE} allows in its stage for the
 * actor's sides, less those its data rules out; and, when the campaign cannot move on yet, why ({@code waitingFor}, a
 * message key, e.g. the notice still running). The campaign's page shows exactly these steps, the API lists them, the
 * service refuses the others.
 */
public record CampaignActions(Set<CampaignLifecycle.Step> steps, String waitingFor) {

	public CampaignActions {
		steps = Collections.unmodifiableSet(steps.isEmpty() ? EnumSet.noneOf(CampaignLifecycle.Step.class) : EnumSet.copyOf(steps));
	}

	/** Whether the actor may take the step named {@code step} (a {@link CampaignLifecycle.Step} name, as templates write it). */
	public boolean can(String step) {
		return steps.contains(CampaignLifecycle.Step.valueOf(step));
	}

	public boolean any() {
		return !steps.isEmpty();
	}
}
