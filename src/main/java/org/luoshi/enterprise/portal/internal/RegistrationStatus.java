package org.luoshi.enterprise.portal.internal;

/** Where a registration stands: waiting for the town, or decided. */
public enum RegistrationStatus {
	PENDING, APPROVED, REJECTED
}
