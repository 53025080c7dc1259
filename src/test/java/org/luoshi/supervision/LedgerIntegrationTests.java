package org.luoshi.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.luoshi.supervision.ledger.LedgerService;
import org.luoshi.supervision.ledger.ImportedTask;
import org.luoshi.supervision.ledger.LedgerReading;
import org.luoshi.supervision.ledger.TaskLedgerReader;
import org.luoshi.supervision.web.LedgerIntegrationFiles;
import org.luoshi.support.ApiClient;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.TestDatabaseEnvironment;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

@IntegrationTest
@Import(SupervisionFixtures.class)
class LedgerIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	SupervisionFixtures fixtures;

	@Autowired
	LedgerService ledger;

	@Autowired
	TaskQueries queries;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	io.micrometer.core.instrument.MeterRegistry registry;

	@Test
	void exportsTheBreakdownTableOfAGoalThatImportsBackIntoAnotherGoal() throws IOException {
		GoalDetails source = fixtures.goal("台账导出测试目标");
		fixtures.issued(source, "台账测试：建设公共法律服务站。", "区司法局", 60, "棠下镇");
		fixtures.issued(source, "台账测试：推进项目前期工作。", "区发改局", 90);

		ByteArrayOutputStream exported = new ByteArrayOutputStream();
		ledger.export(TaskFilter.ofGoal(source.id()), org.luoshi.supervision.ledger.LedgerLayout.BREAKDOWN, fixtures.supervisor(),
				exported);
		LedgerReading reading = new TaskLedgerReader().read(new ByteArrayInputStream(exported.toByteArray()));
		assertThat(reading.problems()).isEmpty();
		assertThat(reading.tasks()).extracting(ImportedTask::content).containsExactly("台账测试：建设公共法律服务站。", "台账测试：推进项目前期工作。");
		assertThat(reading.tasks().get(0).group()).isEqualTo("测试分组");
		assertThat(reading.tasks().get(0).coUnits()).containsExactly("棠下镇");

		GoalDetails target = fixtures.goal("台账导入测试目标");
		LedgerService.ImportResult imported = ledger.importInto(target.id(), exported.toByteArray(), true, fixtures.supervisor());
		assertThat(imported.problems()).isEmpty();
		assertThat(imported.imported()).isEqualTo(2);
		List<TaskSummary> tasks = queries.tasks(TaskFilter.ofGoal(target.id()), org.luoshi.shared.PageQuery.of(null, null, null, "number",
				TaskFilter.SORTABLE), fixtures.supervisor()).items();
		assertThat(tasks).extracting(TaskSummary::content).containsExactly("台账测试：建设公共法律服务站。", "台账测试：推进项目前期工作。");
		assertThat(tasks.get(0).leadUnit().name()).isEqualTo("区司法局");
		assertThat(tasks.get(0).coUnits()).extracting(UnitRef::name).containsExactly("棠下镇");
		assertThat(tasks.get(0).deadline()).isEqualTo(fixtures.today().plusDays(60));
		assertThat(tasks.get(0).tags()).containsExactly("测试分组");
		assertThat(tasks).allSatisfy(task -> assertThat(task.status()).isEqualTo(TaskStatus.ISSUED));
	}

	@Test
	void writesTheLedgerOneGoalASectionNumberedThroughWithThePersonResponsibleAndTheLight() throws IOException {
		GoalDetails first = fixtures.goal("台账分节测试目标甲");
		TaskDetails grouped = fixtures.issued(first, "台账分节：甲目标分组任务。", "区司法局", 60, "棠下镇");
		GoalDetails second = fixtures.goal("台账分节测试目标乙");
		TaskDetails ungrouped = fixtures.issued(second, "台账分节：乙目标无分组任务。", "区发改局", 30);
		fixtures.issued(second, "台账分节：乙目标分组任务。", "区发改局", 90);
		// Tags and the person responsible set in the table: what is tested is how the ledger writes them.
		jdbc.sql("UPDATE task SET tags = '{}' WHERE id = ?").param(ungrouped.id()).update();
		var staff = jdbc.sql("SELECT id, name FROM staff WHERE unit_id = ? AND active ORDER BY id LIMIT 1")
			.param(fixtures.unit("区司法局"))
			.query((rs, row) -> java.util.Map.entry(rs.getLong("id"), rs.getString("name")))
			.single();
		jdbc.sql("UPDATE task SET responsible_staff_id = ?, light = 'RED' WHERE id = ?").params(staff.getKey(), grouped.id()).update();

		ByteArrayOutputStream exported = new ByteArrayOutputStream();
		ledger.export(new TaskFilter(null, null, null, null, null, null, null, "台账分节", false),
				org.luoshi.supervision.ledger.LedgerLayout.LEDGER, fixtures.supervisor(), exported);

		List<List<String>> rows = LedgerIntegrationFiles.cells(exported.toByteArray());
		assertThat(rows.get(2)).containsExactly("序号", "任务内容", "牵头单位", "责任人", "协办单位", "完成时限", "进展情况", "状态", "亮灯");
		assertThat(rows.subList(3, rows.size())).extracting(row -> row.get(0) + "|" + row.get(1) + "|" + row.get(3) + "|" + row.get(7) + "|"
				+ row.get(8))
			.containsExactly("目标：台账分节测试目标甲||||", "一、测试分组||||",
					"1|台账分节：甲目标分组任务。|" + staff.getValue() + "|待签收|红灯",
					"目标：台账分节测试目标乙||||",
					"2|台账分节：乙目标无分组任务。||待签收|绿灯",
					"一、测试分组||||",
					"3|台账分节：乙目标分组任务。||待签收|绿灯");
		assertThat(rows.get(5).get(4)).isEqualTo("棠下镇");

		// Read back, the second goal's first task stands under no group: the goal's heading ends the first goal's groups.
		LedgerReading reading = new TaskLedgerReader().read(new ByteArrayInputStream(exported.toByteArray()));
		assertThat(reading.problems()).isEmpty();
		assertThat(reading.tasks()).extracting(task -> task.content() + "|" + task.group())
			.containsExactly("台账分节：甲目标分组任务。|测试分组", "台账分节：乙目标无分组任务。|null", "台账分节：乙目标分组任务。|测试分组");
	}

	@Test
	void theTemplateImportsAsItComesWithItsExamplesDueAfterToday() throws IOException {
		ByteArrayOutputStream template = new ByteArrayOutputStream();
		ledger.template(template);
		LedgerReading reading = new TaskLedgerReader().read(new ByteArrayInputStream(template.toByteArray()));
		assertThat(reading.tasks()).hasSize(2).allSatisfy(task -> assertThat(task.deadline()).isAfter(fixtures.today()));

		GoalDetails goal = fixtures.goal("台账模板导入目标");
		LedgerService.ImportResult imported = ledger.importInto(goal.id(), template.toByteArray(), false, fixtures.supervisor());
		assertThat(imported.problems()).isEmpty();
		assertThat(imported.imported()).isEqualTo(2);
	}

	@Test
	void importsNothingWhileAnyRowIsWrongAndSaysWhereEachProblemIs() throws IOException {
		GoalDetails goal = fixtures.goal("台账导入校验目标");
		long before = jdbc.sql("SELECT count(*) FROM task").query(Long.class).single();
		String future = fixtures.today().plusDays(30).toString();
		byte[] file = LedgerIntegrationFiles.breakdownTable(List.of(
				new String[] { "1", "正确的一行。", "区司法局", "棠下镇", future },
				new String[] { "2", "牵头单位写错的一行。", "区不存在局", "", future },
				new String[] { "3", "时限已过的一行。", "区发改局", "", "2020-01-01" },
				new String[] { "4", "时限写错的一行。", "区发改局", "", "明年" }));

		double refusedBefore = refusedImports();
		LedgerService.ImportResult result = ledger.importInto(goal.id(), file, true, fixtures.supervisor());

		assertThat(refusedImports()).as("timed as a refused import").isEqualTo(refusedBefore + 1);
		assertThat(result.imported()).isZero();
		assertThat(result.problems()).extracting(problem -> problem.row() + " " + problem.column() + " " + problem.messageKey())
			.containsExactly("5 牵头单位 supervision.ledger.unit.unknown", "6 完成时限 supervision.ledger.deadline.past",
					"7 完成时限 supervision.ledger.deadline.invalid");
		assertThat(jdbc.sql("SELECT count(*) FROM task").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void exportsOnlyTheCallersTasksOverTheApiAndImportsWithRowErrors() throws Exception {
		GoalDetails goal = fixtures.goal("台账接口测试目标");
		fixtures.issued(goal, "接口台账：司法局任务。", "区司法局", 30);
		fixtures.issued(goal, "接口台账：发改局任务。", "区发改局", 30);

		ApiClient.Download ofJustice = ApiClient.signIn(port, "demo-dept").download("/api/v1/tasks/export.xlsx?layout=ledger&goal=" + goal.id());
		assertThat(ofJustice.status()).isEqualTo(200);
		assertThat(ofJustice.headers().firstValue("Content-Disposition").orElseThrow()).contains(".xlsx");
		LedgerReading reading = new TaskLedgerReader().read(new ByteArrayInputStream(ofJustice.body()));
		assertThat(reading.tasks()).extracting(ImportedTask::content).containsExactly("接口台账：司法局任务。");

		assertThat(ApiClient.signIn(port, "demo-admin").get("/api/v1/tasks/export.xlsx?layout=sideways").status()).isEqualTo(400);

		byte[] file = LedgerIntegrationFiles.breakdownTable(List.<String[]>of(new String[] { "1", "接口导入：单位写错。", "区不存在局", "", "2099-01-01" }));
		HttpResponse<String> refused = multipartImport(goal.id(), file, "demo-admin");
		assertThat(refused.statusCode()).isEqualTo(400);
		JsonNode problem = ApiClient.JSON.readTree(refused.body());
		assertThat(problem.path("errors").get(0).get("field").asString()).isEqualTo("row 4 牵头单位");
		assertThat(multipartImport(goal.id(), file, "demo-dept").statusCode()).isEqualTo(403);
	}

	private HttpResponse<String> multipartImport(long goalId, byte[] file, String username) throws Exception {
		String token = ApiClient.JSON.readTree(HttpClient.newHttpClient().send(HttpRequest.newBuilder(
				URI.create("http://localhost:" + port + "/api/v1/auth/token"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username + "\",\"password\":\"" + TestDatabaseEnvironment.DEMO_PASSWORD
					+ "\"}"))
			.build(), HttpResponse.BodyHandlers.ofString()).body()).get("token").asString();
		String boundary = "----" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"goalId\"\r\n\r\n" + goalId + "\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"t.xlsx\"\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(file);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/tasks/import"))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private double refusedImports() {
		io.micrometer.core.instrument.Timer timer = registry.find(org.luoshi.shared.metrics.WorkDurations.IMPORT)
			.tags("kind", "ledger", "outcome", "refused").timer();
		return timer == null ? 0 : timer.count();
	}
}
