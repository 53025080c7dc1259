package org.luoshi.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.luoshi.support.ApiClient;
import org.luoshi.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

@IntegrationTest
class SearchApiIntegrationTests {

	@LocalServerPort
	int port;

	ApiClient client() {
		return new ApiClient(port);
	}

	static String q(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	@Test
	void answersRankedHitsWithMarkedSnippetsAsAPage() {
		ApiClient admin = client().as("demo-admin");
		HttpResponse<String> response = admin.get("/api/v1/search?q=" + q("司法局") + "&size=3");

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode page = admin.parse(response);
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
		ApiClient admin = client().as("demo-admin");
		JsonNode staffOnly = admin.parse(admin.get("/api/v1/search?q=" + q("棠下") + "&type=staff"));
		assertThat(staffOnly.path("items")).isNotEmpty().allSatisfy(hit -> assertThat(hit.path("type").asText()).isEqualTo("staff"));

		ApiClient town = client().as("demo-town");
		assertThat(town.parse(town.get("/api/v1/search?q=" + q("司法局"))).path("total").asLong()).isZero();
		assertThat(town.parse(town.get("/api/v1/search?q=" + q("棠下"))).path("total").asLong()).isPositive();
	}

	@Test
	void refusesAnEmptyOrTooLongQueryAsProblemDetails() {
		ApiClient admin = client().as("demo-admin");
		for (String path : new String[] { "/api/v1/search", "/api/v1/search?q=", "/api/v1/search?q=%20%20" }) {
			HttpResponse<String> response = admin.get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(400);
			assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
			JsonNode problem = admin.parse(response);
			assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("q");
			assertThat(problem.path("errors").get(0).path("message").asText()).isEqualTo("请输入要搜索的内容。");
		}
		HttpResponse<String> tooLong = admin.inEnglish().get("/api/v1/search?q=" + q("棠".repeat(101)));
		assertThat(tooLong.statusCode()).isEqualTo(400);
		assertThat(admin.parse(tooLong).path("errors").get(0).path("message").asText()).isEqualTo("The search text can be at most 100 characters long.");
	}

	@Test
	void answersHostileQueriesNormally() {
		ApiClient admin = client().as("demo-admin");
		assertThat(admin.get("/api/v1/search?q=" + q("' OR 1=1 --")).statusCode()).isEqualTo(200);
		HttpResponse<String> operators = admin.get("/api/v1/search?q=" + q("&|!():*"));
		assertThat(operators.statusCode()).isEqualTo(200);
		assertThat(admin.parse(operators).path("total").asLong()).isZero();
	}

	@Test
	void refusesCallersWithoutAToken() {
		HttpResponse<String> response = client().get("/api/v1/search?q=" + q("棠下"));
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
	}

	@Test
	void isDescribedInTheOpenApiDocument() {
		JsonNode document = client().parse(client().get("/v3/api-docs"));
		assertThat(document.path("paths").path("/api/v1/search").path("get").path("parameters")).extracting(p -> p.path("name").asText())
			.contains("q", "type", "page", "size");
	}
}
