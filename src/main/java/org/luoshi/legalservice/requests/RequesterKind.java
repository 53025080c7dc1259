package org.luoshi.legalservice.requests;

/** Who asks: an enterprise through its account, an enterprise's employee without one (e-mail verified), a walk-in. */
public enum RequesterKind {
	ENTERPRISE, EMPLOYEE, WALK_IN
}
