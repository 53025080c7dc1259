package org.luoshi.supervision.internal;

/**
 * The parts an actor may play on a task; one person may play several (a district handler leads and co-operates).
 * Which sides an actor has on a task is decided in {@link TaskAccess#sides}.
 */
enum TaskSide {
	/**
	 * supervision:manage over the issuing unit; for a subtask a lead unit broke down (层层分解), supervision:handle over
	 * that unit.
	 */
	ISSUER,
	/** supervision:handle over the lead unit (牵头单位). */
	LEAD_UNIT,
	/** supervision:handle over one of the co-operating units (协办单位). */
	CO_UNIT,
	/** supervision:instruct: a leader who writes instructions (批示) on what they see. */
	LEADER;

	/**
	 * Whether an actor with these sides on a task breaks it down as its lead unit (层层分解) rather than as its issuer:
	 * the subtasks are then issued by the lead unit, to the units it may break the task down for.
	 */
	static boolean breaksDownAsLeadUnit(java.util.Set<TaskSide> sides) {
		return sides.contains(LEAD_UNIT) && !sides.contains(ISSUER);
	}
}
