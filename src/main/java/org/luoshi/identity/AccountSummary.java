package org.luoshi.identity;

import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;

import org.luoshi.shared.Actor;

/**
 * An account as lists and other modules see it (never its password hash).
 *
 * @param enterpriseId the enterprise an enterprise's portal account (企业用户) acts for; {@code null} for staff
 */
public record AccountSummary(long id, String username, String displayName, Long staffId, Long scopeUnitId, Set<Role> roles,
		boolean active, boolean mustChangePassword, int failedAttempts, Instant lockedUntil, Instant lastLoginAt, int version,
		Long enterpriseId) {

	public boolean isLocked(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	/** The account as it acts once signed in: its roles' permissions, within its data scope. */
	public Actor actor() {
		return new Actor(id, username, displayName, scopeUnitId,
				roles.stream().flatMap(role -> role.permissions().stream()).collect(Collectors.toUnmodifiableSet()), enterpriseId);
	}
}
