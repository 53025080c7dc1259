package org.luoshi.enterprise.proposals.internal;

/** The sides on a public-opinion report: the CPPCC office ({@code proposal:manage}) and the member who reported it. */
enum OpinionSide {
	OFFICE, REPORTER
}
