package org.luoshi.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.luoshi.shared.database.DatabaseGauges;
import org.luoshi.support.ApiClient;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.PageSession;
import org.luoshi.shared.metrics.WorkDurations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Request ids from the header to the error body, metrics with histograms, and who may read them. */
@IntegrationTest
class ObservabilityIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	DatabaseGauges gauges;

	@Autowired
	io.micrometer.core.instrument.MeterRegistry registry;

	@Autowired
	org.luoshi.organization.internal.OrganizationImport organizationImport;

	final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void aRequestIdGivenByTheCallerComesBackInTheHeaderAndTheProblem() throws Exception {
		HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/no-such-thing"))
			.header("X-Request-Id", "lb-7f3a.42").build(), HttpResponse.BodyHandlers.ofString());

		assertThat(answer.headers().firstValue("X-Request-Id")).hasValue("lb-7f3a.42");
		assertThat(ApiClient.JSON.readTree(answer.body()).get("requestId").asString()).isEqualTo("lb-7f3a.42");
	}

	@Test
	void anUnusableRequestIdIsReplacedAndTheErrorPageShowsTheOneSent() throws Exception {
		HttpResponse<String> api = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/no-such-thing"))
			.header("X-Request-Id", "<script>").build(), HttpResponse.BodyHandlers.ofString());
		String generated = api.headers().firstValue("X-Request-Id").orElseThrow();
		assertThat(generated).matches("[0-9a-f]{16}");
		assertThat(ApiClient.JSON.readTree(api.body()).get("requestId").asString()).isEqualTo(generated);

		HttpResponse<byte[]> page = PageSession.signIn(port, "demo-admin").get("/no-such-page");
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(PageSession.text(page)).contains(page.headers().firstValue("X-Request-Id").orElseThrow());
	}

	@Test
	void metricsNeedAnOperatorAndCarryHistogramsAndTheApplicationsGauges() throws Exception {
		HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/prometheus")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(anonymous.statusCode()).isIn(302, 401, 403);
		assertThat(PageSession.signIn(port, "demo-town").get("/actuator/prometheus").statusCode()).isEqualTo(403);
		// The district office runs the work, not the platform (separation of duties): the system administrator reads metrics.
		assertThat(PageSession.signIn(port, "demo-admin").get("/actuator/prometheus").statusCode()).isEqualTo(403);
		HttpResponse<String> explorer = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/swagger-ui.html")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(explorer.statusCode()).as("Swagger UI needs a sign-in").isEqualTo(302);

		gauges.refresh();
		String metrics = PageSession.text(PageSession.signIn(port, "demo-sysadmin").get("/actuator/prometheus"));

		assertThat(metrics).contains("http_server_requests_seconds_bucket{")
			.containsPattern("luoshi_audit_chain_length [1-9]")
			.contains("luoshi_audit_unsealed ")
			.contains("luoshi_events_undelivered ")
			.contains("luoshi_outbox_pending ")
			.contains("luoshi_metrics_refresh_failed 0.0");
	}

	@Test
	void importsAndReadingAReportAreTimedWithTheirOutcome() {
		double refusedBefore = count(WorkDurations.IMPORT, "kind", "organization", "outcome", "refused");
		double readBefore = count(WorkDurations.REPORT_READING, "outcome", "done");

		assertThat(organizationImport.importWorkbook("人员名单.txt", "不是表格".getBytes(java.nio.charset.StandardCharsets.UTF_8)).succeeded())
			.isFalse();
		assertThat(org.luoshi.support.ApiClient.signIn(port, "demo-admin")
			.post("/api/v1/reports", java.util.Map.of("text", "一要推进园区建设，区发改局牵头，2027年6月底前完成。")).status()).isEqualTo(201);

		assertThat(count(WorkDurations.IMPORT, "kind", "organization", "outcome", "refused")).isEqualTo(refusedBefore + 1);
		assertThat(count(WorkDurations.REPORT_READING, "outcome", "done")).isEqualTo(readBefore + 1);
		String metrics = PageSession.text(PageSession.signIn(port, "demo-sysadmin").get("/actuator/prometheus"));
		assertThat(metrics).contains("luoshi_import_seconds_bucket{").contains("luoshi_report_reading_seconds_count{");
	}

	private double count(String timer, String... tags) {
		io.micrometer.core.instrument.Timer found = registry.find(timer).tags(tags).timer();
		return found == null ? 0 : found.count();
	}
}

