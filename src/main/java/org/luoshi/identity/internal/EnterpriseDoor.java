package org.luoshi.identity.internal;

import java.io.IOException;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

/**
 * What an enterprise's account (企业用户) may open: the enterprise portal, its demands, the legal services' pages (its own
 * requests, the lecture menu, lectures, its questions to the expert group; the staff's pages there ask for permissions it
 * does not hold), its own account pages and signing out — and in the API its own account, its tokens, the portal's, the
 * demands' and the legal services' addresses (which show an enterprise its own records only). Everything else answers 403 to it at the door, before any module's page runs.
 *
 * <p>Why a door as well as permissions: the staff pages were written for staff, and several need no permission at all
 * (home, search, inbox, calendar); an enterprise's account must not depend on each of them remembering it. Its actor
 * also reaches no unit ({@link org.luoshi.shared.Actor#NO_UNIT}), so a page that slipped through would still find
 * nothing of the district's.
 */
final class EnterpriseDoor {

	/** The portal's registration, which nobody is signed in for. */
	static final String[] PUBLIC_PAGES = { "/portal/register", "/portal/register/**" };

	/**
	 * Pages an enterprise's account may open ({@code /} sends it on to {@code /portal}). The demands' pages are the same
	 * for staff and enterprises: their one visibility rule shows an enterprise its own demands and nothing else, and their
	 * transition table offers it only the enterprise's steps (raise, rate, withdraw).
	 */
	static final String[] PAGES = { "/", "/portal", "/portal/**", "/demands", "/demands/**", "/legal", "/legal/**", "/account/password",
			"/account/tokens", "/account/tokens/**", "/logout" };

	/** API addresses an enterprise's account may call; each applies its own rule to what it returns. */
	static final String[] API = { "/api/v1/me", "/api/v1/auth/**", "/api/v1/portal/**", "/api/v1/demands", "/api/v1/demands/**",
			"/api/v1/legal/**" };

	/** Where an enterprise's account lands after signing in. */
	static final String PORTAL = "/portal";

	private EnterpriseDoor() {
	}

	/** Every other address: any signed-in person but an enterprise's account. */
	static AuthorizationManager<RequestAuthorizationContext> staffOnly() {
		return new AuthorizationManager<>() {
			@Override
			public AuthorizationResult authorize(Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
				Authentication current = authentication.get();
				boolean signedIn = current != null && current.isAuthenticated() && current.getPrincipal() instanceof LuoshiUser;
				return new AuthorizationDecision(signedIn && !isEnterprise(current));
			}
		};
	}

	static boolean isEnterprise(Authentication authentication) {
		return authentication != null && authentication.getPrincipal() instanceof LuoshiUser user && user.actor().isEnterprise();
	}

	/** Staff go where they were going (or home); an enterprise's account to its portal, whatever it had asked for. */
	static AuthenticationSuccessHandler afterSignIn() {
		SavedRequestAwareAuthenticationSuccessHandler staff = new SavedRequestAwareAuthenticationSuccessHandler();
		staff.setDefaultTargetUrl("/");
		HttpSessionRequestCache requests = new HttpSessionRequestCache();
		return (HttpServletRequest request, HttpServletResponse response, Authentication authentication) -> {
			if (isEnterprise(authentication)) {
				requests.removeRequest(request, response);
				response.sendRedirect(request.getContextPath() + PORTAL);
				return;
			}
			try {
				staff.onAuthenticationSuccess(request, response, authentication);
			}
			catch (jakarta.servlet.ServletException e) {
				throw new IOException(e);
			}
		};
	}
}
