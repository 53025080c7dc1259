package org.luoshi.shared.web;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The response headers every answer carries, pages and API alike. The pages' Content-Security-Policy allows only
 * scripts, styles and fonts served by Luoshi itself: no inline script, no inline event handler ({@code onclick},
 * {@code hx-on}), no {@code style} attribute, no eval (htmx is told so in the layout's {@code htmx-config}). An
 * injected fragment of markup therefore cannot run anything. Images may also be {@code data:} URLs because
 * Bootstrap draws its form controls' icons with them. The API answers JSON only, so it allows nothing at all.
 * HSTS is written by Spring Security on secure requests only: behind a TLS proxy that needs
 * {@code LUOSHI_FORWARD_HEADERS}, which also makes the session cookie {@code Secure}.
 */
public final class SecurityHeaders {

	public static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "font-src 'self'; connect-src 'self'; object-src 'none'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

	public static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; form-action 'none'; base-uri 'none'";

	public static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

	private SecurityHeaders() {
	}

	/** The headers of pages (and of the static files and error pages they load). */
	public static Customizer<HeadersConfigurer<HttpSecurity>> pages() {
		return headers -> common(headers, PAGE_POLICY);
	}

	/** The headers of the JSON API. */
	public static Customizer<HeadersConfigurer<HttpSecurity>> api() {
		return headers -> common(headers, API_POLICY);
	}

	private static void common(HeadersConfigurer<HttpSecurity> headers, String policy) {
		headers.contentSecurityPolicy(csp -> csp.policyDirectives(policy))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
			.frameOptions(frame -> frame.deny())
			.contentTypeOptions(Customizer.withDefaults())
			.httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000));
	}
}
