package org.luoshi.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.supervision.TaskCommands.RequestCompletion;
import org.luoshi.supervision.TaskCommands.RequestExtension;
import org.luoshi.support.ApiClient;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.Messages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * The API applies the services' rules: every endpoint called by each demo role, and by a unit the task is not theirs.
 * A caller without supervision rights gets 403, another unit's task is 404 (exactly like a missing one), a role that
 * may not take a step gets 403, and only the right one succeeds. Refusals change nothing.
 */
@IntegrationTest
@Import(SupervisionFixtures.class)
class SupervisionApiIntegrationTests {

	@Autowired
	Messages messages;

	@LocalServerPort
	int port;

	@Autowired
	SupervisionFixtures fixtures;

	@Autowired
	TaskManagement tasks;

	@Autowired
	JdbcClient jdbc;

	Map<String, ApiClient> clients;
	GoalDetails goal;

	@BeforeEach
	void signIn() {
		clients = new LinkedHashMap<>();
		for (String username : List.of("demo-admin", "demo-leader", "demo-dept", "demo-town", "demo-auditor")) {
			clients.put(username, ApiClient.signIn(port, username));
		}
		goal = fixtures.goal("接口权限测试目标");
	}

	/** One step: how to bring a fresh task to where the step applies, the call, and who may take it. */
	record Step(String name, Function<TaskDetails, TaskDetails> prepare, String method, String path, Object body, String allowed,
			int success) {
	}

	@Test
	void everyStepAnswersEachRoleAndOtherUnitsAsTheRulesSay() {
		String later = LocalDate.now().plusDays(90).toString();
		List<Step> steps = List.of(
				new Step("read", this::issued, "GET", "/api/v1/tasks/{id}", null, "*", 200),
				new Step("timeline", this::issued, "GET", "/api/v1/tasks/{id}/timeline", null, "*", 200),
				new Step("actions", this::issued, "GET", "/api/v1/tasks/{id}/actions", null, "*", 200),
				new Step("sign", this::issued, "POST", "/api/v1/tasks/{id}/sign", Map.of(), "demo-dept", 200),
				new Step("return", this::issued, "POST", "/api/v1/tasks/{id}/return", Map.of("reason", "不属于本单位职责。"), "demo-dept", 200),
				new Step("progress", this::signed, "POST", "/api/v1/tasks/{id}/progress", Map.of("text", "已完成一半。", "percent", 50),
						"demo-dept", 200),
				new Step("complete", this::signed, "POST", "/api/v1/tasks/{id}/complete", Map.of("text", "已完成。"), "demo-dept", 400),
				new Step("extension", this::signed, "POST", "/api/v1/tasks/{id}/extension", Map.of("newDeadline", later, "reason",
						"需要更多时间。"), "demo-dept", 200),
				new Step("review", this::completionRequested, "POST", "/api/v1/tasks/{id}/review", Map.of("approve", true),
						"demo-admin", 200),
				new Step("decide extension", this::extensionRequested, "POST", "/api/v1/tasks/{id}/extension/decision",
						Map.of("approve", false, "note", "时限不变。"), "demo-admin", 200),
				new Step("remind", this::signed, "POST", "/api/v1/tasks/{id}/reminders", Map.of("text", "请抓紧。"), "demo-admin", 200),
				new Step("notice", this::signed, "POST", "/api/v1/tasks/{id}/notices", Map.of("issues", "进度滞后。", "requirements",
						"限期整改。", "replyDue", later), "demo-admin", 201),
				new Step("instruct", this::signed, "POST", "/api/v1/tasks/{id}/instructions", Map.of("text", "请抓紧落实。"),
						"demo-leader", 200),
				new Step("cancel", this::issued, "POST", "/api/v1/tasks/{id}/cancel", Map.of("version", 999, "reason", "不再需要。"),
						"demo-admin", 409));

		for (Step step : steps) {
			TaskDetails task = step.prepare().apply(fixtures.issued(goal, "接口测试：" + step.name(), "区司法局", 30));
			String path = step.path().replace("{id}", String.valueOf(task.id()));
			for (Map.Entry<String, ApiClient> caller : clients.entrySet()) {
				String username = caller.getKey();
				if (username.equals(step.allowed()) || ("*".equals(step.allowed()) && !username.equals("demo-town")
						&& !username.equals("demo-auditor"))) {
					continue;
				}
				int expected = username.equals("demo-auditor") ? 403 : username.equals("demo-town") ? 404 : 403;
				ApiClient.Answer answer = call(caller.getValue(), step.method(), path, step.body());
				assertThat(answer.status()).as("%s by %s: %s", step.name(), username, answer.body()).isEqualTo(expected);
				assertThat(answer.contentType()).as("%s by %s", step.name(), username).startsWith("application/problem+json");
				assertThat(version(task.id())).as("%s by %s changed the task", step.name(), username).isEqualTo(task.version());
			}
			List<String> allowed = "*".equals(step.allowed()) ? List.of("demo-admin", "demo-leader", "demo-dept") : List.of(step.allowed());
			for (String username : allowed) {
				ApiClient.Answer answer = call(clients.get(username), step.method(), path, step.body());
				assertThat(answer.status()).as("%s by %s: %s", step.name(), username, answer.body()).isEqualTo(step.success());
			}
		}
	}

	@Test
	void listsOnlyTheTasksOfTheCallersScopeWithLightAndUnitsByIdAndName() {
		TaskDetails justice = fixtures.issued(goal, "接口列表测试：司法局的任务", "区司法局", 30, "棠下镇");
		TaskDetails development = fixtures.issued(goal, "接口列表测试：发改局的任务", "区发改局", 30);

		JsonNode ofJustice = clients.get("demo-dept").get("/api/v1/tasks?goal=" + goal.id() + "&size=200").json();
		assertThat(ids(ofJustice)).contains(justice.id()).doesNotContain(development.id());
		JsonNode ofTangxia = clients.get("demo-town").get("/api/v1/tasks?goal=" + goal.id() + "&size=200").json();
		assertThat(ids(ofTangxia)).contains(justice.id()).doesNotContain(development.id());
		JsonNode all = clients.get("demo-leader").get("/api/v1/tasks?goal=" + goal.id() + "&light=green&size=200").json();
		assertThat(ids(all)).contains(justice.id(), development.id());

		JsonNode task = clients.get("demo-dept").get("/api/v1/tasks/" + justice.id()).json();
		assertThat(task.get("light").asString()).isEqualTo("green");
		assertThat(task.path("leadUnit").path("id").asLong()).isEqualTo(fixtures.unit("区司法局"));
		assertThat(task.path("leadUnit").path("name").asString()).isEqualTo("区司法局");
		assertThat(task.path("coUnits").get(0).path("name").asString()).isEqualTo("棠下镇");

		assertThat(clients.get("demo-town").get("/api/v1/tasks/" + development.id()).status()).isEqualTo(404);
		assertThat(clients.get("demo-town").get("/api/v1/tasks/999999999").status()).isEqualTo(404);
		assertThat(clients.get("demo-auditor").get("/api/v1/tasks").status()).isEqualTo(403);
	}

	@Test
	void refusesBadFiltersAndBadBodiesWithEveryFieldAndChangesNothing() {
		ApiClient.Answer badFilter = clients.get("demo-admin").get("/api/v1/tasks?light=purple&dueFrom=yesterday&status=DONE");
		assertThat(badFilter.status()).isEqualTo(400);
		assertThat(badFilter.json().path("errors").findValuesAsString("field")).containsExactlyInAnyOrder("light", "dueFrom", "status");
		ApiClient.Answer badGoal = clients.get("demo-admin").get("/api/v1/tasks?goal=abc");
		assertThat(badGoal.status()).isEqualTo(400);
		assertThat(badGoal.json().path("errors").findValuesAsString("field")).containsExactly("goal");

		long before = jdbc.sql("SELECT count(*) FROM task").query(Long.class).single();
		ApiClient.Answer badTask = clients.get("demo-admin").inLanguage("en").post("/api/v1/tasks", Map.of("goalId", goal.id(),
				"content", "", "deadline", "2020-01-01", "issue", true, "priority", "URGENT"));
		assertThat(badTask.status()).isEqualTo(400);
		assertThat(badTask.json().path("errors").findValuesAsString("field")).contains("priority");
		assertThat(jdbc.sql("SELECT count(*) FROM task").query(Long.class).single()).isEqualTo(before);

		ApiClient.Answer badDates = clients.get("demo-admin").inLanguage("en").post("/api/v1/tasks", Map.of("goalId", goal.id(),
				"content", "", "deadline", "2020-01-01", "issue", true));
		assertThat(badDates.json().path("errors").findValuesAsString("field")).containsExactlyInAnyOrder("content", "leadUnitId",
				"deadline");
		assertThat(badDates.json().path("errors").findValuesAsString("message")).contains(messages.en("supervision.task.deadline.past"));
	}

	@Test
	void createsIssuesAndEditsATaskWithOptimisticLocking() {
		ApiClient admin = clients.get("demo-admin");
		ApiClient.Answer created = admin.post("/api/v1/tasks", Map.of("goalId", goal.id(), "content", "接口新建任务：完善企业法律服务清单。",
				"leadUnitId", fixtures.unit("区司法局"), "coUnitIds", List.of(fixtures.unit("区工商联")), "deadline",
				LocalDate.now().plusDays(45).toString(), "issue", true, "tags", List.of("法治护航"), "reportCycle", "weekly"));
		assertThat(created.status()).isEqualTo(201);
		JsonNode task = created.json();
		long id = task.get("id").asLong();
		assertThat(task.get("status").asString()).isEqualTo("ISSUED");
		assertThat(task.get("reportCycle").asString()).isEqualTo("WEEKLY");
		assertThat(task.get("source").asString()).isEqualTo("MANUAL");

		ApiClient.Answer instructed = admin.post("/api/v1/tasks", Map.of("goalId", goal.id(), "content", "接口批示任务：协调解决企业用电。",
				"leadUnitId", fixtures.unit("区工信局"), "deadline", LocalDate.now().plusDays(20).toString(), "issue", true, "source",
				"instruction", "sourceRef", "区领导批示〔2026〕12号"));
		assertThat(instructed.status()).isEqualTo(201);
		assertThat(instructed.json().get("source").asString()).isEqualTo("INSTRUCTION");
		assertThat(instructed.json().get("sourceRef").asString()).isEqualTo("区领导批示〔2026〕12号");
		assertThat(admin.post("/api/v1/tasks", Map.of("goalId", goal.id(), "content", "冒充会议部署。", "source", "REPORT")).status())
			.isEqualTo(400);

		Map<String, Object> edit = new LinkedHashMap<>();
		edit.put("content", "接口新建任务：完善并公布企业法律服务清单。");
		edit.put("leadUnitId", fixtures.unit("区司法局"));
		edit.put("deadline", LocalDate.now().plusDays(60).toString());
		edit.put("version", task.get("version").asInt());
		ApiClient.Answer first = admin.put("/api/v1/tasks/" + id, edit);
		assertThat(first.status()).isEqualTo(200);
		assertThat(first.json().get("originalDeadline").asString()).isEqualTo(LocalDate.now().plusDays(45).toString());

		edit.put("content", "第二个人的修改。");
		ApiClient.Answer second = admin.put("/api/v1/tasks/" + id, edit);
		assertThat(second.status()).isEqualTo(409);
		assertThat(admin.get("/api/v1/tasks/" + id).json().get("content").asString()).isEqualTo("接口新建任务：完善并公布企业法律服务清单。");
	}

	@Test
	void uploadsEvidenceReportsWithItAndServesItWithItsChecksumToThoseWhoSeeTheTask() {
		TaskDetails task = signed(fixtures.issued(goal, "接口证据测试任务", "区司法局", 30));
		ApiClient justice = clients.get("demo-dept");

		ApiClient.Answer uploaded = justice.upload("/api/v1/evidence", "会议纪要.txt", "纪要全文".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(uploaded.status()).isEqualTo(201);
		long fileId = uploaded.json().get("id").asLong();
		assertThat(uploaded.json().get("sha256").asString()).hasSize(64);
		assertThat(clients.get("demo-admin").download("/api/v1/evidence/" + fileId).status()).isEqualTo(404);

		ApiClient.Answer completed = justice.post("/api/v1/tasks/" + task.id() + "/complete", Map.of("text", "已完成。", "evidence",
				List.of(fileId)));
		assertThat(completed.status()).isEqualTo(200);
		assertThat(completed.json().get("status").asString()).isEqualTo("COMPLETION_REQUESTED");

		ApiClient.Download file = clients.get("demo-admin").download("/api/v1/evidence/" + fileId);
		assertThat(file.status()).isEqualTo(200);
		assertThat(new String(file.body(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("纪要全文");
		assertThat(file.headers().firstValue("Repr-Digest").orElseThrow()).startsWith("sha-256=:");
		assertThat(clients.get("demo-town").download("/api/v1/evidence/" + fileId).status()).isEqualTo(404);

		ApiClient.Answer reused = justice.post("/api/v1/tasks/" + task.id() + "/progress", Map.of("text", "再用一次。", "percent", 10,
				"evidence", List.of(fileId)));
		assertThat(reused.status()).isEqualTo(409);
	}

	@Test
	void printsASupervisionNoticeAsAPdfForThoseWhoSeeTheTask() throws Exception {
		TaskDetails task = signed(fixtures.issued(goal, "接口督办单测试任务：推进法律服务进园区", "区司法局", 30));
		ApiClient.Answer notice = clients.get("demo-admin").post("/api/v1/tasks/" + task.id() + "/notices", Map.of("issues",
				"进度明显滞后。", "requirements", "请于五个工作日内报送整改方案。", "replyDue", LocalDate.now().plusDays(5).toString()));
		assertThat(notice.status()).isEqualTo(201);
		String pdfPath = notice.json().get("pdf").asString();

		ApiClient.Download pdf = clients.get("demo-dept").download(pdfPath);
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
		try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
			String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
			assertThat(text).contains(messages.zh("supervision.notice.pdf.title")).contains(notice.json().path("notice").get("number").asString())
				.contains("江门市蓬江区司法局").contains("进度明显滞后");
		}
		assertThat(clients.get("demo-town").download(pdfPath).status()).isEqualTo(404);
	}

	@Test
	void describesEverySupervisionEndpointInTheOpenApiDocument() {
		JsonNode paths = clients.get("demo-admin").get("/v3/api-docs").json().path("paths");
		for (String path : List.of("/api/v1/goals", "/api/v1/goals/{id}", "/api/v1/goals/{id}/issue", "/api/v1/tasks", "/api/v1/tasks/{id}",
				"/api/v1/tasks/{id}/sign", "/api/v1/tasks/{id}/return", "/api/v1/tasks/{id}/progress", "/api/v1/tasks/{id}/complete",
				"/api/v1/tasks/{id}/review", "/api/v1/tasks/{id}/extension", "/api/v1/tasks/{id}/extension/decision",
				"/api/v1/tasks/{id}/instructions", "/api/v1/tasks/{id}/reminders", "/api/v1/tasks/{id}/notices",
				"/api/v1/tasks/{id}/timeline", "/api/v1/tasks/export.xlsx", "/api/v1/tasks/import", "/api/v1/evidence",
				"/api/v1/evidence/{id}", "/api/v1/notices/{id}", "/api/v1/notices/{id}/pdf")) {
			assertThat(paths.has(path)).as(path).isTrue();
		}
		assertThat(paths.path("/api/v1/tasks").path("get").path("parameters").findValuesAsString("name"))
			.contains("goal", "unit", "status", "light", "group", "dueFrom", "dueTo", "q", "page", "size", "sort");
	}

	private ApiClient.Answer call(ApiClient client, String method, String path, Object body) {
		return switch (method) {
			case "GET" -> client.get(path);
			case "POST" -> client.post(path, body);
			default -> throw new IllegalArgumentException(method);
		};
	}

	private int version(long taskId) {
		return jdbc.sql("SELECT version FROM task WHERE id = ?").param(taskId).query(Integer.class).single();
	}

	private static List<Long> ids(JsonNode page) {
		return page.path("items").valueStream().map(item -> item.get("id").asLong()).toList();
	}

	private TaskDetails issued(TaskDetails task) {
		return task;
	}

	private TaskDetails signed(TaskDetails task) {
		return tasks.sign(task.id(), fixtures.justice());
	}

	private TaskDetails completionRequested(TaskDetails task) {
		signed(task);
		EvidenceFile file = fixtures.evidence("完成证明.txt", fixtures.justice());
		return tasks.requestCompletion(new RequestCompletion(task.id(), "已完成。", List.of(file.id())), fixtures.justice());
	}

	private TaskDetails extensionRequested(TaskDetails task) {
		signed(task);
		return tasks.requestExtension(new RequestExtension(task.id(), LocalDate.now().plusDays(80).toString(), "需要更多时间。"),
				fixtures.justice());
	}
}
