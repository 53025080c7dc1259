package org.luoshi.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.luoshi.reports.ReportDraftFixtures.CONFERENCE;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.luoshi.support.ApiClient;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.TestDatabaseEnvironment;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

@IntegrationTest
class ReportApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	long reports() {
		return jdbc.sql("SELECT count(*) FROM report").query(Long.class).single();
	}

	@Test
	void createsADraftFromTextReadsItAndConfirmsItOnce() {
		ApiClient admin = ApiClient.signIn(port, "demo-admin");

		ApiClient.Answer created = admin.post("/api/v1/reports", Map.of("text", CONFERENCE, "date", "2025-03-10"));

		assertThat(created.status()).isEqualTo(201);
		JsonNode report = created.json();
		long id = report.get("id").asLong();
		assertThat(report.get("status").asString()).isEqualTo("DRAFT");
		assertThat(report.get("documentDate").asString()).isEqualTo("2025-03-10");
		assertThat(report.path("draft").path("tasks")).hasSize(4);
		assertThat(report.path("draft").path("tasks").get(0).path("leadUnits").get(0).asString()).isEqualTo("区发改局");

		ApiClient.Answer read = admin.get("/api/v1/reports/" + id);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.json().path("draft").path("tasks")).hasSize(4);

		ApiClient.Answer confirmed = admin.post("/api/v1/reports/" + id + "/confirm", Map.of());
		assertThat(confirmed.status()).isEqualTo(200);
		assertThat(confirmed.json().get("status").asString()).isEqualTo("CONFIRMED");

		ApiClient.Answer again = admin.post("/api/v1/reports/" + id + "/confirm", Map.of());
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.contentType()).startsWith("application/problem+json");
	}

	@Test
	void givesEachUnitAsWrittenWithItsMatchAndNamesTheUnmatchedBeforeConfirming() {
		ApiClient admin = ApiClient.signIn(port, "demo-admin");
		JsonNode report = admin.post("/api/v1/reports", Map.of("text", ReportDraftFixtures.unitsAsWritten())).json();
		long id = report.get("id").asLong();
		JsonNode tasks = report.path("draft").path("tasks");

		assertThat(tasks.get(0).path("leadUnits").get(0).asString()).isEqualTo("区发展改革局");
		JsonNode lead = tasks.get(0).path("unitMatches").get(0);
		assertThat(lead.path("written").asString()).isEqualTo("区发展改革局");
		assertThat(lead.path("role").asString()).isEqualTo("LEAD");
		assertThat(lead.path("match").asString()).isEqualTo("UNIQUE");
		assertThat(lead.path("unit").asString()).isEqualTo("区发改局");
		long development = lead.path("unitId").asLong();
		assertThat(development).isEqualTo(jdbc.sql("SELECT id FROM unit WHERE short_name = '区发改局'").query(Long.class).single());
		JsonNode visits = tasks.get(1).path("unitMatches").get(0);
		assertThat(visits.path("match").asString()).isEqualTo("AMBIGUOUS");
		assertThat(visits.path("unitId").isNull()).isTrue();
		assertThat(visits.path("candidates")).extracting(JsonNode::asString)
			.containsExactly("棠下镇/经济发展办", "荷塘镇/经济发展办", "杜阮镇/经济发展办");
		assertThat(tasks.get(2).path("unitMatches").get(0).path("match").asString()).isEqualTo("UNKNOWN");

		JsonNode plan = admin.get("/api/v1/reports/" + id + "/confirmation").json();
		assertThat(plan.path("tasks").get(0).path("lead").path("id").asLong()).isEqualTo(development);
		assertThat(plan.path("tasks").get(0).path("lead").path("written").asString()).isEqualTo("区发展改革局");
		assertThat(plan.path("unmatchedUnits").findValues("name")).extracting(JsonNode::asString).containsExactly("经济发展办", "区金融工作局");
		assertThat(plan.path("unmatchedUnits").findValues("kind")).extracting(JsonNode::asString)
			.containsExactly("UNIT_AMBIGUOUS", "UNIT_UNKNOWN");

		// The reviewer chooses the town's office: matched again, and asked about no more.
		JsonNode chosen = admin.put("/api/v1/reports/" + id + "/tasks/1", Map.of("version", report.get("version").asInt(),
				"text", tasks.get(1).path("text").asString(), "leadUnits", List.of("棠下镇/经济发展办"), "coUnits", List.of(), "deadline", ""))
			.json();
		assertThat(chosen.path("draft").path("tasks").get(1).path("unitMatches").get(0).path("match").asString()).isEqualTo("UNIQUE");
		assertThat(admin.get("/api/v1/reports/" + id + "/confirmation").json().path("unmatchedUnits").findValues("name"))
			.extracting(JsonNode::asString).containsExactly("区金融工作局");
		ApiClient.Answer unknown = admin.put("/api/v1/reports/" + id + "/tasks/1", Map.of("version", chosen.get("version").asInt(),
				"text", "走访企业。", "leadUnits", List.of("区乡村振兴局"), "coUnits", List.of(), "deadline", ""));
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.json().path("errors").get(0).path("field").asString()).isEqualTo("leadUnits");
	}

	@Test
	void refusesEmptyTextAsProblemDetailsAndStoresNothing() {
		ApiClient admin = ApiClient.signIn(port, "demo-admin");
		long before = reports();

		ApiClient.Answer empty = admin.post("/api/v1/reports", Map.of("text", " "));
		ApiClient.Answer badDate = admin.postRaw("/api/v1/reports", "{\"text\":\"\",\"date\":\"2025-13-40\"}");

		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.contentType()).startsWith("application/problem+json");
		assertThat(empty.body()).contains("text");
		assertThat(badDate.status()).isEqualTo(400);
		assertThat(badDate.body()).contains("text").contains("date");
		assertThat(reports()).isEqualTo(before);
	}

	@Test
	void refusesAccountsWithoutThePermission() {
		ApiClient town = ApiClient.signIn(port, "demo-town");

		assertThat(town.post("/api/v1/reports", Map.of("text", CONFERENCE)).status()).isEqualTo(403);
		assertThat(town.get("/api/v1/reports/1").status()).isEqualTo(403);
	}

	@Test
	void answers404ForAReportThatDoesNotExist() {
		assertThat(ApiClient.signIn(port, "demo-admin").get("/api/v1/reports/999999").status()).isEqualTo(404);
	}

	@Test
	void createsADraftFromAnUploadedTextFile() throws Exception {
		String token = ApiClient.anonymous(port)
			.post("/api/v1/auth/token", Map.of("username", "demo-admin", "password", TestDatabaseEnvironment.DEMO_PASSWORD))
			.json().get("token").asString();

		HttpResponse<String> response = upload(token, "conference.txt", CONFERENCE.getBytes(StandardCharsets.UTF_8), "2025-03-10");
		assertThat(response.statusCode()).isEqualTo(201);
		JsonNode report = ApiClient.JSON.readTree(response.body());
		assertThat(report.get("sourceName").asString()).isEqualTo("conference.txt");
		assertThat(report.path("draft").path("tasks")).hasSize(4);
		assertThat(response.headers().firstValue("Location")).hasValue("/api/v1/reports/" + report.get("id").asLong());

		long before = reports();
		HttpResponse<String> binary = upload(token, "image.png", new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 1 }, null);
		assertThat(binary.statusCode()).isEqualTo(400);
		assertThat(binary.body()).contains("file");
		assertThat(reports()).isEqualTo(before);
	}

	@Test
	void listsReportsAPageAtATimeWithoutDiscardedDrafts() {
		ApiClient admin = ApiClient.signIn(port, "demo-admin");
		long first = admin.post("/api/v1/reports", Map.of("text", CONFERENCE)).json().get("id").asLong();
		long second = admin.post("/api/v1/reports", Map.of("text", CONFERENCE)).json().get("id").asLong();
		int version = admin.get("/api/v1/reports/" + first).json().get("version").asInt();
		assertThat(admin.post("/api/v1/reports/" + first + "/discard", Map.of("version", version)).status()).isEqualTo(200);

		JsonNode page = admin.get("/api/v1/reports?page=0&size=1&sort=createdAt,desc").json();

		assertThat(page.get("size").asInt()).isEqualTo(1);
		assertThat(page.get("page").asInt()).isEqualTo(0);
		assertThat(page.get("items")).hasSize(1);
		assertThat(page.get("items").get(0).get("id").asLong()).isEqualTo(second);
		JsonNode all = admin.get("/api/v1/reports?size=200").json();
		assertThat(all.get("total").asLong()).isEqualTo(all.get("items").size());
		assertThat(all.get("items").findValues("id")).extracting(JsonNode::asLong).contains(second).doesNotContain(first);
		assertThat(admin.get("/api/v1/reports?size=0").status()).isEqualTo(400);
		assertThat(admin.get("/api/v1/reports?sort=secret,asc").status()).isEqualTo(400);
	}

	@Test
	void editsAddsSplitsMergesDeletesAndRenamesThroughTheApiEachAudited() {
		ApiClient admin = ApiClient.signIn(port, "demo-admin");
		JsonNode report = admin.post("/api/v1/reports", Map.of("text", CONFERENCE, "date", "2025-03-10")).json();
		long id = report.get("id").asLong();
		String base = "/api/v1/reports/" + id;

		JsonNode edited = admin.put(base + "/tasks/0", Map.of("version", report.get("version").asInt(), "text", "区发改局要加快项目前期工作。",
				"leadUnits", List.of("区发改局"), "coUnits", List.of("区财政局"), "deadline", "2025-06-30")).json();
		assertThat(edited.path("draft").path("tasks").get(0).path("coUnits").get(0).asString()).isEqualTo("区财政局");

		ApiClient.Answer added = admin.post(base + "/tasks", Map.of("version", edited.get("version").asInt(),
				"text", "区应急管理局要在年底前完成安全生产检查。", "leadUnits", List.of(), "coUnits", List.of(), "deadline", ""));
		assertThat(added.status()).isEqualTo(201);
		JsonNode withAdded = added.json();
		assertThat(withAdded.path("draft").path("tasks")).hasSize(5);

		JsonNode split = admin.post(base + "/tasks/0/split", Map.of("version", withAdded.get("version").asInt(), "secondPart", "前期工作"))
			.json();
		assertThat(split.path("draft").path("tasks")).hasSize(6);
		JsonNode merged = admin.post(base + "/tasks/0/merge", Map.of("version", split.get("version").asInt())).json();
		assertThat(merged.path("draft").path("tasks").get(0).path("text").asString()).isEqualTo("区发改局要加快项目前期工作。");
		JsonNode deleted = admin.delete(base + "/tasks/4?version=" + merged.get("version").asInt()).json();
		assertThat(deleted.path("draft").path("tasks")).hasSize(4);
		JsonNode renamed = admin.put(base + "/title", Map.of("version", deleted.get("version").asInt(), "title", "推进会议（修订）")).json();
		assertThat(renamed.get("title").asString()).isEqualTo("推进会议（修订）");

		assertThat(admin.put(base + "/title", Map.of("version", report.get("version").asInt(), "title", "旧的")).status()).isEqualTo(409);
		ApiClient.Answer blank = admin.put(base + "/tasks/0", Map.of("version", renamed.get("version").asInt(), "text", " "));
		assertThat(blank.status()).isEqualTo(400);
		assertThat(blank.json().path("errors").get(0).path("field").asString()).isEqualTo("text");
		assertThat(admin.delete(base + "/tasks/99?version=" + renamed.get("version").asInt()).status()).isEqualTo(404);
		assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE target_type = 'report' AND target_id = ? ORDER BY id")
			.param(String.valueOf(id)).query(String.class).list())
			.containsExactly("reports.report.created", "reports.task.edited", "reports.task.added", "reports.task.split",
					"reports.task.merged", "reports.task.deleted", "reports.report.renamed");
	}

	@Test
	void previewsTheConfirmationAndRefusesToConfirmAnEmptyList() {
		ApiClient admin = ApiClient.signIn(port, "demo-admin").inLanguage("en");
		JsonNode report = admin.post("/api/v1/reports", Map.of("text", CONFERENCE, "date", "2025-03-10")).json();
		long id = report.get("id").asLong();

		JsonNode plan = admin.get("/api/v1/reports/" + id + "/confirmation").json();
		assertThat(plan.get("tasks")).hasSize(4);
		assertThat(plan.get("tasks").get(0).path("lead").path("name").asString()).isEqualTo("区发改局");
		assertThat(plan.get("tasks").get(0).path("issued").asBoolean()).isFalse();
		assertThat(plan.get("issuedCount").asInt()).isZero();
		// The conference's deadlines are long past: nothing would be issued, and each task says why.
		assertThat(plan.get("tasks").findValues("kind")).extracting(JsonNode::asString).contains("DEADLINE_PAST");

		int version = report.get("version").asInt();
		for (int i = 0; i < 4; i++) {
			version = admin.delete("/api/v1/reports/" + id + "/tasks/0?version=" + version).json().get("version").asInt();
		}
		ApiClient.Answer empty = admin.post("/api/v1/reports/" + id + "/confirm", Map.of("version", version));
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.json().path("errors").get(0).path("message").asString()).contains("empty");
		assertThat(admin.get("/api/v1/reports/" + id).json().get("status").asString()).isEqualTo("DRAFT");
	}

	@Test
	void documentsEveryReportsRequestBodyUnderANameOfItsOwnThatTheEndpointAccepts() {
		ApiClient admin = ApiClient.signIn(port, "demo-admin");
		JsonNode document = admin.get("/v3/api-docs").json();
		JsonNode paths = document.path("paths");
		for (String path : List.of("/api/v1/reports", "/api/v1/reports/{id}/tasks", "/api/v1/reports/{id}/tasks/{task}",
				"/api/v1/reports/{id}/tasks/{task}/split", "/api/v1/reports/{id}/tasks/{task}/merge", "/api/v1/reports/{id}/title",
				"/api/v1/reports/{id}/discard", "/api/v1/reports/{id}/confirm", "/api/v1/reports/{id}/confirmation")) {
			assertThat(paths.has(path)).as(path).isTrue();
		}
		JsonNode schemas = document.path("components").path("schemas");
		for (String request : List.of("ReportTaskRequest", "ReportSplitRequest", "ReportRenameRequest", "ReportVersionRequest")) {
			assertThat(schemas.has(request)).as(request).isTrue();
		}
		assertThat(paths.path("/api/v1/reports/{id}/tasks/{task}").path("put").path("requestBody").toString())
			.contains("#/components/schemas/ReportTaskRequest");
		assertThat(schemas.path("ReportTaskRequest").path("properties").propertyNames())
			.containsExactlyInAnyOrder("version", "text", "leadUnits", "coUnits", "deadline");
		assertThat(schemas.path("UnitMatch").path("properties").propertyNames())
			.containsExactlyInAnyOrder("written", "role", "match", "unitId", "unit", "candidates");

		// A body built from the documented properties alone is accepted.
		JsonNode report = admin.post("/api/v1/reports", Map.of("text", CONFERENCE)).json();
		Map<String, Object> body = new java.util.LinkedHashMap<>();
		for (String property : schemas.path("ReportTaskRequest").path("properties").propertyNames()) {
			body.put(property, switch (property) {
				case "version" -> report.get("version").asInt();
				case "text" -> "区发改局要加快项目前期工作。";
				case "leadUnits", "coUnits" -> List.of();
				default -> "";
			});
		}
		assertThat(admin.post("/api/v1/reports/" + report.get("id").asLong() + "/tasks", body).status()).isEqualTo(201);
	}

	private HttpResponse<String> upload(String token, String fileName, byte[] content, String date) throws Exception {
		String boundary = "----luoshi-reports";
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		if (date != null) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"date\"\r\n\r\n" + date + "\r\n")
				.getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
				+ "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/reports"))
			.header("Authorization", "Bearer " + token)
			.header("Accept", "application/json, application/problem+json")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}
}
