package org.luoshi.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.luoshi.support.ApiClient;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.Messages;
import org.luoshi.support.PageSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** PostgreSQL cannot store U+0000: text holding it is refused with a 400 in the person's language, and nothing is written. */
@IntegrationTest
class NulCharacterIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Messages messages;

	@Test
	void aFormFieldHoldingNulIsRefusedWithALocalizedPageAndNothingIsSaved() {
		PageSession admin = PageSession.signIn(port, "demo-admin");
		long goals = goals();

		HttpResponse<byte[]> refused = admin.post("/supervision/goals/new", "/supervision/goals/new",
				List.of(Map.entry("title", "提升政务服务\u0000效能"), Map.entry("year", "2026"), Map.entry("comparator", ">=")));

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(PageSession.text(refused)).contains(messages.zh("error.nul-character"));
		assertThat(goals()).isEqualTo(goals);
		assertThat(admin.get("/search?q=%E6%A3%A0%00").statusCode()).isEqualTo(400);
	}

	@Test
	void aJsonBodyHoldingNulIsRefusedWithAProblemAndNothingIsSaved() {
		ApiClient api = ApiClient.signIn(port, "demo-admin");
		long goals = goals();

		ApiClient.Answer refused = api.postRaw("/api/v1/goals", "{\"title\": \"提升政务服务\\u0000效能\", \"year\": 2026}");

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.json().get("code").asString()).isEqualTo("error.nul-character");
		assertThat(refused.json().get("detail").asString()).contains("U+0000");
		assertThat(api.inLanguage("en").postRaw("/api/v1/goals", "{\"title\": \"a\\u0000\", \"year\": 2026}").json().get("detail").asString())
			.contains("NUL character");
		assertThat(api.get("/api/v1/tasks?q=%00").status()).isEqualTo(400);
		assertThat(goals()).isEqualTo(goals);
	}

	@Test
	void aBackslashFollowedByU0000IsOrdinaryText() {
		ApiClient api = ApiClient.signIn(port, "demo-admin");
		String title = "路径 C:\\u0000 的说明 " + System.nanoTime();

		ApiClient.Answer created = api.post("/api/v1/goals", Map.of("title", title, "year", 2026));

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().get("title").asString()).isEqualTo(title);
	}

	private long goals() {
		return jdbc.sql("SELECT count(*) FROM goal").query(Long.class).single();
	}
}
