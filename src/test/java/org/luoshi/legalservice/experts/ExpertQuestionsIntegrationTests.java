package org.luoshi.legalservice.experts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.luoshi.legalservice.ConflictCheck;
import org.luoshi.legalservice.Party;
import org.luoshi.support.ApiClient;
import org.luoshi.support.ApiClient.Answer;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.Messages;
import org.luoshi.support.PageSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * The expert group through its API and pages, as the demo accounts use it: an enterprise's question assigned by
 * rotation past an expert with a conflict, the opinion drafted, returned, approved and signed, printed as a PDF whose
 * Chinese text can be read back; the refusals (a conflicted expert assigned by hand, an empty opinion submitted, an
 * absence ending before it starts) each with its message and nothing changed; and who sees what.
 */
@IntegrationTest
class ExpertQuestionsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ConflictCheck conflicts;

	@Autowired
	Messages messages;

	@Test
	void anEnterprisesQuestionGoesByRotationPastAConflictToAnExpertWhoseSignedOpinionPrints() throws IOException {
		Map<String, Long> experts = experts();
		// The rotation stands after 陈雅琪: next come 黄伟强, 刘婉婷, then 林志明. 黄伟强 acted for the other party before.
		jdbc.sql("UPDATE expert_rotation SET last_practitioner_id = ?").param(experts.get("陈雅琪")).update();
		String other = "江门市测试对方" + System.nanoTime() + "有限公司";
		conflicts.recordEngagement(experts.get("黄伟强"), new Party(other, null), "设备采购合同审查", "test", 1, LocalDate.now().minusMonths(2));
		boolean liuAway = absentToday(experts.get("刘婉婷"));
		if (!liuAway) {
			conflicts.recordEngagement(experts.get("刘婉婷"), new Party(other, null), "合同审查", "test", 2, LocalDate.now().minusMonths(1));
		}

		ApiClient enterprise = ApiClient.signIn(port, "demo-enterprise");
		Answer asked = enterprise.post("/api/v1/legal/questions", Map.of("subject", "设备采购款争议", "text", "对方交付的设备无法达产，拒绝退款，我司能否拒付尾款？",
				"specialty", "合同纠纷", "parties", List.of(Map.of("name", other)), "major", false));
		assertThat(asked.status()).as(asked.body()).isEqualTo(201);
		JsonNode question = asked.json();
		long id = question.get("id").asLong();
		assertThat(question.get("enterpriseName").asString()).isEqualTo("朝光通信有限公司");
		assertThat(question.get("status").asString()).isEqualTo("ASSIGNED");
		assertThat(question.get("expertName").asString()).isEqualTo("林志明");
		List<String> kinds = new ArrayList<>();
		question.get("timeline").forEach(entry -> kinds.add(entry.get("kind").asString()));
		assertThat(kinds).startsWith("asked", "passed-conflict").endsWith("assigned-by-rotation");
		// The timeline says whom the rotation passed by, and why, in words.
		String page = PageSession.text(PageSession.signIn(port, "demo-justice").get("/legal/questions/" + id));
		assertThat(page).contains("跳过 黄伟强：本人曾代理对方 " + other);
		assertThat(page).contains(liuAway ? "跳过 刘婉婷：" : "跳过 刘婉婷：本人曾代理对方");
		// The engagement for the enterprise is recorded; the expert is told.
		assertThat(jdbc.sql("SELECT count(*) FROM legal_engagement WHERE source_kind = 'expert-question' AND source_id = ? AND practitioner_id = ?")
			.params(id, experts.get("林志明")).query(Long.class).single()).isPositive();
		told(id, "legal.experts.notify.assigned", "demo-lawyer");

		ApiClient lawyer = ApiClient.signIn(port, "demo-lawyer");
		ApiClient bureau = ApiClient.signIn(port, "demo-justice");
		// An empty opinion is refused with its message, nothing changed.
		int version = version(id);
		Answer empty = lawyer.post("/api/v1/legal/questions/" + id + "/steps/SUBMIT", Map.of("text", "  "));
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.json().get("errors").get(0).get("message").asString()).isEqualTo(messages.zh("legal.experts.opinion.required"));
		assertThat(version(id)).isEqualTo(version);
		assertThat(status(id)).isEqualTo("ASSIGNED");

		assertThat(lawyer.post("/api/v1/legal/questions/" + id + "/steps/DRAFT", Map.of("text", "初稿")).status()).isEqualTo(200);
		assertThat(lawyer.post("/api/v1/legal/questions/" + id + "/submit", Map.of("text", "设备未达约定性能标准的，贵司可依约暂缓支付尾款。")).status())
			.isEqualTo(200);
		// The bureau is told of the opinion to review; the enterprise may not approve it; the bureau returns it.
		told(id, "legal.experts.notify.submitted", "demo-justice");
		assertThat(enterprise.post("/api/v1/legal/questions/" + id + "/steps/APPROVE", Map.of()).status()).isEqualTo(403);
		assertThat(bureau.post("/api/v1/legal/questions/" + id + "/steps/RETURN", Map.of("text", "")).status()).isEqualTo(400);
		assertThat(bureau.post("/api/v1/legal/questions/" + id + "/steps/RETURN", Map.of("text", "请补充检验与通知程序。")).status()).isEqualTo(200);
		assertThat(lawyer.get("/api/v1/legal/questions/" + id + "/actions").json().get("steps").toString()).contains("SUBMIT", "DRAFT");
		// The draft and the review stay between the expert and the bureau until the opinion is signed.
		JsonNode seenByEnterprise = enterprise.get("/api/v1/legal/questions/" + id).json();
		assertThat(seenByEnterprise.get("opinion").isNull()).isTrue();
		assertThat(seenByEnterprise.get("reviewComment").isNull()).isTrue();
		assertThat(seenByEnterprise.toString()).doesNotContain("请补充检验与通知程序", "设备未达约定性能标准");
		assertThat(lawyer.get("/api/v1/legal/questions/" + id).json().get("reviewComment").asString()).isEqualTo("请补充检验与通知程序。");
		String opinion = "一、设备未达到合同约定的产能标准，贵司可依约暂缓支付尾款。\n二、请于收货后十五日内书面通知对方质量异议并委托检验。";
		assertThat(lawyer.post("/api/v1/legal/opinions/" + id + "/steps/SUBMIT", Map.of("text", opinion)).status()).isEqualTo(200);
		// Not yet signed: no PDF; signing before approval is refused.
		assertThat(enterprise.download("/api/v1/legal/opinions/" + id + "/pdf").status()).isEqualTo(409);
		assertThat(lawyer.post("/api/v1/legal/questions/" + id + "/steps/SIGN", Map.of()).status()).isEqualTo(409);
		assertThat(bureau.post("/api/v1/legal/questions/" + id + "/steps/APPROVE", Map.of("text", "同意。")).status()).isEqualTo(200);
		Answer signed = lawyer.post("/api/v1/legal/questions/" + id + "/steps/SIGN", Map.of());
		assertThat(signed.status()).isEqualTo(200);
		assertThat(signed.json().get("status").asString()).isEqualTo("SIGNED");
		assertThat(signed.json().get("actions").get("steps").size()).isZero();
		told(id, "legal.experts.notify.signed", "demo-enterprise");

		JsonNode json = enterprise.get("/api/v1/legal/opinions/" + id).json();
		assertThat(json.get("pdf").asString()).isEqualTo("/api/v1/legal/opinions/" + id + "/pdf");
		ApiClient.Download pdf = enterprise.download("/api/v1/legal/opinions/" + id + "/pdf");
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
			assertThat(text).contains("法律意见书", "朝光通信有限公司", "设备采购款争议", other, "设备未达到合同约定的产能标准", "林志明", "广东蓬和律师事务所",
					"何静怡", question.get("number").asString(), chinese(LocalDate.now(ZoneId.of("Asia/Shanghai"))));
		}
		// The page offers the printed opinion too.
		assertThat(PageSession.signIn(port, "demo-enterprise").get("/legal/questions/" + id + "/opinion.pdf").statusCode()).isEqualTo(200);
	}

	@Test
	void theBureauCannotAssignAnExpertWithAConflictAndNothingChanges() {
		Map<String, Long> experts = experts();
		ApiClient bureau = ApiClient.signIn(port, "demo-justice");
		String other = "江门市冲突测试" + System.nanoTime() + "有限公司";
		Answer asked = bureau.post("/api/v1/legal/questions", Map.of("enterpriseId", enterprise("中泰纸品有限公司"), "subject", "加工合同解除",
				"text", "对方长期延迟交货。", "parties", List.of(Map.of("name", other))));
		assertThat(asked.status()).as(asked.body()).isEqualTo(201);
		long id = asked.json().get("id").asLong();
		Long assigned = jdbc.sql("SELECT expert_id FROM expert_question WHERE id = ?").param(id).query(Long.class).optional().orElse(null);
		String target = experts.get("林志明").equals(assigned) ? "黄伟强" : "林志明";
		// A colleague of the target's firm acted for the other party.
		String colleague = target.equals("林志明") ? "陈雅琪" : "刘婉婷";
		conflicts.recordEngagement(experts.get(colleague), new Party(other, null), "租赁合同代理", "test", 3, LocalDate.now().minusMonths(4));
		int version = version(id);
		long events = events(id);

		Answer refused = bureau.post("/api/v1/legal/questions/" + id + "/assign", Map.of("expertId", experts.get(target), "text", "改派"));

		assertThat(refused.status()).isEqualTo(400);
		JsonNode error = refused.json().get("errors").get(0);
		assertThat(error.get("code").asString()).isEqualTo("legal.experts.assign.firm-conflict");
		assertThat(error.get("message").asString()).contains(target, colleague, other, "租赁合同代理");
		assertThat(version(id)).isEqualTo(version);
		assertThat(events(id)).isEqualTo(events);
		assertThat(jdbc.sql("SELECT expert_id FROM expert_question WHERE id = ?").param(id).query(Long.class).optional().orElse(null))
			.isEqualTo(assigned);
		// In English too.
		Answer english = bureau.inLanguage("en").post("/api/v1/legal/questions/" + id + "/assign", Map.of("expertId", experts.get(target)));
		assertThat(english.json().get("errors").get(0).get("message").asString()).contains("cannot be assigned", "conflict of interest");
	}

	@Test
	void anAbsenceEndingBeforeItStartsIsRefusedAndOneRecordedShowsOnTheRoster() {
		Map<String, Long> experts = experts();
		ApiClient bureau = ApiClient.signIn(port, "demo-justice");
		long before = jdbc.sql("SELECT count(*) FROM expert_absence").query(Long.class).single();

		Answer backwards = bureau.post("/api/v1/legal/experts/absences", Map.of("expertId", experts.get("黄伟强"), "from", "2031-05-10",
				"to", "2031-05-08", "reason", "年休假"));

		assertThat(backwards.status()).isEqualTo(400);
		assertThat(backwards.json().get("errors").get(0).get("message").asString()).isEqualTo(messages.zh("legal.experts.absence.backwards"));
		assertThat(jdbc.sql("SELECT count(*) FROM expert_absence").query(Long.class).single()).isEqualTo(before);
		// The page shows the same message beside the form, what was typed kept.
		String page = PageSession.text(PageSession.signIn(port, "demo-justice").post("/legal/experts/absences", "/legal/experts",
				List.copyOf(Map.of("expertId", String.valueOf(experts.get("黄伟强")), "from", "2031-05-10", "to", "2031-05-08", "reason", "年休假")
					.entrySet())));
		assertThat(page).contains(messages.zh("legal.experts.absence.backwards"), "年休假");
		// An expert may read the roster but not record absences.
		assertThat(ApiClient.signIn(port, "demo-lawyer").post("/api/v1/legal/experts/absences", Map.of("expertId", experts.get("黄伟强"),
				"from", "2031-05-08", "to", "2031-05-10", "reason", "年休假")).status()).isEqualTo(403);

		Answer recorded = bureau.post("/api/v1/legal/experts/absences", Map.of("expertId", experts.get("黄伟强"), "from", "2031-05-08",
				"to", "2031-05-10", "reason", "年休假"));
		assertThat(recorded.status()).isEqualTo(201);
		JsonNode roster = ApiClient.signIn(port, "demo-lawyer").get("/api/v1/legal/experts").json();
		assertThat(roster.get("members").size()).isEqualTo(4);
		assertThat(roster.get("absences").toString()).contains("2031-05-08", "年休假");
		assertThat(bureau.delete("/api/v1/legal/experts/absences/" + recorded.json().get("id").asLong()).status()).isEqualTo(204);
		assertThat(jdbc.sql("SELECT count(*) FROM expert_absence").query(Long.class).single()).isEqualTo(before);
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action LIKE 'legal.expert-absence.%'").query(Long.class).single())
			.isGreaterThanOrEqualTo(2);
	}

	@Test
	void anExpertSeesTheQuestionsAssignedToThemAnEnterpriseItsOwnAndOtherStaffNone() {
		long lin = experts().get("林志明");
		long all = jdbc.sql("SELECT count(*) FROM expert_question").query(Long.class).single();
		long his = jdbc.sql("SELECT count(*) FROM expert_question WHERE expert_id = ?").param(lin).query(Long.class).single();
		long chaoguang = jdbc.sql("SELECT count(*) FROM expert_question WHERE enterprise_id = ?").param(enterprise("朝光通信有限公司"))
			.query(Long.class).single();
		assertThat(ApiClient.signIn(port, "demo-justice").get("/api/v1/legal/questions").json().size()).isEqualTo((int) all);
		assertThat(ApiClient.signIn(port, "demo-lawyer").get("/api/v1/legal/questions").json().size()).isEqualTo((int) his).isPositive();
		assertThat(ApiClient.signIn(port, "demo-enterprise").get("/api/v1/legal/questions").json().size()).isEqualTo((int) chaoguang).isPositive();

		long notHis = jdbc.sql("SELECT id FROM expert_question WHERE expert_id <> ? AND enterprise_id = ? ORDER BY id LIMIT 1")
			.params(lin, enterprise("朝光通信有限公司")).query(Long.class).single();
		long notTheirs = jdbc.sql("SELECT id FROM expert_question WHERE enterprise_id <> ? AND expert_id = ? ORDER BY id LIMIT 1")
			.params(enterprise("朝光通信有限公司"), lin).query(Long.class).single();
		assertThat(ApiClient.signIn(port, "demo-lawyer").get("/api/v1/legal/questions/" + notHis).status()).isEqualTo(404);
		assertThat(ApiClient.signIn(port, "demo-lawyer").get("/api/v1/legal/opinions/" + notHis + "/pdf").status()).isEqualTo(404);
		assertThat(ApiClient.signIn(port, "demo-enterprise").get("/api/v1/legal/questions/" + notTheirs).status()).isEqualTo(404);
		assertThat(ApiClient.signIn(port, "demo-enterprise").post("/api/v1/legal/questions/" + notTheirs + "/steps/WITHDRAW",
				Map.of("text", "x")).status()).isEqualTo(404);
		assertThat(PageSession.signIn(port, "demo-lawyer").get("/legal/questions/" + notHis).statusCode()).isEqualTo(404);
		assertThat(PageSession.signIn(port, "demo-enterprise").get("/legal/questions/" + notTheirs).statusCode()).isEqualTo(404);
		assertThat(PageSession.signIn(port, "demo-enterprise").get("/legal/questions/" + notHis).statusCode()).isEqualTo(200);
		// A point's staff and the district office: nothing.
		for (String staff : List.of("demo-legal", "demo-admin")) {
			assertThat(ApiClient.signIn(port, staff).get("/api/v1/legal/questions").status()).as(staff).isEqualTo(403);
			assertThat(ApiClient.signIn(port, staff).get("/api/v1/legal/questions/" + notHis).status()).as(staff).isEqualTo(403);
			assertThat(PageSession.signIn(port, staff).get("/legal/questions").statusCode()).as(staff).isEqualTo(403);
		}
		assertThat(ApiClient.signIn(port, "demo-enterprise").get("/api/v1/legal/experts").status()).isEqualTo(403);
		// The list page shows each their own.
		String lawyerList = PageSession.text(PageSession.signIn(port, "demo-lawyer").get("/legal/questions"));
		assertThat(lawyerList).doesNotContain("/legal/questions/" + notHis + "\"");
	}

	@Test
	void theDemoShowsEveryStateAConflictPassedByAndAMajorDisputeFollowed() {
		List<String> statuses = jdbc.sql("SELECT DISTINCT status FROM expert_question").query(String.class).list();
		assertThat(statuses).contains("WAITING", "ASSIGNED", "SUBMITTED", "RETURNED", "APPROVED", "SIGNED", "CLOSED", "WITHDRAWN");
		assertThat(jdbc.sql("SELECT count(*) FROM expert_question_event WHERE kind IN ('passed-conflict', 'passed-firm-conflict')")
			.query(Long.class).single()).isPositive();
		assertThat(jdbc.sql("SELECT count(*) FROM expert_question WHERE major AND status = 'SIGNED'").query(Long.class).single()).isPositive();
		// Every question's page opens in every state, for the bureau and for the expert and enterprise whose it is.
		PageSession justice = PageSession.signIn(port, "demo-justice");
		PageSession lawyer = PageSession.signIn(port, "demo-lawyer");
		PageSession chaoguang = PageSession.signIn(port, "demo-enterprise");
		long lin = experts().get("林志明");
		long own = enterprise("朝光通信有限公司");
		jdbc.sql("SELECT id, status, expert_id, enterprise_id FROM expert_question ORDER BY id").query((rs, n) -> {
			long id = rs.getLong("id");
			assertThat(justice.get("/legal/questions/" + id).statusCode()).as(rs.getString("status")).isEqualTo(200);
			assertThat(lawyer.get("/legal/questions/" + id).statusCode()).isEqualTo(rs.getLong("expert_id") == lin ? 200 : 404);
			assertThat(chaoguang.get("/legal/questions/" + id).statusCode()).isEqualTo(rs.getLong("enterprise_id") == own ? 200 : 404);
			return id;
		}).list();
		String waiting = PageSession.text(justice.get("/legal/questions/" + jdbc.sql("SELECT id FROM expert_question WHERE status = 'WAITING' "
				+ "ORDER BY id LIMIT 1").query(Long.class).single()));
		assertThat(waiting).contains(messages.zh("legal.experts.waiting.explained"), "id=\"question-step-ASSIGN\"");
		assertThat(PageSession.text(lawyer.get("/legal/experts"))).contains("林志明").doesNotContain("id=\"absence-form\"");
		// The roster page shows who is next; the enterprise's 360° page its questions.
		String roster = PageSession.text(PageSession.signIn(port, "demo-justice").get("/legal/experts"));
		assertThat(roster).contains("林志明", "陈雅琪", "黄伟强", "刘婉婷", messages.zh("legal.experts.roster.next"));
		String profile = PageSession.text(PageSession.signIn(port, "demo-justice").get("/enterprises/" + enterprise("朝光通信有限公司")));
		assertThat(profile).contains("员工竞业限制协议的效力");
		// The enterprise's portal has the group's card, with its counts, leading to its questions.
		String portal = PageSession.text(PageSession.signIn(port, "demo-enterprise").get("/portal"));
		assertThat(portal).contains(messages.zh("legal.experts.portal.title"), "href=\"/legal/questions\"");
	}

	/** Notifications are delivered after the step's transaction, asynchronously. */
	private void told(long questionId, String messageKey, String username) {
		await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(jdbc.sql("""
				SELECT count(*) FROM notification n JOIN inbox_item i ON i.notification_id = n.id
				WHERE n.link = ? AND n.message_key = ? AND i.account_id = ?""")
			.params("/legal/questions/" + questionId, messageKey, account(username)).query(Long.class).single()).as(messageKey).isEqualTo(1));
	}

	private Map<String, Long> experts() {
		Map<String, Long> experts = new HashMap<>();
		jdbc.sql("SELECT id, name FROM legal_practitioner WHERE expert AND active ORDER BY id")
			.query((rs, n) -> experts.put(rs.getString("name"), rs.getLong("id"))).list();
		return experts;
	}

	private boolean absentToday(long expert) {
		return jdbc.sql("SELECT count(*) FROM expert_absence WHERE practitioner_id = ? AND ? BETWEEN from_on AND to_on")
			.params(expert, LocalDate.now(ZoneId.of("Asia/Shanghai"))).query(Long.class).single() > 0;
	}

	private long account(String username) {
		return jdbc.sql("SELECT id FROM account WHERE username = ?").param(username).query(Long.class).single();
	}

	private long enterprise(String name) {
		return jdbc.sql("SELECT id FROM enterprise WHERE name = ?").param(name).query(Long.class).single();
	}

	private int version(long id) {
		return jdbc.sql("SELECT version FROM expert_question WHERE id = ?").param(id).query(Integer.class).single();
	}

	private String status(long id) {
		return jdbc.sql("SELECT status FROM expert_question WHERE id = ?").param(id).query(String.class).single();
	}

	private long events(long id) {
		return jdbc.sql("SELECT count(*) FROM expert_question_event WHERE question_id = ?").param(id).query(Long.class).single();
	}

	private static String chinese(LocalDate date) {
		return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
	}
}
