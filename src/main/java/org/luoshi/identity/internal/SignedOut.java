package org.luoshi.identity.internal;

import java.time.Instant;
import java.util.Map;

import org.luoshi.identity.AccountAuditEvent;

/**
 * A page session ended: signed out by its owner ({@code identity.logout}, the owner is the entry's actor) or ended by
 * the idle timeout ({@code identity.session.timed-out}, recorded by the system afterwards, with when the session was
 * last used and when it expired).
 */
record SignedOut(String action, Long accountId, String username, Map<String, Change> changes) implements AccountAuditEvent {

	static SignedOut byOwner(long accountId, String username) {
		return new SignedOut("identity.logout", accountId, username, Map.of());
	}

	static SignedOut byTimeout(Long accountId, String username, Instant lastAccess, Instant expired) {
		return new SignedOut("identity.session.timed-out", accountId, username,
				Map.of("lastAccessAt", new Change(lastAccess, null), "expiredAt", new Change(null, expired)));
	}
}
