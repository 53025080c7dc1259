package org.luoshi.shared.web;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every request has an id: the caller's {@code X-Request-Id} when it sends a sensible one (a proxy in front may set
 * it), otherwise a new one. It is sent back in {@code X-Request-Id}, written into every log line of the request
 * (MDC {@code requestId}, with {@code path} and, once signed in, {@code user}), into every problem+json
 * ({@code requestId}) and onto every error page, so that what someone quotes to support finds the log lines. Each
 * request ends with one access line (logger {@code luoshi.access}: method, path, status, duration, user), which the
 * JSON log file carries with those fields.
 */
@Configuration(proxyBeanMethods = false)
public class RequestIds {

	public static final String HEADER = "X-Request-Id";
	public static final String MDC_KEY = "requestId";
	private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
	private static final String USER_ATTRIBUTE = RequestIds.class.getName() + ".user";
	private static final String ID_ATTRIBUTE = RequestIds.class.getName() + ".id";
	private static final Logger access = LoggerFactory.getLogger("luoshi.access");

	/** The id of the request this thread serves, or {@code null}. */
	public static String current() {
		return MDC.get(MDC_KEY);
	}

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> requestIdFilter() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {

			/** The error page of a request (its error dispatch, after the request's own pass) shows the same id. */
			@Override
			protected boolean shouldNotFilterErrorDispatch() {
				return false;
			}

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				if (request.getDispatcherType() == DispatcherType.ERROR && request.getAttribute(ID_ATTRIBUTE) instanceof String id) {
					MDC.put(MDC_KEY, id);
					try {
						chain.doFilter(request, response);
					}
					finally {
						MDC.remove(MDC_KEY);
					}
					return;
				}
				String given = request.getHeader(HEADER);
				String id = given != null && ACCEPTABLE.matcher(given).matches() ? given : UUID.randomUUID().toString().replace("-", "").substring(0, 16);
				request.setAttribute(ID_ATTRIBUTE, id);
				long start = System.nanoTime();
				MDC.put(MDC_KEY, id);
				MDC.put("path", request.getRequestURI());
				response.setHeader(HEADER, id);
				try {
					chain.doFilter(request, response);
				}
				finally {
					Object user = request.getAttribute(USER_ATTRIBUTE);
					if (user != null) {
						MDC.put("user", user.toString());
					}
					MDC.put("status", Integer.toString(response.getStatus()));
					access.info("{} {} {} {} ms", request.getMethod(), request.getRequestURI(), response.getStatus(),
							(System.nanoTime() - start) / 1_000_000);
					MDC.remove(MDC_KEY);
					MDC.remove("path");
					MDC.remove("user");
					MDC.remove("status");
				}
			}
		});
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	/** Right after the security filters have signed the request in: who it is, for the rest of its log lines. */
	@Bean
	FilterRegistrationBean<OncePerRequestFilter> requestUserFilter() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
				if (authentication != null && authentication.isAuthenticated() && !"anonymousUser".equals(authentication.getName())) {
					MDC.put("user", authentication.getName());
					request.setAttribute(USER_ATTRIBUTE, authentication.getName());
				}
				chain.doFilter(request, response);
			}
		});
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
		return registration;
	}
}
