package org.luoshi.identity.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.luoshi.shared.CurrentActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts every refused (403) and every "not found" (404) answer to a signed-in person into the audit trail, once per
 * request, with the method and path. It sits just inside the security filters' context holder, so that it sees the
 * final status whoever set it (the security filters, method security, an exception handler, the CSRF check) and still
 * knows who asked.
 *
 * <p>Not recorded, so that the trail is not flooded with what proves nothing: anonymous requests (they are sent to
 * sign in or answered 401; sign-in attempts have entries of their own) and static resources (a browser asking for a
 * missing source map or icon). See docs/architecture/audit-trail.md.
 */
class DeniedRequestRecorder extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(DeniedRequestRecorder.class);
	private static final String[] STATIC_PREFIXES = { "/webjars/", "/css/", "/js/", "/images/", "/favicon.ico", "/actuator/",
			"/v3/api-docs", "/swagger-ui" };

	private final ApplicationEventPublisher events;

	DeniedRequestRecorder(ApplicationEventPublisher events) {
		this.events = events;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(request, response);
		int status = response.getStatus();
		if (status != HttpServletResponse.SC_FORBIDDEN && status != HttpServletResponse.SC_NOT_FOUND) {
			return;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (CurrentActor.get().accountId() == null || isStatic(path)) {
			return;
		}
		try {
			events.publishEvent(new RequestDenied(status, request.getMethod(), path));
		}
		catch (RuntimeException e) {
			// The answer has gone out; a trail that cannot be written now fails the next write loudly anyway.
			log.error("Could not record the denied request {} {} ({})", request.getMethod(), path, status, e);
		}
	}

	static boolean isStatic(String path) {
		for (String prefix : STATIC_PREFIXES) {
			if (path.startsWith(prefix)) {
				return true;
			}
		}
		return false;
	}
}
