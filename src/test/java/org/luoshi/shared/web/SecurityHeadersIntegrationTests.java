package org.luoshi.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.PageSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every page of the demo, as each demo account reaches it from its menu, and what is served without signing in,
 * carry the Content-Security-Policy and the other security headers.
 */
@IntegrationTest
class SecurityHeadersIntegrationTests {

	private static final Pattern MENU_LINK = Pattern.compile("<a class=\"nav-link[^\"]*\" href=\"(/[^\"]*)\"");
	private static final Pattern TASK_LINK = Pattern.compile("href=\"(/supervision/tasks/\\d+)\"");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyPageOfEveryDemoAccountCarriesThePolicy() {
		List<String> usernames = jdbc.sql("SELECT username FROM account WHERE username LIKE 'demo-%' AND active ORDER BY username")
			.query(String.class)
			.list();
		assertThat(usernames).contains("demo-admin", "demo-leader", "demo-town", "demo-dept", "demo-auditor");
		int pages = 0;
		for (String username : usernames) {
			PageSession session = PageSession.signIn(port, username);
			HttpResponse<byte[]> home = session.get("/");
			assertPageHeaders(username + " /", home);
			Set<String> paths = new LinkedHashSet<>(links(MENU_LINK, PageSession.text(home)));
			paths.addAll(links(TASK_LINK, PageSession.text(session.get("/supervision/tasks"))).stream().limit(1).toList());
			if (username.equals("demo-enterprise")) {
				// An enterprise's account is kept to its portal: any other address, existing or not, is 403 at the door.
				paths.add("/portal");
				paths.add("/portal/no-such-page");
			}
			else {
				paths.add("/no-such-page");
			}
			for (String path : paths) {
				assertPageHeaders(username + " " + path, session.get(path));
				pages++;
			}
		}
		assertThat(pages).as("pages visited").isGreaterThan(30);
	}

	@Test
	void whatIsServedWithoutSigningInCarriesThePolicyToo() {
		PageSession visitor = PageSession.anonymous(port);
		for (String path : List.of("/login", "/public/plan", "/js/luoshi.js", "/css/luoshi.css", "/webjars/htmx.org/dist/htmx.min.js")) {
			assertPageHeaders(path, visitor.get(path));
		}
		assertThat(visitor.get("/login").statusCode()).isEqualTo(200);
	}

	@Test
	void theApiAllowsNothingToRun() {
		HttpResponse<byte[]> refused = PageSession.anonymous(port).get("/api/v1/supervision/tasks");
		assertThat(refused.statusCode()).isEqualTo(401);
		assertThat(refused.headers().firstValue("Content-Security-Policy")).hasValue(SecurityHeaders.API_POLICY);
		assertCommonHeaders("/api/v1/supervision/tasks", refused.headers());
	}

	private static void assertPageHeaders(String what, HttpResponse<byte[]> response) {
		assertThat(response.statusCode()).as(what).isIn(200, 302, 404);
		String policy = response.headers().firstValue("Content-Security-Policy").orElse("");
		assertThat(policy).as(what)
			.contains("default-src 'self'", "script-src 'self';", "style-src 'self';", "img-src 'self' data:", "frame-ancestors 'none'",
					"form-action 'self'", "base-uri 'self'")
			.doesNotContain("unsafe-inline", "unsafe-eval");
		assertCommonHeaders(what, response.headers());
	}

	private static void assertCommonHeaders(String what, HttpHeaders headers) {
		assertThat(headers.firstValue("Referrer-Policy")).as(what).hasValue("strict-origin-when-cross-origin");
		assertThat(headers.firstValue("Permissions-Policy")).as(what)
			.hasValueSatisfying(value -> assertThat(value).contains("camera=()", "microphone=()", "geolocation=()"));
		assertThat(headers.firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
		assertThat(headers.firstValue("X-Frame-Options")).as(what).hasValue("DENY");
		// Plain HTTP: HSTS only where the request came over TLS (see ForwardedTlsIntegrationTests).
		assertThat(headers.firstValue("Strict-Transport-Security")).as(what).isEmpty();
	}

	private static List<String> links(Pattern pattern, String page) {
		Matcher matcher = pattern.matcher(page);
		return matcher.results().map(result -> result.group(1)).distinct().toList();
	}
}
