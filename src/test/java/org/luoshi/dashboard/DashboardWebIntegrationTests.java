package org.luoshi.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.luoshi.support.ApiClient;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.Messages;
import org.luoshi.support.PageSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * The dashboard over HTTP: the page frame and its parts, each a fragment of its own (a refused part a small box, never
 * an error page), a month that is none, the API of all parts and of each, and the A4 snapshot, audited as an export.
 */
@IntegrationTest
class DashboardWebIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Messages messages;

	@Test
	void thePageIsAFrameWhosePartsLoadThemselvesAndAMonthThatIsNoneShowsThisMonthSayingSo() {
		PageSession leader = PageSession.signIn(port, "demo-leader");
		HttpResponse<byte[]> page = leader.get("/dashboard?period=2026-10");
		assertThat(page.statusCode()).isEqualTo(200);
		String html = PageSession.text(page);
		for (String part : new String[] { "gdp", "towns", "tasks", "demands", "legal", "projects" }) {
			assertThat(html).contains("id=\"part-" + part + "\"", "hx-get=\"/dashboard/parts/" + part + "?period=2026-10");
		}
		assertThat(html).contains("hx-trigger=\"load\"");

		HttpResponse<byte[]> bad = leader.get("/dashboard?period=2026-13");
		assertThat(bad.statusCode()).isEqualTo(200);
		assertThat(PageSession.text(bad)).contains("id=\"dashboard-problems\"", messages.zh("dashboard.period.invalid", "2026-13"));
	}

	@Test
	void eachPartIsAFragmentAndARefusedPartIsASmallBoxNotAnErrorPage() {
		PageSession leader = PageSession.signIn(port, "demo-leader");
		String gdp = PageSession.text(leader.get("/dashboard/parts/gdp?period=2026-10"));
		assertThat(gdp).contains("id=\"dashboard-gdp\"", "id=\"gdp-attainment\"", "4.80%").doesNotContain("<html");
		String towns = PageSession.text(leader.get("/dashboard/parts/towns?period=2026-10&indicator=GDP"));
		assertThat(towns).contains("id=\"town-grid\"", "id=\"town-440703102\"", "荷塘镇", "data-sortable");
		assertThat(PageSession.text(leader.get("/dashboard/parts/tasks"))).contains("id=\"tasks-red\"", "/supervision/tasks?light=RED");
		String demands = PageSession.text(leader.get("/dashboard/parts/demands"));
		assertThat(demands).contains("id=\"demand-rates\"", "/demands?unit=");

		// A unit's rates lead to the demands it handles, and only those.
		java.util.regex.Matcher unit = java.util.regex.Pattern.compile("data-unit-id=\"(\\d+)\"").matcher(demands);
		assertThat(unit.find()).isTrue();
		String unitId = unit.group(1);
		String unitsDemands = PageSession.text(leader.get("/demands?unit=" + unitId));
		assertThat(unitsDemands).contains("id=\"demand-unit-filter\"", "name=\"unit\" value=\"" + unitId + "\"");
		long handledByOthers = jdbc.sql("SELECT count(*) FROM demand WHERE handling_unit_id IS DISTINCT FROM ?").param(Long.parseLong(unitId))
			.query(Long.class).single();
		long all = jdbc.sql("SELECT count(*) FROM demand").query(Long.class).single();
		assertThat(handledByOthers).as("the demo has demands of other units, which the filtered list leaves out").isPositive().isLessThan(all);
		jdbc.sql("SELECT number FROM demand WHERE handling_unit_id IS DISTINCT FROM ? ORDER BY raised_at DESC LIMIT 5").param(Long.parseLong(unitId))
			.query(String.class).list().forEach(number -> assertThat(unitsDemands).doesNotContain(number));
		assertThat(unitsDemands).contains(jdbc.sql("SELECT number FROM demand WHERE handling_unit_id = ? ORDER BY raised_at DESC LIMIT 1")
			.param(Long.parseLong(unitId)).query(String.class).single());

		// A leader reads the month's legal services as the bureau counts them, every point.
		HttpResponse<byte[]> legal = leader.get("/dashboard/parts/legal?period=2026-10");
		assertThat(legal.statusCode()).isEqualTo(200);
		assertThat(PageSession.text(legal)).contains("id=\"dashboard-legal\"").doesNotContain("data-outcome=\"FORBIDDEN\"");

		assertThat(leader.get("/dashboard/parts/no-such-part").statusCode()).isEqualTo(404);
		// A unit's handler may not open the dashboard at all.
		assertThat(PageSession.signIn(port, "demo-town").get("/dashboard").statusCode()).isEqualTo(403);
	}

	@Test
	void theApiAnswersEveryPartAtOnceNamingThoseUnavailableAndEachPartAlone() {
		ApiClient leader = ApiClient.signIn(port, "demo-leader");
		ApiClient.Answer all = leader.get("/api/v1/dashboard?period=2026-10");
		assertThat(all.status()).isEqualTo(200);
		JsonNode json = all.json();
		assertThat(json.get("period").asText()).isEqualTo("2026-10");
		assertThat(json.get("gdp").get("asOfMonth").asInt()).isEqualTo(9);
		assertThat(json.get("gdp").get("light").asText()).isIn("GREEN", "AMBER", "RED");
		assertThat(json.get("towns").get("towns").size()).isGreaterThanOrEqualTo(6);
		assertThat(json.get("tasks").get("total").get("open").asInt()).isPositive();
		assertThat(json.get("demands").get("units").isArray()).isTrue();
		assertThat(json.get("legal").get("points").isArray()).isTrue();
		assertThat(json.get("projects").get("projects").asInt()).isPositive();
		assertThat(json.get("unavailable").toString()).isEqualTo("[]");

		ApiClient.Answer towns = leader.get("/api/v1/dashboard/towns?period=2026-10&indicator=GDP");
		assertThat(towns.status()).isEqualTo(200);
		assertThat(towns.json().get("indicator").get("code").asText()).isEqualTo("GDP");
		assertThat(leader.get("/api/v1/dashboard/gdp?period=2026-10").json().get("growthSoFarPct").asDouble()).isEqualTo(4.8);
		assertThat(leader.get("/api/v1/dashboard/legal").status()).isEqualTo(200);
		JsonNode projects = leader.get("/api/v1/dashboard/projects?period=2026-10").json();
		// The demo's blocker raised into a task shows that task's light; those not raised show none.
		assertThat(projects.get("openBlockers").valueStream().filter(blocker -> !blocker.get("taskId").isNull())
			.map(blocker -> blocker.get("taskLight").asString()).toList()).isNotEmpty().allMatch(light -> java.util.List.of("green", "yellow", "red").contains(light));
		assertThat(ApiClient.signIn(port, "demo-justice").get("/api/v1/dashboard/projects").status()).isEqualTo(403);

		ApiClient justice = ApiClient.signIn(port, "demo-justice");
		assertThat(justice.get("/api/v1/dashboard").status()).isEqualTo(403);

		ApiClient.Answer bad = leader.get("/api/v1/dashboard?period=2026-13");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.contentType()).startsWith("application/problem+json");
	}

	@Test
	void theSnapshotIsAnA4PdfWithTheGdpFiguresAndIsAuditedAsAnExport() throws IOException {
		long mark = jdbc.sql("SELECT coalesce(max(id), 0) FROM audit_entry").query(Long.class).single();
		PageSession office = PageSession.signIn(port, "demo-admin");
		HttpResponse<byte[]> pdf = office.get("/dashboard/snapshot.pdf?period=2026-10");
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
		assertThat(pdf.headers().firstValue("Content-Disposition").orElse("")).contains("attachment", "dashboard-2026-10.pdf");
		assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
			assertThat(document.getPage(0).getMediaBox().getWidth()).isBetween(594f, 596f);
			assertThat(text).contains("领导驾驶舱数据快照", "2026年10月", "地区生产总值", "4.80%", "荷塘镇", "督办任务", "三率");
		}
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE id > ? AND action = 'dashboard.snapshot.exported' AND actor_username = 'demo-admin'")
			.param(mark).query(Long.class).single()).isEqualTo(1);
	}
}
