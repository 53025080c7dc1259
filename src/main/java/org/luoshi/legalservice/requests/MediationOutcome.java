package org.luoshi.legalservice.requests;

/** How a mediation ended: an agreement on everything, on part of it, or none. */
public enum MediationOutcome {
	AGREED, PARTLY_AGREED, NOT_AGREED
}
