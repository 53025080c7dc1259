package org.luoshi.legalservice.lectures.internal;

/** A registration holds a seat, waits for one, or was given back. */
public enum RegistrationStatus {
	REGISTERED, WAITING, CANCELLED
}
