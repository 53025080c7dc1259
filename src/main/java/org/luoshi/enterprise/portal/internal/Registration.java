package org.luoshi.enterprise.portal.internal;

import java.time.Instant;

import org.luoshi.enterprise.EnterpriseSummary;

/**
 * An enterprise contact's request for a portal account, as the town sees it.
 *
 * @param enterprise the enterprise as the registry has it now (its town decides)
 * @param phone the mobile number, also the account's login name
 */
public record Registration(long id, EnterpriseSummary enterprise, long accountId, String contactName, String phone,
		RegistrationStatus status, Instant submittedAt, Instant decidedAt, String decidedByName, String reason, int version) {
}
