package org.luoshi.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.luoshi.support.ApiClient;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.Messages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

@IntegrationTest
class SearchApiIntegrationTests {

	@Autowired
	Messages messages;

	@LocalServerPort
	int port;

	ApiClient client() {
		return ApiClient.anonymous(port);
	}

	static String q(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	@Test
	void answersRankedHitsWithMarkedSnippetsAsAPage() {
		ApiClient admin = ApiClient.signIn(port, "demo-admin");
		ApiClient.Answer response = admin.get("/api/v1/search?q=" + q("司法局") + "&size=3");

		assertThat(response.status()).isEqualTo(200);
		JsonNode page = response.json();
		assertThat(page.path("page").asInt()).isZero();
		assertThat(page.path("size").asInt()).isEqualTo(3);
		assertThat(page.path("total").asLong()).isGreaterThanOrEqualTo(3);
		assertThat(page.path("items")).hasSize(3);
		JsonNode first = page.path("items").get(0);
		assertThat(first.path("type").asText()).isIn("unit", "staff");
		assertThat(first.path("link").asText()).startsWith("/admin/");
		assertThat(first.path("highlightedTitle").asText() + first.path("snippet").asText()).contains("<mark>");
		assertThat(first.path("rank").asDouble()).isPositive();
	}

	@Test
	void filtersByTypeAndByTheCallersDataScope() {
		ApiClient admin = ApiClient.signIn(port, "demo-admin");
		JsonNode staffOnly = admin.get("/api/v1/search?q=" + q("棠下") + "&type=staff").json();
		assertThat(staffOnly.path("items")).isNotEmpty().allSatisfy(hit -> assertThat(hit.path("type").asText()).isEqualTo("staff"));

		ApiClient town = ApiClient.signIn(port, "demo-town");
		// The justice bureau and its people are outside 棠下镇's scope; a proposal it handles with 棠下镇 is not.
		assertThat(town.get("/api/v1/search?q=" + q("司法局")).json().path("items"))
			.noneSatisfy(hit -> assertThat(hit.path("type").asText()).isIn("unit", "staff"));
		assertThat(town.get("/api/v1/search?q=" + q("谢文博") + "&type=staff").json().path("total").asLong()).isZero();
		assertThat(admin.get("/api/v1/search?q=" + q("谢文博") + "&type=staff").json().path("total").asLong()).isPositive();
		assertThat(town.get("/api/v1/search?q=" + q("棠下")).json().path("total").asLong()).isPositive();
	}

	@Test
	void refusesAnEmptyOrTooLongQueryAsProblemDetails() {
		ApiClient admin = ApiClient.signIn(port, "demo-admin");
		for (String path : new String[] { "/api/v1/search", "/api/v1/search?q=", "/api/v1/search?q=%20%20" }) {
			ApiClient.Answer response = admin.get(path);
			assertThat(response.status()).as(path).isEqualTo(400);
			assertThat(response.contentType()).isEqualTo("application/problem+json");
			JsonNode problem = response.json();
			assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("q");
			assertThat(problem.path("errors").get(0).path("message").asText()).isEqualTo(messages.zh("search.validation.q.required"));
		}
		ApiClient.Answer tooLong = admin.inLanguage("en").get("/api/v1/search?q=" + q("棠".repeat(101)));
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.json().path("errors").get(0).path("message").asText()).isEqualTo(messages.en("search.validation.q.too-long", 100));
	}

	@Test
	void answersHostileQueriesNormally() {
		ApiClient admin = ApiClient.signIn(port, "demo-admin");
		assertThat(admin.get("/api/v1/search?q=" + q("' OR 1=1 --")).status()).isEqualTo(200);
		ApiClient.Answer operators = admin.get("/api/v1/search?q=" + q("&|!():*"));
		assertThat(operators.status()).isEqualTo(200);
		assertThat(operators.json().path("total").asLong()).isZero();
	}

	@Test
	void refusesCallersWithoutAToken() {
		ApiClient.Answer response = client().get("/api/v1/search?q=" + q("棠下"));
		assertThat(response.status()).isEqualTo(401);
		assertThat(response.contentType()).startsWith("application/problem+json");
	}

	@Test
	void isDescribedInTheOpenApiDocument() {
		JsonNode document = client().get("/v3/api-docs").json();
		assertThat(document.path("paths").path("/api/v1/search").path("get").path("parameters")).extracting(p -> p.path("name").asText())
			.contains("q", "type", "page", "size");
	}
}
