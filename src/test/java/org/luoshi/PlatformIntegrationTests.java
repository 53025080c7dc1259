package org.luoshi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.luoshi.support.ApiClient;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.Messages;
import org.luoshi.support.PageSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

@IntegrationTest
class PlatformIntegrationTests {

	@Autowired
	Messages messages;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	ApiClient anonymous() {
		return ApiClient.anonymous(port);
	}

	@Test
	void migratesEachModuleIntoItsOwnHistoryTable() {
		assertThat(jdbc.sql("SELECT count(*) FROM flyway_history_organization WHERE success AND version = '1'").query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("SELECT count(*) FROM flyway_history_identity WHERE success AND version = '1'").query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("SELECT count(*) FROM flyway_schema_history WHERE success AND version = '1'").query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void loadsPengjiangWithItsRealTownsAsDemoData() {
		assertThat(jdbc.sql("SELECT division_code FROM unit WHERE short_name IN ('棠下镇', '荷塘镇', '杜阮镇') ORDER BY division_code")
			.query(String.class).list()).containsExactly("440703101", "440703102", "440703103");
		assertThat(jdbc.sql("SELECT username FROM account ORDER BY username").query(String.class).list())
			.contains("demo-admin", "demo-auditor", "demo-dept", "demo-leader", "demo-town", "demo-sysadmin", "demo-secadmin");
	}

	@Test
	void healthIsUpWithoutSigningInAndWatchesTheDatabase() {
		ApiClient.Answer response = anonymous().get("/actuator/health");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).contains("\"status\":\"UP\"");
		assertThat(context.containsBean("dbHealthContributor")).isTrue();
	}

	@Test
	void exposesPrometheusMetricsToTheSystemAdministratorOnly() {
		assertThat(PageSession.anonymous(port).get("/actuator/prometheus").statusCode()).isEqualTo(302);
		var response = PageSession.signIn(port, "demo-sysadmin").get("/actuator/prometheus");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(PageSession.text(response)).contains("jvm_memory_used_bytes").contains("hikaricp_connections");
	}

	@Test
	void pagesSendStrangersToTheLoginPage() {
		PageSession stranger = PageSession.anonymous(port);
		var response = stranger.get("/");
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
	}

	@Test
	void loginPageIsChineseByDefaultEvenForAnEnglishBrowserAndEnglishOnRequest() {
		assertThat(anonymous().inLanguage("en").get("/login").body()).contains(messages.zh("identity.login.username")).doesNotContain(messages.en("identity.login.username"));
		var english = PageSession.anonymous(port).get("/login?lang=en");
		assertThat(PageSession.text(english)).contains(messages.en("identity.login.username"));
		assertThat(english.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie).startsWith("luoshi-lang=en"));
	}

	@Test
	void describesTheApiWithBearerAuthentication() {
		JsonNode document = anonymous().get("/v3/api-docs").json();
		assertThat(document.path("paths").has("/api/v1/me")).isTrue();
		assertThat(document.path("paths").has("/api/v1/auth/token")).isTrue();
		assertThat(document.path("components").path("securitySchemes").path("bearer").path("scheme").asText()).isEqualTo("bearer");
	}

	@Test
	void answersApiErrorsAsLocalizedProblemDetails() {
		ApiClient.Answer chinese = anonymous().postRaw("/api/v1/auth/token", "{\"username\":\"\",\"password\":\"\"}");
		assertThat(chinese.status()).isEqualTo(400);
		assertThat(chinese.contentType()).isEqualTo("application/problem+json");
		JsonNode problem = chinese.json();
		assertThat(problem.path("code").asText()).isEqualTo("error.validation");
		assertThat(problem.path("errors")).extracting(error -> error.path("field").asText()).contains("username", "password");
		assertThat(problem.path("errors").get(0).path("message").asText()).isEqualTo(messages.zh("validation.NotBlank"));

		ApiClient.Answer english = anonymous().inLanguage("en").postRaw("/api/v1/auth/token", "not json");
		assertThat(english.status()).isEqualTo(400);
		assertThat(english.json().path("detail").asText()).isEqualTo(messages.en("error.unreadable"));
		assertThat(english.body()).doesNotContain("Exception").doesNotContain("at org.");
	}

	@Test
	void answersUnknownApiPathsWith404ProblemAndMissingTokensWith401() {
		ApiClient.Answer unauthorized = anonymous().get("/api/v1/me");
		assertThat(unauthorized.status()).isEqualTo(401);
		assertThat(unauthorized.json().path("code").asText()).isEqualTo("error.unauthorized");
		ApiClient.Answer missing = ApiClient.signIn(port, "demo-leader").get("/api/v1/no-such-thing");
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.contentType()).startsWith("application/problem+json");
	}

	@Test
	void tellsTheSignedInAccountItsRolesAndScope() {
		JsonNode me = ApiClient.signIn(port, "demo-town").get("/api/v1/me").json();
		assertThat(me.path("username").asText()).isEqualTo("demo-town");
		assertThat(me.path("roles")).extracting(JsonNode::asText).containsExactly("UNIT_HANDLER");
		assertThat(me.path("scope").path("name").asText()).contains("棠下镇");
		assertThat(me.path("wholeDistrict").asBoolean()).isFalse();
	}
}
