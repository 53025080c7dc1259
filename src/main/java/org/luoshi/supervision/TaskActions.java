package org.luoshi.supervision;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the actor may do with a task now: the steps the task's transition table allows in its status for the actor's
 * sides, less those its data rules out (no extension to decide). Pages show exactly these steps, the API lists them,
 * and the services refuse the others.
 */
public record TaskActions(Set<TaskStep> steps) {

	public static final TaskActions NONE = new TaskActions(Set.of());

	public TaskActions {
		steps = Collections.unmodifiableSet(steps.isEmpty() ? EnumSet.noneOf(TaskStep.class) : EnumSet.copyOf(steps));
	}

	/** Whether the actor may take the step named {@code step} (a {@link TaskStep} name, as templates write it). */
	public boolean can(String step) {
		return steps.contains(TaskStep.valueOf(step));
	}

	public boolean can(TaskStep step) {
		return steps.contains(step);
	}

	public boolean any() {
		return !steps.isEmpty();
	}
}
