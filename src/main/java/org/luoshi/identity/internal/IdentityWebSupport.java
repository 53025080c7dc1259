package org.luoshi.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.luoshi.identity.AccountSummary;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

@Component
class IdentityWebSupport implements IdentityWeb {

	private final SignIn signIn;
	private final ApiTokens tokens;
	private final AccountService accounts;
	private final SecurityContextRepository contextRepository = new HttpSessionSecurityContextRepository();

	IdentityWebSupport(SignIn signIn, ApiTokens tokens, AccountService accounts) {
		this.signIn = signIn;
		this.tokens = tokens;
		this.accounts = accounts;
	}

	@Override
	public TokenGrant issueToken(String username, String password) {
		AccountSummary account = signIn.authenticate(username, password, "api");
		ApiTokens.IssuedToken issued = tokens.issue(account.id());
		return new TokenGrant(issued.token(), issued.expiresAt());
	}

	@Override
	public AccountSummary changeOwnPassword(long accountId, String currentPassword, String newPassword, String confirmation) {
		return accounts.changeOwnPassword(accountId, currentPassword, newPassword, confirmation);
	}

	@Override
	public void refreshSignedInUser(AccountSummary account, HttpServletRequest request, HttpServletResponse response) {
		LuoshiUser user = new LuoshiUser(account);
		SecurityContext context = SecurityContextHolder.getContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		contextRepository.saveContext(context, request, response);
	}
}
