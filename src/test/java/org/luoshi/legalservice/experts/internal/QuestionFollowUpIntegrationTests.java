package org.luoshi.legalservice.experts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.luoshi.support.ApiClient;
import org.luoshi.support.ApiClient.Answer;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.Messages;
import org.luoshi.support.PageSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A major dispute followed after its opinion: asked on the page with its other parties, the opinion signed, a note of
 * progress, a reminder from the daily follow-up once it has been quiet too long (and only once), the outcome recorded
 * (a date to come refused) and the question closed; an ordinary question refuses the follow-up's steps.
 */
@IntegrationTest
class QuestionFollowUpIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	QuestionFollowUp followUp;

	@Autowired
	Messages messages;

	@Test
	void aMajorDisputeIsFollowedRemindedWhenQuietAndClosedWithItsOutcome() {
		long lin = jdbc.sql("SELECT id FROM legal_practitioner WHERE name = '林志明'").query(Long.class).single();
		String subject = "重大纠纷跟踪" + System.nanoTime();
		PageSession page = PageSession.signIn(port, "demo-enterprise");
		HttpResponse<byte[]> asked = page.post("/legal/questions/new", "/legal/questions/new", List.of(Map.entry("subject", subject),
				Map.entry("text", "供应商停止供货导致生产线停工，损失较大。"), Map.entry("specialty", "合同纠纷"),
				Map.entry("parties[0].name", "江门市跟踪对方有限公司"), Map.entry("parties[0].identifier", ""), Map.entry("parties[1].name", ""),
				Map.entry("major", "true")));
		assertThat(asked.statusCode()).isEqualTo(302);
		long id = jdbc.sql("SELECT id FROM expert_question WHERE subject = ?").param(subject).query(Long.class).single();
		assertThat(jdbc.sql("SELECT major AND parties::text LIKE '%跟踪对方%' FROM expert_question WHERE id = ?").param(id).query(Boolean.class)
			.single()).isTrue();
		ApiClient bureau = ApiClient.signIn(port, "demo-justice");
		ApiClient lawyer = ApiClient.signIn(port, "demo-lawyer");
		Long assigned = jdbc.sql("SELECT expert_id FROM expert_question WHERE id = ?").param(id).query(Long.class).optional().orElse(null);
		if (assigned == null || assigned != lin) {
			assertThat(bureau.post("/api/v1/legal/questions/" + id + "/assign", Map.of("expertId", lin)).status()).isEqualTo(200);
		}
		assertThat(lawyer.post("/api/v1/legal/questions/" + id + "/submit", Map.of("text", "建议先行发函催告，保全证据。")).status()).isEqualTo(200);
		assertThat(bureau.post("/api/v1/legal/questions/" + id + "/approve", Map.of()).status()).isEqualTo(200);
		Answer signed = lawyer.post("/api/v1/legal/questions/" + id + "/sign", Map.of());
		assertThat(signed.json().get("status").asString()).isEqualTo("SIGNED");
		assertThat(signed.json().get("actions").get("steps").toString()).contains("NOTE_PROGRESS", "RECORD_OUTCOME");
		assertThat(lawyer.post("/api/v1/legal/questions/" + id + "/note-progress", Map.of("text", "双方已约定下周协商。")).status()).isEqualTo(200);

		// Quiet for three weeks: one reminder, then none until the next update.
		jdbc.sql("UPDATE expert_question SET last_update_at = now() - interval '21 days' WHERE id = ?").param(id).update();
		followUp.apply();
		followUp.apply();
		assertThat(kinds(id)).filteredOn("reminded"::equals).hasSize(1);

		Answer future = bureau.post("/api/v1/legal/questions/" + id + "/record-outcome", Map.of("outcome", "MEDIATED",
				"outcomeOn", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(3).toString(), "text", "调解成功"));
		assertThat(future.status()).isEqualTo(400);
		assertThat(future.json().get("errors").get(0).get("message").asString()).isEqualTo(messages.zh("legal.experts.outcome.date.future"));
		assertThat(status(id)).isEqualTo("SIGNED");
		Answer closed = bureau.post("/api/v1/legal/questions/" + id + "/record-outcome", Map.of("outcome", "MEDIATED",
				"outcomeOn", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString(), "text", "经园区调委会调解，对方恢复供货并赔偿。"));
		assertThat(closed.status()).isEqualTo(200);
		assertThat(closed.json().get("status").asString()).isEqualTo("CLOSED");
		assertThat(closed.json().get("outcome").asString()).isEqualTo("MEDIATED");
		assertThat(kinds(id)).endsWith("progress-noted", "reminded", "outcome-mediated");
		assertThat(lawyer.post("/api/v1/legal/questions/" + id + "/note-progress", Map.of("text", "x")).status()).isEqualTo(409);
	}

	@Test
	void anOrdinaryQuestionEndsSignedAndCanBeWithdrawnOnlyBeforeItsOpinionIsSubmitted() {
		ApiClient enterprise = ApiClient.signIn(port, "demo-enterprise");
		long id = enterprise.post("/api/v1/legal/questions", Map.of("subject", "撤回测试", "text", "问题")).json().get("id").asLong();
		Answer noReason = enterprise.post("/api/v1/legal/questions/" + id + "/withdraw", Map.of("text", " "));
		assertThat(noReason.status()).isEqualTo(400);
		assertThat(enterprise.post("/api/v1/legal/questions/" + id + "/withdraw", Map.of("text", "已自行解决")).status()).isEqualTo(200);
		assertThat(status(id)).isEqualTo("WITHDRAWN");
		Answer again = enterprise.post("/api/v1/legal/questions/" + id + "/withdraw", Map.of("text", "已自行解决"));
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.json().get("detail").asString()).isEqualTo(messages.zh("legal.experts.finished"));
		// The signed ordinary opinion of the demo: nothing more to follow.
		long signed = jdbc.sql("SELECT id FROM expert_question WHERE status = 'SIGNED' AND NOT major ORDER BY id LIMIT 1").query(Long.class).single();
		Answer follow = ApiClient.signIn(port, "demo-justice").post("/api/v1/legal/questions/" + signed + "/note-progress", Map.of("text", "x"));
		assertThat(follow.status()).isEqualTo(409);
		assertThat(follow.json().get("detail").asString()).isEqualTo(messages.zh("legal.experts.refused.follow"));
	}

	private List<String> kinds(long id) {
		return jdbc.sql("SELECT kind FROM expert_question_event WHERE question_id = ? ORDER BY at, id").param(id).query(String.class).list();
	}

	private String status(long id) {
		return jdbc.sql("SELECT status FROM expert_question WHERE id = ?").param(id).query(String.class).single();
	}
}
