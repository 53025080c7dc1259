package org.luoshi.identity.internal;

import org.luoshi.identity.AccountSummary;

/**
 * What the identity module's web layer may ask of its internals; keeps the controllers in {@code web} free
 * of the internal types.
 */
public interface IdentityWeb {

	/** Signs in for the API; throws Spring Security's exceptions on failure. */
	TokenGrant issueToken(String username, String password);

	AccountSummary changeOwnPassword(long accountId, String currentPassword, String newPassword, String confirmation);

	/** Puts the account as it now is into the current session's sign-in, e.g. after a forced password change. */
	void refreshSignedInUser(AccountSummary account, jakarta.servlet.http.HttpServletRequest request,
			jakarta.servlet.http.HttpServletResponse response);

	record TokenGrant(String token, java.time.Instant expiresAt) {
	}
}
