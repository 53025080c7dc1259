package org.luoshi.identity.internal;

import java.time.Instant;
import java.util.List;

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
	TokenGrant issueToken(String username, String password, String name);

	/** The signed-in person's unexpired API tokens, newest first. */
	List<TokenView> ownTokens();

	/**
	 * The account's tokens, for the security administrator; {@code AccessDeniedException} for anyone else, "not found"
	 * for an account outside their scope.
	 */
	List<TokenView> tokensOf(long accountId);

	/**
	 * Ends a token at once: one's own, or any in scope for the security administrator; anything else is "not found",
	 * exactly like a token that does not exist.
	 */
	void revokeToken(long tokenId);

	/**
	 * The signed-in person replaces their password. Their session goes on with the account as it now is (no longer
	 * sent to the password page); their other sessions and their API tokens end.
	 */
	AccountSummary changeOwnPassword(String currentPassword, String newPassword, String confirmation, HttpServletRequest request,
			HttpServletResponse response);

	/** How long a lock after repeated failed sign-ins lasts, in minutes, for the messages that say so. */
	long lockoutMinutes();

	/** How many failed sign-ins in a row lock an account. */
	int maxFailedSignIns();

	/** Whether the signed-in person's password is older than the maximum age, in days (0: passwords do not expire). */
	long passwordMaxAgeDays();

	boolean ownPasswordExpired();

	record TokenGrant(long id, String token, Instant expiresAt) {
	}
}
