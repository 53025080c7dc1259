package org.luoshi.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.luoshi.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Behind a proxy that ends TLS ({@code LUOSHI_FORWARD_HEADERS=native}), what came over HTTPS is answered with HSTS and
 * a {@code Secure} session cookie; what came over plain HTTP with neither.
 */
@IntegrationTest
@TestPropertySource(properties = "server.forward-headers-strategy=native")
class ForwardedTlsIntegrationTests {

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@LocalServerPort
	int port;

	@Test
	void aRequestThatCameOverHttpsGetsHstsAndASecureSessionCookie() throws Exception {
		HttpResponse<String> answer = login("https");

		assertThat(answer.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000 ; includeSubDomains");
		assertThat(sessionCookies(answer)).isNotEmpty().allSatisfy(cookie -> assertThat(cookie).contains("; Secure").contains("HttpOnly"));
	}

	@Test
	void aPlainHttpRequestGetsNeither() throws Exception {
		HttpResponse<String> answer = login("http");

		assertThat(answer.headers().firstValue("Strict-Transport-Security")).isEmpty();
		assertThat(sessionCookies(answer)).isNotEmpty().allSatisfy(cookie -> assertThat(cookie).doesNotContain("Secure"));
	}

	private HttpResponse<String> login(String forwardedProto) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
			.header("X-Forwarded-Proto", forwardedProto)
			.header("X-Forwarded-For", "203.0.113.7")
			.build();
		HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).isEqualTo(200);
		return answer;
	}

	private static List<String> sessionCookies(HttpResponse<String> answer) {
		return answer.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("SESSION=")).toList();
	}
}
