package org.luoshi.shared.web;

import org.luoshi.shared.ConflictException;
import org.luoshi.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Friendly error pages for people: a message in their language and a way back, never a stack trace. */
@ControllerAdvice(annotations = Controller.class)
class PageExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(PageExceptionHandler.class);

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound(NotFoundException e) {
		return ErrorPages.page(HttpStatus.NOT_FOUND, "error.not-found");
	}

	@ExceptionHandler(AccessDeniedException.class)
	ModelAndView denied(AccessDeniedException e) {
		return ErrorPages.page(HttpStatus.FORBIDDEN, "error.forbidden");
	}

	/** A hand-edited address ({@code ?page=abc}, {@code /inbox/abc/open}): the request's fault, not an error of ours to log. */
	@ExceptionHandler(TypeMismatchException.class)
	ModelAndView badParameter(TypeMismatchException e) {
		return ErrorPages.page(HttpStatus.BAD_REQUEST, "error.request");
	}

	@ExceptionHandler(ConflictException.class)
	ModelAndView conflict(ConflictException e) {
		return ErrorPages.page(HttpStatus.CONFLICT, e.messageKey());
	}

	@ExceptionHandler(Exception.class)
	ModelAndView unexpected(Exception e, jakarta.servlet.http.HttpServletResponse response) throws Exception {
		if (e instanceof org.springframework.web.ErrorResponse) {
			throw e; // Spring's own 4xx (unknown address, wrong method …): ErrorPages answers with their status.
		}
		if (DatabaseOutage.causedBy(e)) {
			log.warn("A page answered 503: the database cannot be reached ({})", e.toString());
			response.setHeader(org.springframework.http.HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS));
			return new ModelAndView("error", ErrorPages.unavailableModel(), HttpStatus.SERVICE_UNAVAILABLE);
		}
		log.error("Unexpected error on a page", e);
		return ErrorPages.page(HttpStatus.INTERNAL_SERVER_ERROR, "error.internal");
	}
}
