package org.luoshi.identity.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Redirects from the security filters. An htmx request would follow a plain redirect in the background and swap
 * the target page into a fragment of the current one; it gets {@code HX-Redirect} instead, which htmx turns into a
 * whole-page navigation.
 */
final class PageRedirects {

	private PageRedirects() {
	}

	static void to(HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
		String url = request.getContextPath() + path;
		if ("true".equals(request.getHeader("HX-Request"))) {
			response.setHeader("HX-Redirect", url);
			response.setStatus(HttpServletResponse.SC_OK);
			return;
		}
		response.sendRedirect(url);
	}
}
