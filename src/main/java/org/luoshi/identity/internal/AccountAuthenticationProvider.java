package org.luoshi.identity.internal;

import org.luoshi.identity.AccountSummary;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Page sign-in through {@link SignIn}, so that pages and the API share one lockout and one audit. */
@Component
class AccountAuthenticationProvider implements AuthenticationProvider {

	private final SignIn signIn;

	AccountAuthenticationProvider(SignIn signIn) {
		this.signIn = signIn;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		AccountSummary account = signIn.authenticate(authentication.getName(), String.valueOf(authentication.getCredentials()), "web");
		LuoshiUser user = new LuoshiUser(account);
		return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
