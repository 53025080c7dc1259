package org.luoshi.enterprise.portal.internal;

/** What the town does with a registration. */
public enum RegistrationStep {
	APPROVE, REJECT
}
