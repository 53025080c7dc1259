package org.luoshi.legalservice.requests.internal;

/**
 * The sides an actor can take on a request (worked out per request in {@link LegalRequestAccess.Scope#sides}): the
 * justice bureau's office ({@code legal:manage}), the staff of the request's point ({@code legal:handle} and named on
 * the point's staff list), the practitioner assigned ({@code legal:provide}, linked to the account), and the requester
 * (the enterprise's own account, {@code legal:request}).
 */
enum LegalRequestSide {
	OFFICE, POINT_STAFF, PRACTITIONER, REQUESTER
}
