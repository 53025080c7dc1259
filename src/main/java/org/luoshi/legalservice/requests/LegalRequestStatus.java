package org.luoshi.legalservice.requests;

/**
 * Where a request stands. Made online or at the counter it waits in the point's queue ({@link #WAITING}), or for its
 * appointment ({@link #SCHEDULED}); called to the counter it is {@link #IN_SERVICE} — referred, assigned, screened,
 * mediated — until it is {@link #CLOSED} with its outcome; the requester may withdraw it before ({@link #WITHDRAWN}).
 */
public enum LegalRequestStatus {
	WAITING, SCHEDULED, IN_SERVICE, CLOSED, WITHDRAWN;

	public boolean isOpen() {
		return this == WAITING || this == SCHEDULED || this == IN_SERVICE;
	}
}
