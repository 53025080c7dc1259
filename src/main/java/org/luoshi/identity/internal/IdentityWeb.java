package org.luoshi.identity.internal;

import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.luoshi.identity.AccountSummary;

/**
 * What the identity module's web layer may ask of its internals about signing in; keeps the controllers in
 * {@code web} free of the internal types.
 */
public interface IdentityWeb {

	/**
	 * Signs in for the API; throws Spring Security's exceptions on failure, {@code CredentialsExpiredException} when
	 * the password is a one-time password still to be replaced on the password page.
	 */
	TokenGrant issueToken(String username, String password);

	/**
	 * The signed-in person replaces their password. Their session goes on with the account as it now is (no longer
	 * sent to the password page); their other sessions and their API tokens end.
	 */
	AccountSummary changeOwnPassword(String currentPassword, String newPassword, String confirmation, HttpServletRequest request,
			HttpServletResponse response);

	/** How long a lock after repeated failed sign-ins lasts, in minutes, for the messages that say so. */
	long lockoutMinutes();

	record TokenGrant(String token, Instant expiresAt) {
	}
}
