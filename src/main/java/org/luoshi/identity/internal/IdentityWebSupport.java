package org.luoshi.identity.internal;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.luoshi.identity.AccountSummary;
import org.luoshi.shared.Actor;
import org.luoshi.shared.CurrentActor;
import org.luoshi.shared.NotFoundException;
import org.luoshi.shared.Permissions;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.stereotype.Component;

@Component
class IdentityWebSupport implements IdentityWeb {

	private final SignIn signIn;
	private final ApiTokens tokens;
	private final AccountService accounts;
	private final AccountAdministration administration;
	private final AccountRepository repository;

	IdentityWebSupport(SignIn signIn, ApiTokens tokens, AccountService accounts, AccountAdministration administration,
			AccountRepository repository) {
		this.repository = repository;
		this.signIn = signIn;
		this.tokens = tokens;
		this.accounts = accounts;
		this.administration = administration;
	}

	@Override
	public List<TokenView> ownTokens() {
		return tokens.tokensOf(CurrentActor.get().accountId());
	}

	@Override
	public List<TokenView> tokensOf(long accountId) {
		return administration.tokens(accountId, CurrentActor.get());
	}

	@Override
	public void revokeToken(long tokenId) {
		Actor actor = CurrentActor.get();
		Long owner = tokens.ownerOf(tokenId).orElseThrow(() -> new NotFoundException("token", tokenId));
		if (owner.equals(actor.accountId())) {
			accounts.revokeOwnToken(owner, tokenId);
		}
		else if (actor.can(Permissions.SECURITY_MANAGE)) {
			administration.revokeToken(owner, tokenId, actor);
		}
		else {
			throw new NotFoundException("token", tokenId);
		}
	}

	@Override
	public TokenGrant issueToken(String username, String password, String name) {
		AccountSummary account = signIn.authenticate(username, password, "api");
		if (account.mustChangePassword()) {
			// A token would let the one-time password work for eight hours without ever being replaced.
			throw new CredentialsExpiredException("password change required");
		}
		String label = name == null || name.isBlank() ? "API" : name.strip();
		ApiTokens.IssuedToken issued = tokens.issue(account.id(), label.length() > ApiTokens.NAME_MAX ? label.substring(0, ApiTokens.NAME_MAX) : label);
		return new TokenGrant(issued.id(), issued.token(), issued.expiresAt());
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

	@Override
	public int maxFailedSignIns() {
		return signIn.maxFailures();
	}

	@Override
	public long passwordMaxAgeDays() {
		return signIn.passwordMaxAge().toDays();
	}

	@Override
	public boolean ownPasswordExpired() {
		Long accountId = CurrentActor.get().accountId();
		return accountId != null && !signIn.passwordMaxAge().isZero() && repository.passwordOlderThan(accountId, signIn.passwordMaxAge());
	}
}
