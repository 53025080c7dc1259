package org.luoshi.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.luoshi.shared.CurrentActor;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Whatever fails outside a controller (an unknown address, a rejected upload, a filter's error) ends here: the
 * API answers problem+json like every other API error; people get the friendly page in their language.
 * Replaces Boot's default error controller, which would answer pages with JSON or a "whitelabel" page.
 */
@Controller
class ErrorPages implements ErrorController {

	/** A request attribute naming the message for the status, where a filter knows better than the status alone. */
	static final String MESSAGE_KEY = ErrorPages.class.getName() + ".messageKey";

	private final ApiProblems problems;

	ErrorPages(ApiProblems problems) {
		this.problems = problems;
	}

	@RequestMapping("/error")
	Object error(HttpServletRequest request) {
		HttpStatus status = status(request);
		String messageKey = request.getAttribute(MESSAGE_KEY) instanceof String key ? key : messageKey(status);
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (uri instanceof String path && path.startsWith(request.getContextPath() + "/api/")) {
			ProblemDetail problem = problems.problem(status, messageKey);
			problem.setInstance(java.net.URI.create(path));
			return ResponseEntity.status(status).contentType(ApiProblems.PROBLEM_JSON).body(problem);
		}
		return page(status, messageKey);
	}

	/**
	 * The friendly error page, also used by {@link PageExceptionHandler}: within the layout, menu and all, for a
	 * signed-in person (the model then needs {@link LayoutAdvice}'s attributes), a page of its own otherwise.
	 */
	static ModelAndView page(HttpStatus status, String messageKey) {
		ModelAndView page = new ModelAndView(CurrentActor.get().accountId() != null ? "error" : "error-bare", status);
		page.addObject("status", status.value());
		page.addObject("messageKey", messageKey);
		page.addObject("requestId", RequestIds.current());
		return page;
	}

	/** A database outage is shown outside the layout, whose menu and bell need the database. */
	static final String UNAVAILABLE_VIEW = "error-bare";

	/**
	 * The page of a database outage or of a platform too busy to serve ({@link DatabaseOutage#messageKey}): it passes by
	 * itself, so it asks to try again shortly rather than to report it.
	 */
	static java.util.Map<String, Object> unavailableModel(String messageKey) {
		java.util.Map<String, Object> model = new java.util.HashMap<>(java.util.Map.of("status", HttpStatus.SERVICE_UNAVAILABLE.value(),
				"messageKey", messageKey, "hintKey", messageKey + ".hint"));
		model.put("requestId", RequestIds.current());
		return model;
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
		return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
	}

	static String messageKey(HttpStatus status) {
		return switch (status) {
			case NOT_FOUND -> "error.not-found";
			case FORBIDDEN -> "error.forbidden";
			case UNAUTHORIZED -> "error.unauthorized";
			case METHOD_NOT_ALLOWED -> "error.method";
			case CONTENT_TOO_LARGE -> "error.upload.too-large";
			case UNSUPPORTED_MEDIA_TYPE -> "error.media-type";
			case SERVICE_UNAVAILABLE -> DatabaseOutage.MESSAGE_KEY;
			default -> status.is5xxServerError() ? "error.internal" : "error.request";
		};
	}
}
