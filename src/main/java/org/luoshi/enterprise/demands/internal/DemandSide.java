package org.luoshi.enterprise.demands.internal;

/**
 * The sides an actor can take on a demand (worked out per demand in {@link DemandAccess.Scope#sides}): the district's
 * desk ({@code demand:dispatch}, whole district), the handling unit and a co-handling unit ({@code demand:handle} over
 * it), the enterprise itself (its own portal account), the CPPCC ({@code proposal:submit} or {@code proposal:manage},
 * with the demand in view: it turns demands into proposals), a district leader ({@code demand:instruct}: instructions),
 * and the platform's daily follow-up.
 */
enum DemandSide {
	DESK, HANDLING_UNIT, CO_UNIT, ENTERPRISE, CPPCC, LEADER, SYSTEM
}
