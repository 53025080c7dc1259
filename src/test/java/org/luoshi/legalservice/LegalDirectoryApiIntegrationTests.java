package org.luoshi.legalservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.luoshi.support.ApiClient;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.PageSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * The points and providers over the API and the pages: who reads what (a point's staff list and practitioners' phones
 * for those who keep or work the points only), who changes it (the bureau alone), and what a bad change answers.
 */
@IntegrationTest
class LegalDirectoryApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyCallerReadsThePointsButOnlyTheBureauAndThePointsStaffSeeWhoWorksThem() {
		JsonNode asEnterprise = ApiClient.signIn(port, "demo-enterprise").get("/api/v1/legal/points").json();
		List<String> parks = new ArrayList<>();
		asEnterprise.forEach(point -> {
			parks.add(point.get("park").asString());
			assertThat(point.get("staffAccountIds").isNull()).isTrue();
		});
		assertThat(parks).contains("蓬江产业园", "棠下产业园", "荷塘康溪产业园", "火炬园");
		assertThat(asEnterprise.get(0).get("serviceCodes").size()).isPositive();
		JsonNode asStaff = ApiClient.signIn(port, "demo-legal").get("/api/v1/legal/points").json();
		boolean anyStaffed = false;
		for (JsonNode point : asStaff) {
			anyStaffed |= point.get("staffAccountIds").size() > 0;
		}
		assertThat(anyStaffed).isTrue();
		assertThat(ApiClient.signIn(port, "demo-legal").get("/api/v1/legal/services").json().size()).isEqualTo(
				jdbc.sql("SELECT count(*) FROM legal_service").query(Integer.class).single());
	}

	@Test
	void providersAreForTheLegalSidesAndPhonesAreMaskedButForTheBureau() {
		assertThat(ApiClient.signIn(port, "demo-enterprise").get("/api/v1/legal/providers").status()).isEqualTo(403);
		assertThat(ApiClient.signIn(port, "demo-town").get("/api/v1/legal/providers").status()).isEqualTo(403);
		String lawyerPhone = ApiClient.signIn(port, "demo-lawyer").get("/api/v1/legal/providers").json().get(0).get("practitioners").get(0)
			.get("phone").asString();
		assertThat(lawyerPhone).contains("****");
		String bureauPhone = ApiClient.signIn(port, "demo-justice").get("/api/v1/legal/providers").json().get(0).get("practitioners").get(0)
			.get("phone").asString();
		assertThat(bureauPhone).doesNotContain("*");
	}

	@Test
	void onlyTheBureauChangesAndABadChangeAnswers400WithEveryProblemInTheCallersLanguage() {
		Map<String, Object> point = new LinkedHashMap<>();
		point.put("name", "测试站点" + System.nanoTime());
		point.put("park", "");
		point.put("address", "某地");
		point.put("openingHours", "全天");
		point.put("serviceCodes", List.of("MEDIATION"));
		for (String username : List.of("demo-legal", "demo-lawyer", "demo-enterprise", "demo-admin")) {
			assertThat(ApiClient.signIn(port, username).post("/api/v1/legal/points", point).status()).as(username).isEqualTo(403);
		}
		ApiClient bureau = ApiClient.signIn(port, "demo-justice");
		var refused = bureau.inLanguage("en").post("/api/v1/legal/points", point);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).contains("park");
		point.put("park", "测试园区");
		var created = bureau.post("/api/v1/legal/points", point);
		assertThat(created.status()).isEqualTo(201);
		long id = created.json().get("id").asLong();
		point.put("active", false);
		point.put("version", 7);
		assertThat(bureau.put("/api/v1/legal/points/" + id, point).status()).isEqualTo(409);
		point.put("version", created.json().get("version").asInt());
		assertThat(bureau.put("/api/v1/legal/points/" + id, point).json().get("active").asBoolean()).isFalse();
	}

	@Test
	void thePagesOpenForThoseTheyAreFor() {
		List<String> answered = new ArrayList<>();
		Map<String, Map<String, Integer>> expected = Map.of(
				"demo-justice", Map.of("/legal/points", 200, "/legal/points/new", 200, "/legal/providers", 200, "/legal/services", 200),
				"demo-legal", Map.of("/legal/points", 200, "/legal/points/new", 403, "/legal/providers", 403, "/legal/services", 403),
				"demo-town", Map.of("/legal/points", 403, "/legal/providers", 403),
				"demo-enterprise", Map.of("/legal/points", 403, "/legal/services", 403));
		expected.forEach((username, paths) -> {
			PageSession session = PageSession.signIn(port, username);
			paths.forEach((path, status) -> {
				int actual = session.get(path).statusCode();
				if (actual != status) {
					answered.add(username + " " + path + " answered " + actual + ", not " + status);
				}
			});
		});
		assertThat(answered).isEmpty();
		assertThat(PageSession.text(PageSession.anonymous(port).get("/public/legal"))).contains("棠下产业园", "荷塘康溪产业园", "火炬园", "蓬江产业园");
	}
}
