package org.luoshi.organization.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.support.RequestContextUtils;

/** How the admin pages finish a write, whether the form was sent by htmx or by the browser itself. */
final class Htmx {

	private Htmx() {
	}

	static boolean isHtmx(HttpServletRequest request) {
		return "true".equals(request.getHeader("HX-Request"));
	}

	/**
	 * After a successful write: a plain form is redirected; an htmx form has the whole page reloaded at {@code path}
	 * (a redirect would be followed inside the request and its page swapped into the panel), so that the tree shows
	 * the change. Either way the flash message survives to the next page.
	 *
	 * @return the view to render, {@code null} when the response is already complete
	 */
	static String redirect(String path, String flashKey, HttpServletRequest request, HttpServletResponse response) {
		String location = request.getContextPath() + path;
		RequestContextUtils.getOutputFlashMap(request).put("flash", flashKey);
		if (!isHtmx(request)) {
			return "redirect:" + path;
		}
		RequestContextUtils.saveOutputFlashMap(location, request, response);
		response.setHeader("HX-Redirect", location);
		return null;
	}
}
