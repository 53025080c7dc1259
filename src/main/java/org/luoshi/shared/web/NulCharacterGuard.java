package org.luoshi.shared.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * PostgreSQL cannot store the character U+0000 in text: a NUL typed, pasted or sent in any parameter (query, form,
 * multipart field, JSON body) would end in a database error halfway through a write. Refused here, with a 400 in
 * the person's language: problem+json on the API, the error page elsewhere. Parameters are checked before anything
 * runs; a JSON body as it is read (its escape: a backslash, then u0000), which the API's handler then answers.
 * Ordered after the character encoding and session filters, so that parameters are decoded as UTF-8.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class NulCharacterGuard extends OncePerRequestFilter {

	static final String MESSAGE_KEY = "error.nul-character";

	private final ApiProblems problems;

	NulCharacterGuard(ApiProblems problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!holdsNul(request)) {
			chain.doFilter(isJson(request) ? new NulEscapeRefusingRequest(request) : request, response);
		}
		else if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			problems.write(request, response, HttpStatus.BAD_REQUEST, MESSAGE_KEY);
		}
		else {
			request.setAttribute(ErrorPages.MESSAGE_KEY, MESSAGE_KEY);
			response.sendError(HttpStatus.BAD_REQUEST.value());
		}
	}

	private static boolean isJson(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && (type.startsWith("application/json") || type.contains("+json"));
	}

	private static boolean holdsNul(HttpServletRequest request) {
		String query = request.getQueryString();
		if (query != null && query.toLowerCase().contains("%00")) {
			return true;
		}
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			if (parameter.getKey().indexOf('\0') >= 0) {
				return true;
			}
			for (String value : parameter.getValue()) {
				if (value != null && value.indexOf('\0') >= 0) {
					return true;
				}
			}
		}
		return false;
	}

	/** Thrown while a JSON body is read when it holds the escape of U+0000; the API answers it as {@link #MESSAGE_KEY}. */
	static final class NulCharacterException extends IOException {

		NulCharacterException() {
			super("The JSON body holds the character U+0000");
		}
	}

	/** A JSON body that fails as soon as it holds the escape of U+0000 (a backslash that is not itself escaped, then u0000). */
	private static final class NulEscapeRefusingRequest extends HttpServletRequestWrapper {

		private ServletInputStream body;

		NulEscapeRefusingRequest(HttpServletRequest request) {
			super(request);
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (body == null) {
				body = new NulEscapeRefusingStream(super.getInputStream());
			}
			return body;
		}
	}

	private static final class NulEscapeRefusingStream extends ServletInputStream {

		private static final byte[] ESCAPE_REST = { 'u', '0', '0', '0', '0' };

		private final ServletInputStream in;
		private int backslashes;
		private int matched = -1;

		NulEscapeRefusingStream(ServletInputStream in) {
			this.in = in;
		}

		@Override
		public int read() throws IOException {
			int b = in.read();
			if (b >= 0) {
				scan(b);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int count = in.read(buffer, offset, length);
			for (int i = 0; i < count; i++) {
				scan(buffer[offset + i] & 0xff);
			}
			return count;
		}

		/** Follows an odd run of backslashes, then u0000 (an even run is escaped backslashes followed by text). */
		private void scan(int b) throws IOException {
			if (matched >= 0) {
				if (Character.toLowerCase(b) == ESCAPE_REST[matched]) {
					matched++;
					if (matched == ESCAPE_REST.length) {
						throw new NulCharacterException();
					}
					return;
				}
				matched = -1;
			}
			if (b == '\\') {
				backslashes++;
				return;
			}
			if (b == 'u' && backslashes % 2 == 1) {
				matched = 1;
			}
			backslashes = 0;
		}

		@Override
		public boolean isFinished() {
			return in.isFinished();
		}

		@Override
		public boolean isReady() {
			return in.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			in.setReadListener(listener);
		}

		@Override
		public int available() throws IOException {
			return in.available();
		}

		@Override
		public void close() throws IOException {
			in.close();
		}
	}
}
