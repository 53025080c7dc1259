package org.luoshi.supervision;

/**
 * What the actor may do with a task now, given who they are and where the task stands: pages show exactly these
 * actions, and the services refuse the others.
 */
public record TaskActions(boolean edit, boolean issue, boolean cancel, boolean addSubtask, boolean sign, boolean returnTask,
		boolean report, boolean contribute, boolean reachMilestone, boolean requestCompletion, boolean review,
		boolean requestExtension, boolean decideExtension, boolean instruct, boolean remind, boolean notice) {

	public static final TaskActions NONE = new TaskActions(false, false, false, false, false, false, false, false, false, false,
			false, false, false, false, false, false);

	public boolean any() {
		return !equals(NONE);
	}
}
