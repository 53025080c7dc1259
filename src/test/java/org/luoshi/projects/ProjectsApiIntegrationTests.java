package org.luoshi.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.luoshi.support.ApiClient;
import org.luoshi.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * The key projects' API: who reads which projects and who writes, a project created, reported on, its blocker raised
 * once into a task whose light comes back, bad input and an import's bad rows as problems, photos checked by content.
 */
@IntegrationTest
class ProjectsApiIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void leadersSeeEveryProjectAUnitsHandlerItsUnitsAnEnterpriseNone() {
		assertThat(ApiClient.signIn(port, "demo-enterprise").get("/api/v1/projects").status()).isEqualTo(403);
		JsonNode all = ApiClient.signIn(port, "demo-leader").get("/api/v1/projects").json();
		assertThat(all.size()).isGreaterThanOrEqualTo(6);
		// 棠下镇's handler sees the projects 棠下镇 leads, the justice bureau's handler none of the demo's.
		JsonNode tangxia = ApiClient.signIn(port, "demo-town").get("/api/v1/projects").json();
		assertThat(tangxia.size()).isPositive();
		tangxia.forEach(project -> assertThat(project.get("leadUnitName").asString()).isEqualTo("棠下镇"));
		JsonNode justice = ApiClient.signIn(port, "demo-dept").get("/api/v1/projects").json();
		justice.forEach(project -> assertThat(project.get("leadUnitName").asString()).isEqualTo("区司法局"));
		long culture = idOf(all, "区文化中心");
		assertThat(ApiClient.signIn(port, "demo-dept").get("/api/v1/projects/" + culture).status()).isEqualTo(404);
		JsonNode blockers = ApiClient.signIn(port, "demo-leader").get("/api/v1/projects/" + culture + "/blockers").json();
		assertThat(blockers).anySatisfy(blocker -> {
			assertThat(blocker.get("status").asString()).isEqualTo("RAISED");
			assertThat(blocker.get("taskLight").asString()).isIn("green", "yellow", "red");
		});
		JsonNode overview = ApiClient.signIn(port, "demo-leader").get("/api/v1/projects/overview?period=2026-11").json();
		assertThat(overview.get("planned").decimalValue()).isPositive();
		assertThat(overview.get("openBlockers").size()).isPositive();
		assertThat(ApiClient.signIn(port, "demo-leader").get("/api/v1/platforms").json().size()).isGreaterThanOrEqualTo(4);
	}

	@Test
	void theOfficeCreatesAProjectTheLeadUnitReportsAndABlockerIsRaisedOnce() {
		ApiClient office = ApiClient.signIn(port, "demo-admin");
		ApiClient town = ApiClient.signIn(port, "demo-town");
		long tangxia = ApiClient.signIn(port, "demo-leader").get("/api/v1/projects?town=440703101").json().get(0).get("leadUnitId").asLong();
		Map<String, Object> project = new HashMap<>(Map.of("name", "接口测试项目" + System.nanoTime(), "townCode", "440703101", "leadUnitId", tangxia,
				"totalInvestment", 500, "year", LocalDate.now().getYear(), "planned", 200, "milestones",
				List.of(Map.of("kind", "SIGNED", "plannedOn", "2026-01-10", "actualOn", "2026-01-12"))));
		assertThat(ApiClient.signIn(port, "demo-leader").post("/api/v1/projects", project).status()).isEqualTo(403);
		ApiClient.Answer created = office.post("/api/v1/projects", project);
		assertThat(created.status()).isEqualTo(201);
		long id = created.json().get("id").asLong();
		assertThat(created.json().get("milestones").get(0).get("actualOn").asString()).isEqualTo("2026-01-12");

		YearMonth last = YearMonth.now().minusMonths(1);
		Map<String, Object> month = Map.of("year", last.getYear(), "month", last.getMonthValue(), "amount", 120, "source", "镇统计站");
		JsonNode investment = town.post("/api/v1/projects/" + id + "/investment", month).json();
		assertThat(investment.get("completedInYear").decimalValue()).isEqualByComparingTo("120");
		ApiClient.Answer tooMuch = town.inLanguage("en").post("/api/v1/projects/" + id + "/investment",
				Map.of("year", last.getYear(), "month", last.getMonthValue(), "amount", 501));
		assertThat(tooMuch.status()).isEqualTo(400);
		assertThat(tooMuch.body()).contains("above the total investment");
		assertThat(office.get("/api/v1/projects/" + id + "/investment").json().get("completedTotal").decimalValue()).isEqualByComparingTo("120");
		assertThat(ApiClient.signIn(port, "demo-dept").post("/api/v1/projects/" + id + "/investment", month).status()).isEqualTo(404);

		ApiClient.Answer blocker = town.post("/api/v1/projects/" + id + "/blockers", Map.of("text", "施工许可尚未办结"));
		assertThat(blocker.status()).isEqualTo(201);
		long blockerId = blocker.json().get("id").asLong();
		assertThat(town.post("/api/v1/projects/" + id + "/blockers/" + blockerId + "/raise", Map.of("deadline", LocalDate.now().plusDays(10).toString()))
			.status()).isEqualTo(403);
		JsonNode raised = office.post("/api/v1/projects/" + id + "/blockers/" + blockerId + "/raise",
				Map.of("deadline", LocalDate.now().plusDays(10).toString())).json();
		assertThat(raised.get("status").asString()).isEqualTo("RAISED");
		assertThat(raised.get("taskLight").asString()).isEqualTo("green");
		long taskId = raised.get("taskId").asLong();
		assertThat(office.get("/api/v1/tasks/" + taskId).json().get("sourceRef").asString()).isEqualTo(String.valueOf(id));
		ApiClient.Answer twice = office.post("/api/v1/projects/" + id + "/blockers/" + blockerId + "/raise",
				Map.of("deadline", LocalDate.now().plusDays(10).toString()));
		assertThat(twice.status()).isEqualTo(409);
		assertThat(twice.body()).contains("不能重复转办");

		// Photos: an image by its content, not a text renamed .png.
		byte[] png = java.util.Base64.getDecoder().decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
		assertThat(town.upload("/api/v1/projects/" + id + "/photos", "site.png", png).json().size()).isEqualTo(1);
		assertThat(town.upload("/api/v1/projects/" + id + "/photos", "fake.png", "not an image".getBytes(StandardCharsets.UTF_8)).status())
			.isEqualTo(400);
	}

	@Test
	void badInputAndAnImportsBadRowsComeBackAsProblems() {
		ApiClient office = ApiClient.signIn(port, "demo-admin").inLanguage("en");
		Map<String, Object> bad = new HashMap<>(Map.of("name", "坏数据项目" + System.nanoTime(), "townCode", "440104001", "leadUnitId", 999999,
				"totalInvestment", -5, "year", 2026));
		ApiClient.Answer refused = office.post("/api/v1/projects", bad);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).contains("Not one of the district’s towns", "No such lead unit", "must be above 0");
		String csv = "项目名称,期别,本月完成投资\n没有的项目,2026-01,5\n区文化中心,2026-01,abc\n";
		ApiClient.Answer rows = office.upload("/api/v1/projects/investment/import", "bad.csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(rows.status()).isEqualTo(400);
		assertThat(rows.body()).contains("row 2", "No such project", "row 3", "Not a number");
		assertThat(ApiClient.signIn(port, "demo-town").upload("/api/v1/projects/investment/import", "bad.csv", csv.getBytes(StandardCharsets.UTF_8))
			.status()).isEqualTo(403);
	}

	private static long idOf(JsonNode projects, String name) {
		for (JsonNode project : projects) {
			if (project.get("name").asString().equals(name)) {
				return project.get("id").asLong();
			}
		}
		throw new AssertionError(name);
	}
}
