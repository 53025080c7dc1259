package org.luoshi.enterprise.proposals.internal;

/**
 * The sides an actor can take on a proposal (worked out per proposal in {@link ProposalAccess.Scope#sides}): the CPPCC's
 * proposal committee and office ({@code proposal:manage}), the proposer (the member who submitted it), the lead unit and
 * a co-handling unit ({@code proposal:handle} over it), and the system — the daily follow-up ({@code Actor.SYSTEM}),
 * whose steps are never offered to people.
 */
enum ProposalSide {
	OFFICE, PROPOSER, LEAD_UNIT, CO_UNIT, SYSTEM
}
