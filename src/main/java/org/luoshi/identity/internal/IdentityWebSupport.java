package org.luoshi.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.luoshi.identity.AccountSummary;
import org.luoshi.shared.CurrentActor;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.stereotype.Component;

@Component
class IdentityWebSupport implements IdentityWeb {

	private final SignIn signIn;
	private final ApiTokens tokens;
	private final AccountService accounts;

	IdentityWebSupport(SignIn signIn, ApiTokens tokens, AccountService accounts) {
		this.signIn = signIn;
		this.tokens = tokens;
		this.accounts = accounts;
	}

	@Override
	public TokenGrant issueToken(String username, String password) {
		AccountSummary account = signIn.authenticate(username, password, "api");
		if (account.mustChangePassword()) {
			// A token would let the one-time password work for eight hours without ever being replaced.
			throw new CredentialsExpiredException("password change required");
		}
		ApiTokens.IssuedToken issued = tokens.issue(account.id());
		return new TokenGrant(issued.token(), issued.expiresAt());
	}

	@Override
	public AccountSummary changeOwnPassword(String currentPassword, String newPassword, String confirmation, HttpServletRequest request,
			HttpServletResponse response) {
		HttpSession session = request.getSession(false);
		AccountSummary account = accounts.changeOwnPassword(CurrentActor.get().accountId(), currentPassword, newPassword, confirmation,
				session == null ? null : session.getId());
		LuoshiUser.signInAgain(account, request, response);
		return account;
	}

	@Override
	public long lockoutMinutes() {
		return signIn.lockout().toMinutes();
	}
}
