package org.luoshi.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.Messages;
import org.luoshi.support.PageSession;
import org.luoshi.support.TestDatabaseEnvironment;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** API tokens are listed and revoked by their owners and by the security administrator, and every revocation is audited. */
@IntegrationTest
class ApiTokensIntegrationTests {

	@Autowired
	Messages messages;

	static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	AccountDirectory accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	IdentityFixtures fixtures;

	@Test
	void anOwnerListsTheirTokensByNameAndRevokesOneWhichStopsAtOnce() throws Exception {
		AccountSummary owner = fixtures.accountInUse("tokens-own");
		String sync = namedToken(owner.username(), "台账同步脚本");
		String other = fixtures.token(owner.username(), IdentityFixtures.OWN_PASSWORD);

		HttpResponse<String> listed = call("GET", "/api/v1/auth/tokens", sync);
		assertThat(listed.statusCode()).isEqualTo(200);
		JsonNode tokens = JSON.readTree(listed.body());
		assertThat(tokens).hasSize(2);
		assertThat(tokens.findValuesAsString("name")).containsExactlyInAnyOrder("台账同步脚本", "API");
		JsonNode syncToken = tokenNamed(tokens, "台账同步脚本");
		assertThat(syncToken.get("lastUsedAt").isNull()).as("used for this very call").isFalse();
		assertThat(syncToken.get("createdAt").asString()).isNotBlank();
		assertThat(syncToken.get("expiresAt").asString()).isNotBlank();
		assertThat(listed.body()).doesNotContain(sync).doesNotContain(other).doesNotContain(ApiAuthenticationIntegrationTests.sha256(sync));

		long mark = newestAuditEntry();
		long otherId = tokenNamed(tokens, "API").get("id").asLong();
		assertThat(call("DELETE", "/api/v1/auth/tokens/" + otherId, sync).statusCode()).isEqualTo(204);
		assertThat(call("GET", "/api/v1/me", other).statusCode()).isEqualTo(401);
		assertThat(call("GET", "/api/v1/me", sync).statusCode()).isEqualTo(200);
		assertThat(JSON.readTree(call("GET", "/api/v1/auth/tokens", sync).body())).hasSize(1);
		assertThat(auditAfter(mark, "identity.token.revoked")).containsExactly(owner.username() + " · " + owner.username() + " · API");
	}

	@Test
	void anotherAccountsTokenIsNotFoundAndKeepsWorking() throws Exception {
		String town = fixtures.token("demo-town", TestDatabaseEnvironment.DEMO_PASSWORD);
		String leader = fixtures.token("demo-leader", TestDatabaseEnvironment.DEMO_PASSWORD);
		long leaderTokenId = JSON.readTree(call("GET", "/api/v1/auth/tokens", leader).body()).get(0).get("id").asLong();

		HttpResponse<String> refused = call("DELETE", "/api/v1/auth/tokens/" + leaderTokenId, town);
		assertThat(refused.statusCode()).isEqualTo(404);
		assertThat(call("DELETE", "/api/v1/auth/tokens/999999999", town).statusCode()).isEqualTo(404);
		assertThat(call("GET", "/api/v1/me", leader).statusCode()).isEqualTo(200);
		long leaderId = accounts.findByUsername("demo-leader").orElseThrow().id();
		assertThat(call("GET", "/api/v1/auth/tokens?accountId=" + leaderId, town).statusCode()).isEqualTo(403);
	}

	@Test
	void theSecurityAdministratorListsAndRevokesAnyAccountsTokensByApiAndPage() throws Exception {
		AccountSummary owner = fixtures.accountInUse("tokens-security");
		String first = namedToken(owner.username(), "数据大屏");
		String second = namedToken(owner.username(), "周报导出");
		String security = fixtures.token("demo-secadmin", TestDatabaseEnvironment.DEMO_PASSWORD);

		JsonNode listed = JSON.readTree(call("GET", "/api/v1/auth/tokens?accountId=" + owner.id(), security).body());
		assertThat(listed.findValuesAsString("name")).containsExactlyInAnyOrder("数据大屏", "周报导出");
		long mark = newestAuditEntry();
		assertThat(call("DELETE", "/api/v1/auth/tokens/" + tokenNamed(listed, "数据大屏").get("id").asLong(), security).statusCode())
			.isEqualTo(204);
		assertThat(call("GET", "/api/v1/me", first).statusCode()).isEqualTo(401);

		PageSession page = PageSession.signIn(port, "demo-secadmin");
		String accountPage = PageSession.text(page.get("/admin/accounts/" + owner.id()));
		assertThat(PageSession.between(accountPage, "id=\"tokens\"", "</table>")).contains("周报导出").doesNotContain("数据大屏");
		long secondId = tokenNamed(listed, "周报导出").get("id").asLong();
		HttpResponse<byte[]> revoked = page.post("/admin/accounts/" + owner.id() + "/tokens/" + secondId + "/revoke",
				"/admin/accounts/" + owner.id());
		assertThat(revoked.statusCode()).isEqualTo(302);
		assertThat(call("GET", "/api/v1/me", second).statusCode()).isEqualTo(401);
		assertThat(PageSession.text(page.get("/admin/accounts/" + owner.id()))).contains("id=\"tokens-empty\"");

		List<Map<String, Object>> entries = jdbc.sql("SELECT actor_username, target_label FROM audit_entry WHERE id > ? "
				+ "AND action = 'identity.token.revoked' ORDER BY id").param(mark).query().listOfRows();
		assertThat(entries).extracting(row -> row.get("actor_username")).containsExactly("demo-secadmin", "demo-secadmin");
		assertThat(entries).extracting(row -> row.get("target_label"))
			.containsExactly(owner.username() + " · 数据大屏", owner.username() + " · 周报导出");
	}

	@Test
	void aPersonListsAndRevokesTheirOwnTokensOnTheirPage() throws Exception {
		String token = namedToken("demo-dept", "法律服务统计");
		PageSession page = PageSession.signIn(port, "demo-dept");
		String listed = PageSession.text(page.get("/account/tokens"));
		assertThat(listed).contains("法律服务统计").contains(messages.zh("identity.token.own.title"));
		long id = JSON.readTree(call("GET", "/api/v1/auth/tokens", token).body()).get(0).get("id").asLong();
		assertThat(page.post("/account/tokens/" + id + "/revoke", "/account/tokens").statusCode()).isEqualTo(302);
		assertThat(call("GET", "/api/v1/me", token).statusCode()).isEqualTo(401);
		assertThat(PageSession.text(page.get("/account/tokens"))).doesNotContain("法律服务统计");
		assertThat(page.post("/account/tokens/" + id + "/revoke", "/account/tokens").statusCode()).isEqualTo(404);
	}

	@Test
	void theOpenApiDocumentDescribesListingAndRevoking() throws Exception {
		JsonNode paths = JSON.readTree(HttpClient.newHttpClient().send(HttpRequest.newBuilder(fixtures.uri("/v3/api-docs")).build(),
				HttpResponse.BodyHandlers.ofString()).body()).get("paths");
		assertThat(paths.get("/api/v1/auth/tokens").has("get")).isTrue();
		assertThat(paths.get("/api/v1/auth/tokens/{id}").has("delete")).isTrue();
		assertThat(paths.get("/api/v1/auth/tokens").get("get").get("parameters").toString()).contains("accountId");
	}

	private String namedToken(String username, String name) throws Exception {
		String password = username.startsWith("demo-") ? TestDatabaseEnvironment.DEMO_PASSWORD : IdentityFixtures.OWN_PASSWORD;
		HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(fixtures.uri("/api/v1/auth/token"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("username", username, "password", password, "name", name))))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JSON.readTree(response.body()).get("token").asString();
	}

	private HttpResponse<String> call(String method, String path, String token) throws Exception {
		return HttpClient.newHttpClient().send(HttpRequest.newBuilder(fixtures.uri(path))
			.header("Authorization", "Bearer " + token)
			.method(method, HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static JsonNode tokenNamed(JsonNode tokens, String name) {
		for (JsonNode token : tokens) {
			if (token.get("name").asString().equals(name)) {
				return token;
			}
		}
		throw new AssertionError("no token named " + name);
	}

	private long newestAuditEntry() {
		return jdbc.sql("SELECT coalesce(max(id), 0) FROM audit_entry").query(Long.class).single();
	}

	private List<String> auditAfter(long mark, String action) {
		return jdbc.sql("SELECT actor_username || ' · ' || target_label FROM audit_entry WHERE id > ? AND action = ? ORDER BY id")
			.params(mark, action)
			.query(String.class)
			.list();
	}
}
