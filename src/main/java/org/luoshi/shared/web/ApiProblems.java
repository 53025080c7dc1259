package org.luoshi.shared.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.luoshi.shared.Violation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

import tools.jackson.databind.json.JsonMapper;

/**
 * The one error format of every API: RFC 9457 {@code application/problem+json} with a localized
 * {@code title} and {@code detail}, a stable {@code code} (the message key), the {@code requestId} to quote to
 * support (see {@link RequestIds}) and, for bad input,
 * {@code errors: [{"field", "code", "message"}]}.
 */
@Component
public class ApiProblems {

	public static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

	private final MessageSource messages;
	private final LocaleResolver localeResolver;
	// The mixin puts "code" and "errors" at the top level, as Spring MVC writes the problems of controllers.
	private final JsonMapper json = JsonMapper.builder().addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class).build();

	public ApiProblems(MessageSource messages, LocaleResolver localeResolver) {
		this.messages = messages;
		this.localeResolver = localeResolver;
	}

	public ProblemDetail problem(HttpStatus status, String messageKey, Object... arguments) {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setType(URI.create("https://luoshi.org/problems/" + messageKey.replace('.', '-')));
		problem.setTitle(messages.getMessage("problem.title." + status.value(), null, status.getReasonPhrase(), locale));
		problem.setDetail(messages.getMessage(messageKey, arguments, messageKey, locale));
		problem.setProperty("code", messageKey);
		if (RequestIds.current() != null) {
			problem.setProperty("requestId", RequestIds.current());
		}
		return problem;
	}

	public ProblemDetail invalid(List<Violation> violations) {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "error.validation");
		problem.setProperty("errors", violations.stream()
			.map(v -> Map.of(
					"field", v.field() == null ? "" : v.field(),
					"code", v.messageKey(),
					"message", messages.getMessage(v.messageKey(), v.argumentArray(), v.messageKey(), locale)))
			.toList());
		return problem;
	}

	/** For answers written outside Spring MVC, e.g. by the security filters. */
	public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String messageKey)
			throws IOException {
		LocaleContextHolder.setLocale(localeResolver.resolveLocale(request));
		try {
			ProblemDetail problem = problem(status, messageKey);
			problem.setInstance(URI.create(request.getRequestURI()));
			response.setStatus(status.value());
			response.setContentType(PROBLEM_JSON.toString());
			response.setCharacterEncoding("UTF-8");
			response.getWriter().write(json.writeValueAsString(problem));
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}
	}
}
