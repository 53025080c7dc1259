package org.luoshi.enterprise.proposals.internal;

/**
 * The sides on a public-opinion report: the CPPCC office ({@code proposal:manage}), the member who reported it, and the
 * system — the daily follow-up ({@code Actor.SYSTEM}), whose step is never offered to people.
 */
enum OpinionSide {
	OFFICE, REPORTER, SYSTEM
}
