package org.luoshi.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.Messages;
import org.luoshi.support.PageSession;
import org.luoshi.support.PageSession.FilePart;
import org.luoshi.supervision.TaskCommands.UpdateTask;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** The goal and task pages through HTTP as the demo people use them: who sees what, refusals, evidence, conflicts. */
@IntegrationTest
@Import(SupervisionFixtures.class)
class TaskPagesIntegrationTests {

	@Autowired
	Messages messages;

	@LocalServerPort
	int port;

	@Autowired
	SupervisionFixtures fixtures;

	@Autowired
	TaskManagement tasks;

	@Autowired
	TaskQueries queries;

	@Test
	void answersThePagesByRoleAndScope() {
		GoalDetails goal = fixtures.goal("页面权限测试目标");
		TaskDetails task = fixtures.issued(goal, "推进法律援助工作站规范化建设。", "区司法局", 30);
		String page = "/supervision/tasks/" + task.id();

		PageSession admin = PageSession.signIn(port, "demo-admin");
		for (String path : List.of(page, page + "/edit", "/supervision/tasks", "/supervision/goals", "/supervision/goals/" + goal.id(),
				"/supervision/goals/new", "/supervision/goals/" + goal.id() + "/edit", "/supervision/tasks/new?goal=" + goal.id())) {
			assertThat(admin.get(path).statusCode()).as(path).isEqualTo(200);
		}
		PageSession dept = PageSession.signIn(port, "demo-dept");
		assertThat(text(dept.get(page))).contains("推进法律援助工作站规范化建设。").contains("id=\"action-sign\"");
		assertThat(dept.get("/supervision/goals/" + goal.id()).statusCode()).isEqualTo(200);
		assertThat(dept.get(page + "/edit").statusCode()).isEqualTo(403);
		assertThat(dept.get("/supervision/tasks/new?goal=" + goal.id()).statusCode()).isEqualTo(403);

		PageSession town = PageSession.signIn(port, "demo-town");
		assertThat(town.get(page).statusCode()).isEqualTo(404);
		assertThat(town.get("/supervision/goals/" + goal.id()).statusCode()).isEqualTo(404);
		assertThat(text(town.get("/supervision/tasks"))).doesNotContain("推进法律援助工作站规范化建设。");

		PageSession auditor = PageSession.signIn(port, "demo-auditor");
		for (String path : List.of(page, "/supervision/tasks", "/supervision/goals", "/supervision/goals/" + goal.id())) {
			assertThat(auditor.get(path).statusCode()).as(path).isEqualTo(403);
		}

		assertThat(text(PageSession.signIn(port, "demo-leader").get(page))).contains("id=\"instruction-text\"").doesNotContain("id=\"action-sign\"");
	}

	@Test
	void keepsTheTextAndTheUploadedFileOfARefusedProgressReport() {
		TaskDetails task = fixtures.inProgress(fixtures.goal("进展退回测试目标"), "建设公共法律服务中心。", 40);
		PageSession dept = PageSession.signIn(port, "demo-dept");
		String page = "/supervision/tasks/" + task.id();

		HttpResponse<byte[]> refused = dept.postMultipart(page + "/progress", page,
				List.of(Map.entry("text", "本周完成选址论证。"), Map.entry("percent", "150")),
				List.of(new FilePart("files", "选址论证.txt", "text/plain", "论证材料".getBytes(StandardCharsets.UTF_8))));

		assertThat(refused.statusCode()).isEqualTo(200);
		String body = text(refused);
		assertThat(body).contains(messages.zh("supervision.progress.percent.range")).contains(">本周完成选址论证。</textarea>");
		EvidenceFile kept = tasks.unattachedEvidence(fixtures.justice()).stream().filter(file -> file.name().equals("选址论证.txt"))
			.findFirst().orElseThrow();
		assertThat(body).containsPattern("id=\"progress-evidence-" + kept.id() + "\"\\s+checked");
		assertThat(queries.timeline(task.id(), fixtures.justice())).extracting(TimelineEntry::kind).doesNotContain(TaskEventKind.PROGRESS);

		HttpResponse<byte[]> accepted = dept.post(page + "/progress", page, List.of(Map.entry("text", "本周完成选址论证。"),
				Map.entry("percent", "30"), Map.entry("evidence", String.valueOf(kept.id()))));
		assertThat(accepted.statusCode()).isEqualTo(302);
		assertThat(text(dept.get(page))).contains(messages.zh("tasks.done.progress")).contains("选址论证.txt");
	}

	@Test
	void servesUploadedEvidenceWithItsDigestToThoseWhoSeeTheTask() throws Exception {
		TaskDetails task = fixtures.inProgress(fixtures.goal("佐证下载测试目标"), "规范人民调解委员会建设。", 40);
		PageSession dept = PageSession.signIn(port, "demo-dept");
		String page = "/supervision/tasks/" + task.id();
		byte[] content = "调解委员会名单与制度汇编".getBytes(StandardCharsets.UTF_8);

		HttpResponse<byte[]> reported = dept.postMultipart(page + "/progress", page,
				List.of(Map.entry("text", "已完成制度汇编。"), Map.entry("percent", "60")),
				List.of(new FilePart("files", "制度 汇编.txt", "text/plain", content)));
		assertThat(reported.statusCode()).isEqualTo(302);

		EvidenceFile file = queries.timeline(task.id(), fixtures.justice()).stream()
			.filter(entry -> entry.kind() == TaskEventKind.PROGRESS).findFirst().orElseThrow().evidence().get(0);
		assertThat(text(dept.get(page))).contains("/supervision/evidence/" + file.id()).contains(file.sha256().substring(0, 12));

		HttpResponse<byte[]> download = dept.get("/supervision/evidence/" + file.id());
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(content);
		assertThat(download.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
		assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition -> assertThat(disposition)
			.startsWith("attachment").contains("filename*=UTF-8''%E5%88%B6%E5%BA%A6%20%E6%B1%87%E7%BC%96.txt"));
		String digest = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(content));
		assertThat(download.headers().firstValue("Repr-Digest")).hasValue("sha-256=:" + digest + ":");

		assertThat(PageSession.signIn(port, "demo-admin").get("/supervision/evidence/" + file.id()).statusCode()).isEqualTo(200);
		assertThat(PageSession.signIn(port, "demo-town").get("/supervision/evidence/" + file.id()).statusCode()).isEqualTo(404);
		assertThat(PageSession.signIn(port, "demo-auditor").get("/supervision/evidence/" + file.id()).statusCode()).isEqualTo(403);
	}

	@Test
	void keepsTheInputOfAStaleEditAndSaysSomeoneSavedFirst() {
		GoalDetails goal = fixtures.goal("编辑冲突测试目标");
		TaskDetails task = fixtures.issued(goal, "开展法治宣传进企业活动。", "区司法局", 30);
		PageSession admin = PageSession.signIn(port, "demo-admin");
		String edit = "/supervision/tasks/" + task.id() + "/edit";
		assertThat(admin.get(edit).statusCode()).isEqualTo(200);

		TaskDetails changed = tasks.updateTask(new UpdateTask(task.id(), task.version(), "开展法治宣传进企业、进社区活动。", task.tags(),
				task.leadUnit().id(), List.of(), null, task.deadline().toString(), Priority.HIGH, ReportCycle.MONTHLY, List.of(), false),
				fixtures.supervisor());

		HttpResponse<byte[]> stale = admin.post(edit, edit, List.of(Map.entry("version", String.valueOf(task.version())),
				Map.entry("goalId", String.valueOf(goal.id())), Map.entry("content", "我的修改：开展法治宣传进园区活动。"),
				Map.entry("leadUnitId", String.valueOf(task.leadUnit().id())), Map.entry("deadline", task.deadline().toString()),
				Map.entry("priority", "NORMAL"), Map.entry("reportCycle", "MONTHLY")));

		assertThat(stale.statusCode()).isEqualTo(200);
		assertThat(text(stale)).contains(messages.zh("error.conflict.version")).contains(">我的修改：开展法治宣传进园区活动。</textarea>")
			.contains("name=\"version\" value=\"" + changed.version() + "\"");
		assertThat(queries.task(task.id(), fixtures.supervisor()).content()).isEqualTo("开展法治宣传进企业、进社区活动。");
	}

	@Test
	void saysWhenAStepWasTakenBySomeoneElseFirst() {
		TaskDetails task = fixtures.issued(fixtures.goal("重复签收测试目标"), "整理法律顾问工作台账。", "区司法局", 30);
		PageSession dept = PageSession.signIn(port, "demo-dept");
		String page = "/supervision/tasks/" + task.id();
		dept.get(page);
		tasks.sign(task.id(), fixtures.justice());

		HttpResponse<byte[]> late = dept.post(page + "/return", page, List.of(Map.entry("reason", "不属于本单位职责。")));

		assertThat(late.statusCode()).isEqualTo(200);
		assertThat(text(late)).contains(messages.zh("supervision.task.not-awaiting-signature")).contains("不属于本单位职责。");
	}

	@Test
	void listsTasksByTheAddressAndLeavesOutWhatItCannotUse() {
		GoalDetails goal = fixtures.goal("清单筛选测试目标");
		TaskDetails task = fixtures.issued(goal, "清单筛选测试任务。", "区司法局", 30);
		PageSession admin = PageSession.signIn(port, "demo-admin");

		String green = text(admin.get("/supervision/tasks?goal=" + goal.id() + "&light=green&dueFrom=2026-13-01&unit=abc&sort=owner"));
		assertThat(green).contains("清单筛选测试任务。").contains("id=\"filter-problems\"").contains(messages.zh("supervision.date.invalid"))
			.contains(messages.zh("validation.typeMismatch")).contains("不能按该字段排序")
			.contains("/supervision/tasks/export.xlsx?layout=ledger&amp;goal=" + goal.id() + "&amp;light=GREEN\"");
		assertThat(text(admin.get("/supervision/tasks?goal=" + goal.id() + "&light=RED"))).doesNotContain("清单筛选测试任务。")
			.contains("id=\"tasks-empty\"");
		assertThat(text(admin.get("/supervision/tasks?unit=" + task.leadUnit().id() + "&q=清单筛选&subtasks=true")))
			.contains("清单筛选测试任务。");
	}

	@Test
	void createsAGoalFromTheFormAndSaysWhatItCannotRead() {
		PageSession admin = PageSession.signIn(port, "demo-admin");

		HttpResponse<byte[]> refused = admin.post("/supervision/goals/new", "/supervision/goals/new", List.of(Map.entry("title", "优化营商环境"),
				Map.entry("year", String.valueOf(LocalDate.now().getYear())), Map.entry("indicator", "市场主体增长"),
				Map.entry("targetValue", "一成"), Map.entry("comparator", ">=")));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(text(refused)).contains(messages.zh("validation.typeMismatch")).contains("value=\"优化营商环境\"");

		HttpResponse<byte[]> created = admin.post("/supervision/goals/new", "/supervision/goals/new", List.of(Map.entry("title", "优化营商环境"),
				Map.entry("year", String.valueOf(LocalDate.now().getYear())), Map.entry("indicator", "市场主体增长"),
				Map.entry("targetValue", "10"), Map.entry("targetUnit", "%"), Map.entry("comparator", ">=")));
		assertThat(created.statusCode()).isEqualTo(302);
		String goalPage = created.headers().firstValue("Location").orElseThrow();
		assertThat(text(admin.get(goalPage.replaceFirst("^https?://[^/]+", "")))).contains("优化营商环境").contains("市场主体增长")
			.contains("id=\"goal-tasks-empty\"");
	}

	@Test
	void savesASubtaskAsADraftAndIssuesItWithTheGoalsCompleteDrafts() {
		GoalDetails goal = fixtures.goal("草稿交办测试目标");
		TaskDetails parent = fixtures.issued(goal, "推进“八五”普法规划实施。", "区司法局", 60);
		PageSession admin = PageSession.signIn(port, "demo-admin");
		String form = "/supervision/tasks/new?goal=" + goal.id() + "&parent=" + parent.id();
		assertThat(text(admin.get(form))).contains("name=\"parentId\" value=\"" + parent.id() + "\"");

		HttpResponse<byte[]> saved = admin.post("/supervision/tasks/new", form, List.of(Map.entry("goalId", String.valueOf(goal.id())),
				Map.entry("parentId", String.valueOf(parent.id())), Map.entry("content", "组织普法讲师团进村居。"), Map.entry("tags", "普法、讲师团"),
				Map.entry("leadUnitId", String.valueOf(fixtures.unit("区司法局"))), Map.entry("coUnitIds", String.valueOf(fixtures.unit("棠下镇"))),
				Map.entry("deadline", LocalDate.now().plusDays(30).toString()), Map.entry("priority", "HIGH"), Map.entry("reportCycle", "WEEKLY"),
				Map.entry("milestones[0].title", "完成讲师遴选"), Map.entry("milestones[0].dueDate", LocalDate.now().plusDays(10).toString()),
				Map.entry("milestones[1].title", ""), Map.entry("milestones[1].dueDate", ""), Map.entry("issue", "false")));

		assertThat(saved.statusCode()).isEqualTo(302);
		TaskDetails draft = queries.subtasks(parent.id(), fixtures.supervisor()).stream().findFirst()
			.map(summary -> queries.task(summary.id(), fixtures.supervisor())).orElseThrow();
		assertThat(draft.status()).isEqualTo(TaskStatus.DRAFT);
		assertThat(draft.number()).isEqualTo("1.1");
		assertThat(draft.tags()).containsExactly("普法", "讲师团");
		assertThat(draft.coUnits()).extracting(UnitRef::name).containsExactly("棠下镇");
		assertThat(draft.milestones()).extracting(TaskDetails.Milestone::title).containsExactly("完成讲师遴选");
		assertThat(text(admin.get("/supervision/goals/" + goal.id()))).contains("组织普法讲师团进村居。").contains("id=\"issue-drafts\"");

		HttpResponse<byte[]> issued = admin.post("/supervision/goals/" + goal.id() + "/issue-drafts", "/supervision/goals/" + goal.id(), List.of());
		assertThat(issued.statusCode()).isEqualTo(302);
		assertThat(text(admin.get("/supervision/goals/" + goal.id()))).contains(messages.zh("goals.drafts.issued", 1)).doesNotContain("id=\"issue-drafts\"");
		assertThat(queries.task(draft.id(), fixtures.supervisor()).status()).isEqualTo(TaskStatus.ISSUED);
	}

	@Test
	void speaksEnglishWhenAsked() {
		TaskDetails task = fixtures.inProgress(fixtures.goal("语言测试目标"), "推进法治政府建设。", 40);
		String page = text(PageSession.signIn(port, "demo-dept").get("/supervision/tasks/" + task.id() + "?lang=en"));

		assertThat(page).contains(messages.en("tasks.timeline")).contains(messages.en("tasks.progress"))
			.contains(messages.en("supervision.status.IN_PROGRESS")).doesNotContain("??");
	}

	private static String text(HttpResponse<byte[]> response) {
		return PageSession.text(response);
	}
}
