package org.luoshi.identity.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.LongFunction;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.luoshi.identity.AccountSummary;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a page session in step with its account: at most once per {@link #interval} per session it reloads the
 * account; a deactivated or locked account's session ends (the person lands on the sign-in page, which says why),
 * and an account an administrator has edited since (roles, scope, a password reset) is signed in again as it now is.
 *
 * <p>Why this check as well as deleting the sessions when an account is deactivated ({@link WebSessions}): deletion
 * only covers what an administrator does, while a lock comes from failed sign-ins, and role or scope changes must
 * reach a running session too. It also makes a locked account behave on pages as it already does on the API, where
 * every call resolves the token's account afresh and refuses a locked one. The price is one indexed query per
 * active session per interval; the delay (one minute) is what a person could have done anyway in the minute before
 * the change.
 */
class SessionAccountCheckFilter extends OncePerRequestFilter {

	static final String CHECKED_AT = SessionAccountCheckFilter.class.getName() + ".checkedAt";

	private final LongFunction<Optional<AccountSummary>> accounts;
	private final Clock clock;
	private final Duration interval;

	SessionAccountCheckFilter(LongFunction<Optional<AccountSummary>> accounts, Clock clock, Duration interval) {
		this.accounts = accounts;
		this.clock = clock;
		this.interval = interval;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		HttpSession session = request.getSession(false);
		if (session == null || authentication == null || !(authentication.getPrincipal() instanceof LuoshiUser user)) {
			chain.doFilter(request, response);
			return;
		}
		Instant now = clock.instant();
		if (session.getAttribute(CHECKED_AT) instanceof Instant checkedAt && checkedAt.plus(interval).isAfter(now)) {
			chain.doFilter(request, response);
			return;
		}
		AccountSummary account = accounts.apply(user.actor().accountId()).orElse(null);
		String refusal = account == null || !account.active() ? "disabled" : account.isLocked(now) ? "locked" : null;
		if (refusal != null) {
			session.invalidate();
			SecurityContextHolder.clearContext();
			PageRedirects.to(request, response, "/login?error=" + refusal);
			return;
		}
		if (account.version() != user.version()) {
			LuoshiUser.signInAgain(account, request, response);
		}
		session.setAttribute(CHECKED_AT, now);
		chain.doFilter(request, response);
	}
}
