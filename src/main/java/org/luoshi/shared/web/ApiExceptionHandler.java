package org.luoshi.shared.web;

import java.util.List;

import org.luoshi.shared.ConflictException;
import org.luoshi.shared.NotFoundException;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Turns every failure of a REST controller into the one problem+json format, localized; never a stack trace. */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	/** How the modules' message keys name an upload over their size limit. */
	private static final String TOO_LARGE = ".too-large";

	private final ApiProblems problems;

	ApiExceptionHandler(ApiProblems problems) {
		this.problems = problems;
	}

	@ExceptionHandler(ValidationException.class)
	ResponseEntity<ProblemDetail> invalid(ValidationException e) {
		List<Violation> violations = e.violations();
		if (!violations.isEmpty() && violations.stream().allMatch(violation -> violation.messageKey().endsWith(TOO_LARGE))) {
			// A file over a module's limit (supervision.evidence.too-large, reports.rejected.too-large): 413, as for one
			// over the server's, in the module's own words.
			return answer(problems.problem(HttpStatus.CONTENT_TOO_LARGE, violations.get(0).messageKey(), violations.get(0).argumentArray()));
		}
		return answer(problems.invalid(violations));
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ResponseEntity<ProblemDetail> invalidBody(MethodArgumentNotValidException e) {
		List<Violation> violations = e.getBindingResult().getFieldErrors().stream()
			.map(ApiExceptionHandler::violation)
			.toList();
		return answer(problems.invalid(violations));
	}

	@ExceptionHandler({ HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class,
			MissingServletRequestParameterException.class, MissingServletRequestPartException.class, MultipartException.class })
	ResponseEntity<ProblemDetail> unreadable(Exception e) {
		if (NestedExceptionUtils.getMostSpecificCause(e) instanceof NulCharacterGuard.NulCharacterException) {
			return answer(problems.problem(HttpStatus.BAD_REQUEST, NulCharacterGuard.MESSAGE_KEY));
		}
		return answer(problems.problem(HttpStatus.BAD_REQUEST, "error.unreadable"));
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e) {
		return answer(problems.problem(HttpStatus.CONTENT_TOO_LARGE, "error.upload.too-large"));
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e) {
		return answer(problems.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "error.media-type"));
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e) {
		return answer(problems.problem(HttpStatus.METHOD_NOT_ALLOWED, "error.method"));
	}

	@ExceptionHandler({ NotFoundException.class, NoResourceFoundException.class })
	ResponseEntity<ProblemDetail> notFound(Exception e) {
		return answer(problems.problem(HttpStatus.NOT_FOUND, "error.not-found"));
	}

	@ExceptionHandler(ConflictException.class)
	ResponseEntity<ProblemDetail> conflict(ConflictException e) {
		return answer(problems.problem(HttpStatus.CONFLICT, e.messageKey()));
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
		return answer(problems.problem(HttpStatus.FORBIDDEN, "error.forbidden"));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception e) {
		if (DatabaseOutage.causedBy(e)) {
			String messageKey = DatabaseOutage.messageKey(e);
			log.warn("An API call answered 503: {} ({})", DatabaseOutage.whatHappened(messageKey), e.toString());
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.header(org.springframework.http.HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS))
				.contentType(ApiProblems.PROBLEM_JSON)
				.body(problems.problem(HttpStatus.SERVICE_UNAVAILABLE, messageKey));
		}
		if (e instanceof ErrorResponse spring && spring.getStatusCode().is4xxClientError()) {
			// Spring's own refusals of a request (a missing header, an unacceptable type …): the client's fault.
			HttpStatus status = HttpStatus.valueOf(spring.getStatusCode().value());
			return answer(problems.problem(status, ErrorPages.messageKey(status)));
		}
		log.error("Unexpected error in an API call", e);
		return answer(problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "error.internal"));
	}

	static Violation violation(FieldError error) {
		String code = error.getCode() == null ? "Invalid" : error.getCode();
		return Violation.of(error.getField(), "validation." + code, constraintArguments(error));
	}

	/** Bean Validation puts the field name first; the bundles want the constraint's own values (min, max…). */
	private static Object[] constraintArguments(FieldError error) {
		Object[] arguments = error.getArguments();
		if (arguments == null || arguments.length <= 1) {
			return new Object[0];
		}
		Object[] rest = new Object[arguments.length - 1];
		System.arraycopy(arguments, 1, rest, 0, rest.length);
		return rest;
	}

	private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).contentType(ApiProblems.PROBLEM_JSON).body(problem);
	}
}
