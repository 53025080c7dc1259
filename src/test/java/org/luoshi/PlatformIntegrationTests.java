package org.luoshi;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.luoshi.support.ApiClient;
import org.luoshi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

@IntegrationTest
class PlatformIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	ApiClient anonymous() {
		return new ApiClient(port);
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
			.contains("demo-admin", "demo-auditor", "demo-dept", "demo-leader", "demo-town");
	}

	@Test
	void healthIsUpWithoutSigningInAndWatchesTheDatabase() {
		HttpResponse<String> response = anonymous().get("/actuator/health");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"status\":\"UP\"");
		assertThat(context.containsBean("dbHealthContributor")).isTrue();
	}

	@Test
	void exposesPrometheusMetrics() {
		HttpResponse<String> response = anonymous().get("/actuator/prometheus");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("jvm_memory_used_bytes").contains("hikaricp_connections");
	}

	@Test
	void pagesSendStrangersToTheLoginPage() {
		HttpResponse<String> response = anonymous().get("/");
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
	}

	@Test
	void loginPageIsChineseByDefaultEvenForAnEnglishBrowserAndEnglishOnRequest() {
		assertThat(anonymous().inEnglish().get("/login").body()).contains("用户名").doesNotContain("Username");
		HttpResponse<String> english = anonymous().get("/login?lang=en");
		assertThat(english.body()).contains("Username");
		assertThat(english.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie).startsWith("luoshi-lang=en"));
	}

	@Test
	void describesTheApiWithBearerAuthentication() {
		JsonNode document = anonymous().parse(anonymous().get("/v3/api-docs"));
		assertThat(document.path("paths").has("/api/v1/me")).isTrue();
		assertThat(document.path("paths").has("/api/v1/auth/token")).isTrue();
		assertThat(document.path("components").path("securitySchemes").path("bearer").path("scheme").asText()).isEqualTo("bearer");
	}

	@Test
	void answersApiErrorsAsLocalizedProblemDetails() {
		HttpResponse<String> chinese = anonymous().post("/api/v1/auth/token", "{\"username\":\"\",\"password\":\"\"}");
		assertThat(chinese.statusCode()).isEqualTo(400);
		assertThat(chinese.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		JsonNode problem = anonymous().parse(chinese);
		assertThat(problem.path("code").asText()).isEqualTo("error.validation");
		assertThat(problem.path("errors")).extracting(error -> error.path("field").asText()).contains("username", "password");
		assertThat(problem.path("errors").get(0).path("message").asText()).isEqualTo("此项必填。");

		HttpResponse<String> english = anonymous().inEnglish().post("/api/v1/auth/token", "not json");
		assertThat(english.statusCode()).isEqualTo(400);
		assertThat(anonymous().parse(english).path("detail").asText()).startsWith("The request could not be read");
		assertThat(english.body()).doesNotContain("Exception").doesNotContain("at org.");
	}

	@Test
	void answersUnknownApiPathsWith404ProblemAndMissingTokensWith401() {
		assertThat(anonymous().get("/api/v1/me").statusCode()).isEqualTo(401);
		assertThat(anonymous().parse(anonymous().get("/api/v1/me")).path("code").asText()).isEqualTo("error.unauthorized");
		HttpResponse<String> missing = anonymous().as("demo-leader").get("/api/v1/no-such-thing");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.headers().firstValue("Content-Type")).hasValue("application/problem+json");
	}

	@Test
	void tellsTheSignedInAccountItsRolesAndScope() {
		JsonNode me = anonymous().parse(anonymous().as("demo-town").get("/api/v1/me"));
		assertThat(me.path("username").asText()).isEqualTo("demo-town");
		assertThat(me.path("roles")).extracting(JsonNode::asText).containsExactly("UNIT_HANDLER");
		assertThat(me.path("scope").path("name").asText()).contains("棠下镇");
		assertThat(me.path("wholeDistrict").asBoolean()).isFalse();
	}
}
