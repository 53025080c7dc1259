package org.luoshi.identity.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An account created or reset by an administrator (or the first administrator of a new installation) has a password
 * someone else knows or that was printed on a console: until its owner picks a new one, every page leads to the
 * password form. Changing it signs the session in again without the flag (see {@code PasswordController}).
 */
class PasswordChangeRequiredFilter extends OncePerRequestFilter {

	static final String PASSWORD_PAGE = "/account/password";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof LuoshiUser user && user.mustChangePassword()
				&& !exempt(request.getRequestURI().substring(request.getContextPath().length()))) {
			if (fromThePasswordPage(request)) {
				// A piece the password page itself loads (the inbox bell): sending the page to itself would reload it
				// for ever. Nothing is answered; the page stays as it is.
				response.setStatus(HttpServletResponse.SC_NO_CONTENT);
				return;
			}
			PageRedirects.to(request, response, PASSWORD_PAGE);
			return;
		}
		chain.doFilter(request, response);
	}

	/** An htmx request made by the password page (htmx names the page it runs in). */
	private static boolean fromThePasswordPage(HttpServletRequest request) {
		String page = request.getHeader("HX-Current-URL");
		if (!"true".equals(request.getHeader("HX-Request")) || page == null) {
			return false;
		}
		try {
			return (request.getContextPath() + PASSWORD_PAGE).equals(java.net.URI.create(page).getPath());
		}
		catch (IllegalArgumentException e) {
			return false;
		}
	}

	private static boolean exempt(String path) {
		return path.equals(PASSWORD_PAGE) || path.equals("/logout") || path.startsWith("/webjars/") || path.startsWith("/css/")
				|| path.startsWith("/js/") || path.equals("/error");
	}
}
