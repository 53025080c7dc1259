package org.luoshi.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.luoshi.audit.AuditFixtures.get;
import static org.luoshi.audit.AuditFixtures.json;
import static org.luoshi.audit.AuditFixtures.tokenOf;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.luoshi.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

@IntegrationTest
class AuditApiIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void auditorGetsTheNewestEntriesFirstWithTheLimitHonoured() throws Exception {
		String token = tokenOf(port, "demo-auditor");

		JsonNode page = json(ok(get(port, "/api/v1/audit?limit=3", token)));

		assertThat(page.get("limit").asInt()).isEqualTo(3);
		List<Long> ids = ids(page);
		assertThat(ids).hasSize(3).isSortedAccordingTo((a, b) -> Long.compare(b, a));
		JsonNode newest = page.get("items").get(0);
		assertThat(newest.get("action").asString()).as("the auditor's own sign-in").isEqualTo("identity.login.success");
		assertThat(newest.get("actor").get("username").asString()).isEqualTo("demo-auditor");
		assertThat(newest.get("ipAddress").asString()).isEqualTo("127.0.0.1");
		assertThat(page.get("nextBefore").asLong()).isEqualTo(ids.get(2));

		JsonNode further = json(ok(get(port, "/api/v1/audit?limit=2&before=" + ids.get(2), token)));
		assertThat(ids(further)).hasSize(2).allSatisfy(id -> assertThat(id).isLessThan(ids.get(2)));
	}

	@Test
	void filtersLikeTheAuditPageAndReturnsFiftyByDefault() throws Exception {
		String token = tokenOf(port, "demo-auditor");

		JsonNode signIns = json(ok(get(port, "/api/v1/audit?action=identity.login.", token)));
		JsonNode created = json(ok(get(port, "/api/v1/audit?action=identity.account.created&targetType=account&text=demo-", token)));

		assertThat(signIns.get("limit").asInt()).isEqualTo(50);
		assertThat(signIns.get("items")).isNotEmpty()
			.allSatisfy(item -> assertThat(item.get("action").asString()).startsWith("identity.login."));
		assertThat(created.get("items")).hasSizeGreaterThanOrEqualTo(5).allSatisfy(item -> {
			assertThat(item.get("target").get("label").asString()).startsWith("demo-");
			assertThat(item.get("actor").get("username").asString()).as("demo data is written by the platform").isEqualTo("system");
			assertThat(item.get("changes").get("roles").get("after").isArray()).isTrue();
		});
	}

	@Test
	void rejectsALimitOutOfRangeAndABadDateNamingBoth() throws Exception {
		String token = tokenOf(port, "demo-auditor");

		HttpResponse<String> response = get(port, "/api/v1/audit?limit=1001&from=yesterday", token);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		List<String> fields = new ArrayList<>();
		json(response).get("errors").forEach(error -> fields.add(error.get("field").asString()));
		assertThat(fields).containsExactlyInAnyOrder("limit", "from");
	}

	@Test
	void verifiesTheChainForAuditors() throws Exception {
		JsonNode result = json(ok(get(port, "/api/v1/audit/verify", tokenOf(port, "demo-auditor"))));

		assertThat(result.get("intact").asBoolean()).isTrue();
		assertThat(result.get("checked").asLong()).isPositive();
		assertThat(result.get("head").asString()).matches("[0-9a-f]{64}");
	}

	@Test
	void forbidsEveryoneButAuditors() throws Exception {
		for (String username : List.of("demo-admin", "demo-sysadmin", "demo-secadmin", "demo-town")) {
			String token = tokenOf(port, username);
			for (String path : List.of("/api/v1/audit?limit=5", "/api/v1/audit/verify")) {
				HttpResponse<String> response = get(port, path, token);
				assertThat(response.statusCode()).as(username + " " + path).isEqualTo(403);
				assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
				assertThat(json(response).get("code").asString()).isEqualTo("error.forbidden");
				assertThat(response.body()).doesNotContain("\"items\"");
			}
		}
	}

	@Test
	void asksStrangersToSignIn() throws Exception {
		HttpResponse<String> response = get(port, "/api/v1/audit", null);

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
	}

	private static HttpResponse<String> ok(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return response;
	}

	private static List<Long> ids(JsonNode page) {
		List<Long> ids = new ArrayList<>();
		page.get("items").forEach(item -> ids.add(item.get("id").asLong()));
		return ids;
	}
}
