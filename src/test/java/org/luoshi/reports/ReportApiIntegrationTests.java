package org.luoshi.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.luoshi.reports.ReportDraftFixtures.CONFERENCE;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
