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
 * An account created or reset by an administrator has a password someone else knows: until its owner picks a
 * new one, every page leads to the password form.
 */
class PasswordChangeRequiredFilter extends OncePerRequestFilter {

	static final String PASSWORD_PAGE = "/account/password";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof LuoshiUser user && user.mustChangePassword()
				&& !exempt(request.getRequestURI().substring(request.getContextPath().length()))) {
			response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean exempt(String path) {
		return path.equals(PASSWORD_PAGE) || path.equals("/logout") || path.startsWith("/webjars/") || path.startsWith("/css/")
				|| path.startsWith("/js/") || path.equals("/error");
	}
}
