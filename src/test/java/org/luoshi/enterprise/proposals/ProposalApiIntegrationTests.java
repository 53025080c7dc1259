package org.luoshi.enterprise.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.luoshi.calendar.WorkingDays;
import org.luoshi.shared.web.Times;
import org.luoshi.support.ApiClient;
import org.luoshi.support.ApiClient.Answer;
import org.luoshi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * {@code /api/v1/proposals} and {@code /api/v1/opinion-reports} as each demo account calls them: what each sees, the
 * steps each may take, and the refusals (404 outside one's view, 403 another side's step, 409 a step the status forbids,
 * 400 bad input) with nothing changed.
 */
@IntegrationTest
class ProposalApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	WorkingDays workingDays;

	@Autowired
	Times times;

	@Test
	void eachDemoAccountSeesItsShareOfTheProposals() {
		long all = jdbc.sql("SELECT count(*) FROM proposal").query(Long.class).single();
		assertThat(total(ApiClient.signIn(port, "demo-cppcc"), "/api/v1/proposals")).isEqualTo(all);
		assertThat(total(ApiClient.signIn(port, "demo-leader"), "/api/v1/proposals")).isEqualTo(all);
		assertThat(total(ApiClient.signIn(port, "demo-admin"), "/api/v1/proposals")).isEqualTo(all);
		long member = jdbc.sql("SELECT count(*) FROM proposal p JOIN account a ON a.id = p.proposer_account_id OR a.id = ANY(p.co_signer_account_ids)"
				+ " WHERE a.username = 'demo-member'").query(Long.class).single();
		assertThat(total(ApiClient.signIn(port, "demo-member"), "/api/v1/proposals")).isEqualTo(member).isPositive();
		long justice = jdbc.sql("SELECT count(*) FROM proposal WHERE lead_unit_id = ? OR ? = ANY(co_unit_ids)")
			.params(unit("区司法局"), unit("区司法局")).query(Long.class).single();
		assertThat(total(ApiClient.signIn(port, "demo-dept"), "/api/v1/proposals")).isEqualTo(justice).isPositive();
		assertThat(ApiClient.signIn(port, "demo-enterprise").get("/api/v1/proposals").status()).isEqualTo(403);
		assertThat(ApiClient.signIn(port, "demo-auditor").get("/api/v1/proposals").status()).isEqualTo(403);
		assertThat(total(ApiClient.signIn(port, "demo-member"), "/api/v1/opinion-reports")).isPositive();
	}

	@Test
	void aProposalWalksFromTheMemberToTheOfficeTheUnitAndBackWithEveryRefusal() {
		ApiClient member = ApiClient.signIn(port, "demo-member");
		ApiClient office = ApiClient.signIn(port, "demo-cppcc");
		ApiClient dept = ApiClient.signIn(port, "demo-dept");
		ApiClient town = ApiClient.signIn(port, "demo-town");
		ApiClient leader = ApiClient.signIn(port, "demo-leader");
		ApiClient admin = ApiClient.signIn(port, "demo-admin");

		Answer bad = member.post("/api/v1/proposals", Map.of("title", " "));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(dept.post("/api/v1/proposals", Map.of("title", "t", "reasons", "r", "suggestions", "s")).status()).isEqualTo(403);
		Answer created = member.post("/api/v1/proposals", Map.of("title", "接口测试" + System.nanoTime(), "reasons", "企业反映困难。",
				"suggestions", "建议如下。"));
		assertThat(created.status()).isEqualTo(201);
		long id = created.json().get("id").asLong();
		String path = "/api/v1/proposals/" + id;
		assertThat(strings(member.get(path + "/actions").json().get("steps"))).containsExactly("WITHDRAW");
		assertThat(dept.get(path).status()).isEqualTo(404);

		assertThat(member.post(path + "/steps/ACCEPT", Map.of()).status()).isEqualTo(403);
		assertThat(admin.post(path + "/steps/ACCEPT", Map.of()).status()).isEqualTo(403);
		assertThat(leader.post(path + "/steps/ACCEPT", Map.of()).status()).isEqualTo(403);
		assertThat(office.post(path + "/steps/ASSIGN", Map.of("unitId", unit("区司法局"))).status()).isEqualTo(409);
		assertThat(office.post(path + "/steps/FLY", Map.of()).status()).isEqualTo(404);
		assertThat(version(id)).isZero();

		assertThat(office.post(path + "/steps/ACCEPT", Map.of()).status()).isEqualTo(200);
		assertThat(office.post(path + "/steps/ASSIGN", Map.of("unitId", unit("区司法局"), "coUnitIds", List.of(unit("区司法局")))).status())
			.isEqualTo(400);
		Answer assigned = office.post(path + "/steps/ASSIGN", Map.of("unitId", unit("区司法局"), "coUnitIds", List.of(unit("棠下镇"))));
		assertThat(assigned.status()).isEqualTo(200);
		assertThat(assigned.json().get("clock").get("light").asString()).isEqualTo("GREEN");
		assertThat(strings(dept.get(path + "/actions").json().get("steps"))).contains("ANSWER", "REQUEST_ADJUSTMENT");
		assertThat(strings(town.get(path + "/actions").json().get("steps"))).containsExactly("CONTRIBUTE");
		assertThat(town.post(path + "/steps/ANSWER", Map.of("category", "A", "text", "x")).status()).isEqualTo(403);
		assertThat(town.post(path + "/steps/CONTRIBUTE", Map.of("text", "镇里配合。")).status()).isEqualTo(200);
		assertThat(dept.post(path + "/steps/ANSWER", Map.of("text", "无类别")).status()).isEqualTo(400);
		assertThat(member.post(path + "/steps/EVALUATE", Map.of("evaluation", "SATISFIED")).status()).isEqualTo(409);
		assertThat(dept.post(path + "/steps/ANSWER", Map.of("category", "B", "text", "已列入计划。")).status()).isEqualTo(200);

		assertThat(dept.post(path + "/steps/EVALUATE", Map.of("evaluation", "SATISFIED")).status()).isEqualTo(403);
		Answer unsatisfied = member.post(path + "/steps/EVALUATE", Map.of("evaluation", "UNSATISFIED"));
		assertThat(unsatisfied.status()).isEqualTo(400);
		assertThat(member.post(path + "/steps/EVALUATE", Map.of("evaluation", "UNSATISFIED", "text", "时间不明确")).json().get("status").asString())
			.isEqualTo("ASSIGNED");
		assertThat(dept.post(path + "/steps/ANSWER", Map.of("category", "B", "text", "明年三月前完成。")).json().get("answerCount").asInt())
			.isEqualTo(2);
		assertThat(member.post(path + "/steps/EVALUATE", Map.of("evaluation", "BASICALLY")).json().get("status").asString())
			.isEqualTo("IN_FOLLOW_UP");
		assertThat(dept.post(path + "/steps/REPORT_DONE", Map.of("text", "已完成。")).json().get("status").asString()).isEqualTo("CLOSED");
		assertThat(dept.post(path + "/steps/REPORT_DONE", Map.of("text", "again")).status()).isEqualTo(409);
		JsonNode timeline = member.get(path).json().get("timeline");
		List<String> kinds = new ArrayList<>();
		timeline.forEach(entry -> kinds.add(entry.get("kind").asString()));
		assertThat(kinds).containsExactly("submitted", "accepted", "assigned", "contributed", "answered", "evaluated-rehandle", "answered-again",
				"evaluated-follow-up", "fulfilled");
	}

	@Test
	void publicOpinionReportsAreSubmittedAdoptedAndForwarded() {
		ApiClient member = ApiClient.signIn(port, "demo-member");
		ApiClient office = ApiClient.signIn(port, "demo-cppcc");
		Answer created = member.post("/api/v1/opinion-reports", Map.of("title", "信息" + System.nanoTime(), "content", "企业反映用工紧张。"));
		assertThat(created.status()).isEqualTo(201);
		long id = created.json().get("id").asLong();
		String path = "/api/v1/opinion-reports/" + id;
		// The office examines it within five working days of today, and forwards it within five of its adoption.
		LocalDate dueOn = workingDays.deadline(times.today(), 5).due();
		assertThat(created.json().get("clock").get("limit").asString()).isEqualTo("EXAMINE");
		assertThat(created.json().get("clock").get("dueOn").asString()).isEqualTo(dueOn.toString());
		assertThat(created.json().get("clock").get("running").asBoolean()).isTrue();
		assertThat(created.json().get("clock").get("light").asString()).isEqualTo("GREEN");
		List<String> listedDue = new ArrayList<>();
		office.get("/api/v1/opinion-reports?size=100").json().get("items").forEach(item -> {
			if (item.get("id").asLong() == id) {
				listedDue.add(item.get("clock").get("dueOn").asString());
			}
		});
		assertThat(listedDue).containsExactly(dueOn.toString());
		assertThat(member.post(path + "/steps/ADOPT", Map.of()).status()).isEqualTo(403);
		assertThat(office.post(path + "/steps/FORWARD", Map.of("recipients", "区领导")).status()).isEqualTo(409);
		assertThat(strings(office.get(path + "/actions").json().get("steps"))).doesNotContain("REMIND_OFFICE");
		assertThat(office.post(path + "/steps/REMIND_OFFICE", Map.of()).status()).isEqualTo(400);
		assertThat(jdbc.sql("SELECT version FROM proposal_opinion WHERE id = ?").param(id).query(Integer.class).single()).isZero();
		Answer adopted = office.post(path + "/steps/ADOPT", Map.of());
		assertThat(adopted.status()).isEqualTo(200);
		assertThat(adopted.json().get("clock").get("limit").asString()).isEqualTo("FORWARD");
		assertThat(office.post(path + "/steps/FORWARD", Map.of()).status()).isEqualTo(400);
		Answer forwarded = office.post(path + "/steps/FORWARD", Map.of("recipients", "区政府分管领导"));
		assertThat(forwarded.json().get("status").asString()).isEqualTo("FORWARDED");
		assertThat(forwarded.json().get("clock").get("running").asBoolean()).isFalse();
		assertThat(forwarded.json().get("clock").get("light").asString()).isEqualTo("GREEN");
		assertThat(ApiClient.signIn(port, "demo-dept").get(path).status()).isEqualTo(404);
		assertThat(ApiClient.signIn(port, "demo-leader").get(path).status()).isEqualTo(200);
	}

	private long total(ApiClient client, String path) {
		Answer answer = client.get(path + "?size=100");
		assertThat(answer.status()).isEqualTo(200);
		return answer.json().get("total").asLong();
	}

	private long unit(String name) {
		return jdbc.sql("SELECT id FROM unit WHERE short_name = ?").param(name).query(Long.class).single();
	}

	private int version(long id) {
		return jdbc.sql("SELECT version FROM proposal WHERE id = ?").param(id).query(Integer.class).single();
	}

	private static List<String> strings(JsonNode array) {
		List<String> values = new ArrayList<>();
		array.forEach(node -> values.add(node.asString()));
		return values;
	}
}
