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
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

/** Friendly error pages for people: a message in their language and a way back, never a stack trace. */
@ControllerAdvice(annotations = Controller.class)
class PageExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(PageExceptionHandler.class);

	private final LayoutAdvice layout;

	PageExceptionHandler(LayoutAdvice layout) {
		this.layout = layout;
	}

	/** The error page with the layout's menu and header, which an exception handler's view does not get by itself. */
	private ModelAndView page(HttpStatus status, String messageKey) {
		ModelAndView page = ErrorPages.page(status, messageKey);
		if (org.springframework.web.context.request.RequestContextHolder.getRequestAttributes()
				instanceof org.springframework.web.context.request.ServletRequestAttributes request) {
			layout.addTo(page.getModel(), request.getRequest(), org.springframework.context.i18n.LocaleContextHolder.getLocale());
		}
		return page;
	}

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound(NotFoundException e) {
		return page(HttpStatus.NOT_FOUND, "error.not-found");
	}

	@ExceptionHandler(AccessDeniedException.class)
	ModelAndView denied(AccessDeniedException e) {
		return page(HttpStatus.FORBIDDEN, "error.forbidden");
	}

	/** A hand-edited address ({@code ?page=abc}, {@code /inbox/abc/open}): the request's fault, not an error of ours to log. */
	@ExceptionHandler(TypeMismatchException.class)
	ModelAndView badParameter(TypeMismatchException e) {
		return page(HttpStatus.BAD_REQUEST, "error.request");
	}

	/** A multipart body that cannot be read (cut short, malformed): the request's fault. */
	@ExceptionHandler(MultipartException.class)
	ModelAndView unreadableUpload(MultipartException e) {
		return e instanceof MaxUploadSizeExceededException ? ErrorPages.page(HttpStatus.CONTENT_TOO_LARGE, "error.upload.too-large")
				: ErrorPages.page(HttpStatus.BAD_REQUEST, "error.unreadable");
	}

	@ExceptionHandler(ConflictException.class)
	ModelAndView conflict(ConflictException e) {
		return page(HttpStatus.CONFLICT, e.messageKey());
	}

	@ExceptionHandler(Exception.class)
	ModelAndView unexpected(Exception e, jakarta.servlet.http.HttpServletResponse response) throws Exception {
		if (e instanceof org.springframework.web.ErrorResponse) {
			throw e; // Spring's own 4xx (unknown address, wrong method …): ErrorPages answers with their status.
		}
		if (DatabaseOutage.causedBy(e)) {
			String messageKey = DatabaseOutage.messageKey(e);
			log.warn("A page answered 503: {} ({})", DatabaseOutage.whatHappened(messageKey), e.toString());
			response.setHeader(org.springframework.http.HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS));
			return new ModelAndView(ErrorPages.UNAVAILABLE_VIEW, ErrorPages.unavailableModel(messageKey), HttpStatus.SERVICE_UNAVAILABLE);
		}
		log.error("Unexpected error on a page", e);
		return page(HttpStatus.INTERNAL_SERVER_ERROR, "error.internal");
	}
}
