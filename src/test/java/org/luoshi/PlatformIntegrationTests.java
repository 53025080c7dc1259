package org.luoshi;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.luoshi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class PlatformIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void migratesEachModuleIntoItsOwnHistoryTable() {
		assertThat(jdbc.sql("SELECT count(*) FROM flyway_history_organization WHERE success").query(Long.class).single()).isPositive();
		assertThat(jdbc.sql("SELECT count(*) FROM flyway_history_identity WHERE success").query(Long.class).single()).isPositive();
	}

	@Test
	void healthIsUpWithoutSigningIn() throws Exception {
		HttpResponse<String> response = get("/actuator/health");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"status\":\"UP\"");
	}

	@Test
	void pagesSendStrangersToTheLoginPage() throws Exception {
		HttpResponse<String> response = get("/");
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
	}

	@Test
	void loginPageIsChineseByDefaultAndEnglishOnRequest() throws Exception {
		assertThat(get("/login").body()).contains("用户名");
		assertThat(get("/login?lang=en").body()).contains("Username");
	}

	HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
	}
}
