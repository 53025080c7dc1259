package org.luoshi.shared.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/**
 * Answers 503 when a request fails because the database cannot be reached — also where Spring MVC's exception
 * handlers never see it: in the session and security filters, which read the session and the API token from the
 * database before any controller runs. The API gets problem+json, people the friendly page, both localized and with
 * {@code Retry-After}; with the pool's short connection timeout this happens within a few seconds, not after 30.
 * Runs outside the session filter so that its own answer needs nothing from the database.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DatabaseOutageFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

	private final ApiProblems problems;
	private final LocaleResolver locales;
	private final ViewResolver views;

	DatabaseOutageFilter(ApiProblems problems, LocaleResolver locales, @Qualifier("thymeleafViewResolver") ViewResolver views) {
		this.problems = problems;
		this.locales = locales;
		this.views = views;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		DatabaseOutage.requestStarted();
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException e) {
			if (!DatabaseOutage.causedBy(e) || response.isCommitted()) {
				throw e;
			}
			String messageKey = DatabaseOutage.messageKey(e);
			log.warn("{} {} answered 503: {} ({})", request.getMethod(), request.getRequestURI(), DatabaseOutage.whatHappened(messageKey),
					rootMessage(e));
			response.resetBuffer();
			answer(request, response, messageKey);
		}
		finally {
			DatabaseOutage.requestEnded();
		}
	}

	void answer(HttpServletRequest request, HttpServletResponse response, String messageKey) throws IOException {
		response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS));
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, messageKey);
			return;
		}
		Locale locale = locales.resolveLocale(request);
		request.setAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE, locales);
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		try {
			// The page of its own: the layout's menu and bell would ask the database that is gone.
			View page = views.resolveViewName(ErrorPages.UNAVAILABLE_VIEW, locale);
			if (page == null) {
				throw new IllegalStateException("no error template");
			}
			page.render(ErrorPages.unavailableModel(messageKey), request, response);
		}
		catch (Exception e) {
			log.warn("Could not render the unavailable page: {}", e.toString());
			response.setContentType("text/plain;charset=UTF-8");
			response.getWriter().write("503 Service Unavailable");
		}
	}

	private static String rootMessage(Throwable e) {
		Throwable root = e;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.toString();
	}
}
