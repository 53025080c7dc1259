package org.luoshi.enterprise.demands;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.luoshi.support.ApiClient;
import org.luoshi.support.ApiClient.Answer;
import org.luoshi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * {@code /api/v1/demands} as each demo account calls it: what each sees, the steps each may take and the refusals
 * (404 outside one's view, 403 for another side's step, 409 for a step the status forbids, 400 for bad input) with
 * nothing changed; the enterprise's own account raising, following and rating its demands; the rates and categories.
 */
@IntegrationTest
class DemandApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void eachDemoAccountSeesItsOwnShareOfTheDemands() {
		long all = jdbc.sql("SELECT count(*) FROM demand").query(Long.class).single();
		assertThat(total(ApiClient.signIn(port, "demo-admin"))).isEqualTo(all);
		assertThat(total(ApiClient.signIn(port, "demo-leader"))).isEqualTo(all);
		long town = jdbc.sql("SELECT count(*) FROM demand WHERE division_code = '440703101' OR handling_unit_id = ?")
			.param(unit("棠下镇")).query(Long.class).single();
		assertThat(total(ApiClient.signIn(port, "demo-town"))).isEqualTo(town);
		long justice = jdbc.sql("SELECT count(*) FROM demand WHERE handling_unit_id = ? OR ? = ANY(co_unit_ids)")
			.params(unit("区司法局"), unit("区司法局")).query(Long.class).single();
		assertThat(total(ApiClient.signIn(port, "demo-dept"))).isEqualTo(justice).isPositive();
		long chaoguang = jdbc.sql("SELECT count(*) FROM demand WHERE enterprise_id = ?").param(enterprise("朝光通信有限公司")).query(Long.class).single();
		assertThat(total(ApiClient.signIn(port, "demo-enterprise"))).isEqualTo(chaoguang).isPositive();
		assertThat(ApiClient.signIn(port, "demo-auditor").get("/api/v1/demands").status()).isEqualTo(403);
		assertThat(ApiClient.signIn(port, "demo-sysadmin").get("/api/v1/demands").status()).isEqualTo(403);
	}

	@Test
	void anotherTownsDemandIsNotFoundAndAnotherSidesStepIsForbiddenAndNothingChanges() {
		long zhongtai = jdbc.sql("SELECT id FROM demand WHERE enterprise_id = ? AND status = 'IN_PROGRESS' ORDER BY id LIMIT 1")
			.param(enterprise("中泰纸品有限公司")).query(Long.class).single();
		ApiClient town = ApiClient.signIn(port, "demo-town");
		ApiClient enterprise = ApiClient.signIn(port, "demo-enterprise");
		assertThat(town.get("/api/v1/demands/" + zhongtai).status()).isEqualTo(404);
		assertThat(enterprise.get("/api/v1/demands/" + zhongtai).status()).isEqualTo(404);
		assertThat(enterprise.post("/api/v1/demands/" + zhongtai + "/steps/ANSWER", Map.of("text", "x")).status()).isEqualTo(404);

		long assigned = jdbc.sql("SELECT id FROM demand WHERE status = 'ASSIGNED' AND handling_unit_id = ? ORDER BY id LIMIT 1")
			.param(unit("区司法局")).query(Long.class).single();
		int version = version(assigned);
		ApiClient office = ApiClient.signIn(port, "demo-admin");
		Answer forbidden = office.post("/api/v1/demands/" + assigned + "/steps/SIGN", Map.of());
		assertThat(forbidden.status()).isEqualTo(403);
		Answer conflict = ApiClient.signIn(port, "demo-dept").post("/api/v1/demands/" + assigned + "/steps/ANSWER", Map.of("text", "答复"));
		assertThat(conflict.status()).isEqualTo(409);
		assertThat(conflict.json().get("detail").asString()).contains("不在办理中");
		Answer bad = ApiClient.signIn(port, "demo-dept").post("/api/v1/demands/" + assigned + "/steps/RETURN", Map.of("text", " "));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(office.post("/api/v1/demands/" + assigned + "/steps/FLY", Map.of()).status()).isEqualTo(404);
		assertThat(version(assigned)).isEqualTo(version);

		JsonNode actions = ApiClient.signIn(port, "demo-dept").get("/api/v1/demands/" + assigned + "/actions").json();
		assertThat(strings(actions.get("steps"))).containsExactlyInAnyOrder("SIGN", "RETURN");
	}

	@Test
	void anEnterpriseRaisesItsOwnDemandFromThePortalFollowsItAndRatesTheAnswer() {
		ApiClient enterprise = ApiClient.signIn(port, "demo-enterprise");
		long other = enterprise("中泰纸品有限公司");
		long category = jdbc.sql("SELECT id FROM demand_category WHERE code = 'LABOUR_HIRING'").query(Long.class).single();
		Answer raised = enterprise.post("/api/v1/demands", Map.of("enterpriseId", other, "type", "HELP", "categoryId", category, "title",
				"招聘技术工人" + System.nanoTime(), "content", "需要约三十名技术工人。", "source", "HOTLINE"));
		assertThat(raised.status()).as(raised.body()).isEqualTo(201);
		JsonNode demand = raised.json();
		long id = demand.get("id").asLong();
		assertThat(demand.get("enterpriseId").asLong()).as("its own, whatever it said").isEqualTo(enterprise("朝光通信有限公司"));
		assertThat(demand.get("source").asString()).isEqualTo("PORTAL");
		assertThat(demand.get("handlingUnit").get("name").asString()).isEqualTo("棠下镇");
		assertThat(strings(demand.get("actions").get("steps"))).containsExactly("WITHDRAW");

		assertThat(enterprise.post("/api/v1/demands/" + id + "/steps/SIGN", Map.of()).status()).as("the town's step").isEqualTo(403);
		ApiClient town = ApiClient.signIn(port, "demo-town");
		assertThat(town.post("/api/v1/demands/" + id + "/steps/SIGN", Map.of()).status()).isEqualTo(200);
		assertThat(town.post("/api/v1/demands/" + id + "/steps/ANSWER", Map.of("text", "已对接职业院校招聘会。")).status()).isEqualTo(200);
		assertThat(strings(enterprise.get("/api/v1/demands/" + id + "/actions").json().get("steps"))).containsExactlyInAnyOrder("RATE", "REOPEN");
		Answer rated = enterprise.post("/api/v1/demands/" + id + "/steps/RATE", Map.of("rating", "BASICALLY", "resolved", true));
		assertThat(rated.status()).as(rated.body()).isEqualTo(200);
		assertThat(rated.json().get("status").asString()).isEqualTo("CLOSED");
		assertThat(rated.json().get("rating").asString()).isEqualTo("BASICALLY");
		assertThat(jdbc.sql("SELECT actor_username FROM audit_entry WHERE action = 'enterprise.demand.rated-basically' AND target_id = ?")
			.param(String.valueOf(id)).query(String.class).single()).isEqualTo("demo-enterprise");
	}

	@Test
	void theCppccTurnsADemandIntoAProposalAndTheDemandFollowsIt() {
		long demand = jdbc.sql("SELECT id FROM demand WHERE status = 'CLOSED' AND proposal_id IS NULL ORDER BY id LIMIT 1").query(Long.class).single();
		ApiClient cppcc = ApiClient.signIn(port, "demo-cppcc");
		assertThat(strings(cppcc.get("/api/v1/demands/" + demand + "/actions").json().get("steps"))).containsExactly("RAISE_PROPOSAL");
		assertThat(ApiClient.signIn(port, "demo-admin").post("/api/v1/demands/" + demand + "/steps/RAISE_PROPOSAL", Map.of()).status())
			.as("the CPPCC's step, not the desk's").isEqualTo(403);

		Answer raised = cppcc.post("/api/v1/demands/" + demand + "/steps/RAISE_PROPOSAL", Map.of("text", "涉及全区用电增容政策"));
		assertThat(raised.status()).as(raised.body()).isEqualTo(200);
		long proposal = raised.json().get("proposalId").asLong();
		assertThat(raised.json().get("proposalStatus").asString()).isEqualTo("SUBMITTED");
		assertThat(cppcc.post("/api/v1/demands/" + demand + "/steps/RAISE_PROPOSAL", Map.of()).status()).isEqualTo(409);
		JsonNode linked = cppcc.get("/api/v1/proposals/" + proposal).json();
		assertThat(linked.get("demandNumber").asString()).isEqualTo(raised.json().get("number").asString());

		// A proposal drawn from a demand has its reasons, not yet its suggestions: the committee sends it back to be completed.
		assertThat(cppcc.post("/api/v1/proposals/" + proposal + "/steps/ACCEPT", Map.of()).status()).isEqualTo(400);
		Answer returned = cppcc.post("/api/v1/proposals/" + proposal + "/steps/RETURN_FOR_REVISION", Map.of("text", "请补充办法建议"));
		assertThat(returned.status()).as(returned.body()).isEqualTo(200);
		JsonNode followed = cppcc.get("/api/v1/demands/" + demand).json();
		assertThat(followed.get("proposalStatus").asString()).isEqualTo("RETURNED_FOR_REVISION");
		List<String> kinds = new ArrayList<>();
		followed.get("timeline").forEach(entry -> kinds.add(entry.get("kind").asString()));
		assertThat(kinds).endsWith("raised-to-proposal", "proposal-status");
	}

	@Test
	void theRatesAndCategoriesAnswerThoseWhoReadDemands() {
		ApiClient office = ApiClient.signIn(port, "demo-admin");
		Answer rates = office.get("/api/v1/demands/rates");
		assertThat(rates.status()).isEqualTo(200);
		assertThat(rates.json().size()).isPositive();
		JsonNode first = rates.json().get(0);
		assertThat(first.has("responseRate")).isTrue();
		assertThat(office.get("/api/v1/demands/rates?from=2026-13").status()).isEqualTo(400);
		assertThat(office.get("/api/v1/demands/rates?from=2026-05&to=2026-01").status()).isEqualTo(400);
		assertThat(ApiClient.signIn(port, "demo-enterprise").get("/api/v1/demands/rates").status()).isEqualTo(403);
		JsonNode categories = office.get("/api/v1/demands/categories").json();
		assertThat(categories.size()).as("the categories offered, other tests' among them")
			.isEqualTo(jdbc.sql("SELECT count(*) FROM demand_category WHERE active").query(Integer.class).single());
		assertThat(categories.get(0).get("path").asString()).isEqualTo("政策咨询与兑现");
		assertThat(categories.get(1).get("path").asString()).isEqualTo("政策咨询与兑现 / 政策咨询");
	}

	@Test
	void eachStepHasItsOwnAddressAsWellAsTheStepsOne() {
		ApiClient dept = ApiClient.signIn(port, "demo-dept");
		long legal = jdbc.sql("SELECT id FROM demand_category WHERE code = 'LEGAL'").query(Long.class).single();
		Answer raised = ApiClient.signIn(port, "demo-admin").post("/api/v1/demands", Map.of("enterpriseId", enterprise("中泰纸品有限公司"),
				"type", "CONSULTATION", "categoryId", legal, "title", "合同纠纷咨询" + System.nanoTime(), "content", "供应商违约，想咨询如何维权。",
				"source", "HOTLINE"));
		assertThat(raised.status()).as(raised.body()).isEqualTo(201);
		assertThat(raised.json().get("handlingUnit").get("name").asString()).isEqualTo("区司法局");
		long assigned = raised.json().get("id").asLong();
		Answer signed = dept.post("/api/v1/demands/" + assigned + "/sign", Map.of());
		assertThat(signed.status()).as(signed.body()).isEqualTo(200);
		assertThat(signed.json().get("status").asString()).isEqualTo("IN_PROGRESS");
		assertThat(dept.post("/api/v1/demands/" + assigned + "/sign", Map.of()).status()).as("signed already").isEqualTo(409);
		Answer answered = dept.post("/api/v1/demands/" + assigned + "/answer", Map.of("text", "已按法律顾问意见答复企业。"));
		assertThat(answered.json().get("status").asString()).isEqualTo("ANSWERED");
		assertThat(dept.post("/api/v1/demands/" + assigned + "/fly", Map.of()).status()).isEqualTo(404);
	}

	@Test
	void theStatsAnswerTheThreeRatesWithTheirCountsForAUnitOrTheWholeScope() {
		ApiClient office = ApiClient.signIn(port, "demo-admin");
		int year = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear();
		String period = "from=" + (year - 3) + "-01&to=" + year + "-12";
		long justice = unit("区司法局");
		Answer unitStats = office.get("/api/v1/demands/stats?unit=" + justice + "&" + period);
		assertThat(unitStats.status()).as(unitStats.body()).isEqualTo(200);
		long assigned = jdbc.sql("SELECT coalesce(sum(assigned), 0) FROM demand_unit_month WHERE unit_id = ? AND month BETWEEN ? AND ?")
			.params(justice, java.time.LocalDate.of(year - 3, 1, 1), java.time.LocalDate.of(year, 12, 1)).query(Long.class).single();
		assertThat(assigned).as("the demo data assigns demands to the justice bureau").isPositive();
		assertThat(unitStats.json().get("assigned").asLong()).isEqualTo(assigned);
		assertThat(unitStats.json().get("unitName").asString()).isEqualTo("区司法局");

		Answer whole = office.get("/api/v1/demands/stats?" + period);
		long all = jdbc.sql("SELECT coalesce(sum(assigned), 0) FROM demand_unit_month WHERE month BETWEEN ? AND ?")
			.params(java.time.LocalDate.of(year - 3, 1, 1), java.time.LocalDate.of(year, 12, 1)).query(Long.class).single();
		assertThat(whole.json().get("assigned").asLong()).isEqualTo(all);

		ApiClient town = ApiClient.signIn(port, "demo-town");
		assertThat(town.get("/api/v1/demands/stats?unit=" + justice).status()).as("another unit's figures").isEqualTo(404);
		assertThat(town.get("/api/v1/demands/stats?unit=" + unit("棠下镇")).status()).isEqualTo(200);
		assertThat(office.get("/api/v1/demands/stats?from=2026-13").status()).isEqualTo(400);
		assertThat(ApiClient.signIn(port, "demo-enterprise").get("/api/v1/demands/stats").status()).isEqualTo(403);
	}

	@Test
	void theDeskRoutesOneTownsDemandsOfACategoryThroughTheApi() {
		ApiClient office = ApiClient.signIn(port, "demo-admin");
		long category = jdbc.sql("SELECT id FROM demand_category WHERE code = 'FINANCE'").query(Long.class).single();
		String path = "/api/v1/demands/categories/" + category + "/towns/440703103";
		Answer refused = office.inLanguage("en").put(path, Map.of("unitId", 999_999));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).contains("unitId");
		assertThat(office.put("/api/v1/demands/categories/" + category + "/towns/123", Map.of("unitId", unit("区发改局"))).status())
			.isEqualTo(400);
		assertThat(ApiClient.signIn(port, "demo-town").put(path, Map.of("unitId", unit("区发改局"))).status()).isEqualTo(403);

		Answer routed = office.put(path, Map.of("unitId", unit("区发改局")));
		assertThat(routed.status()).as(routed.body()).isEqualTo(200);
		assertThat(routed.json().get("townRoutes").get(0).get("townName").asString()).isEqualTo("杜阮镇");
		assertThat(routed.json().get("townRoutes").get(0).get("unitName").asString()).isEqualTo("区发改局");
		Answer removed = office.delete(path);
		assertThat(removed.status()).isEqualTo(200);
		assertThat(removed.json().get("townRoutes").size()).isZero();
	}

	@Test
	void badInputIsRefusedWithEveryProblemInTheReadersLanguage() {
		Answer refused = ApiClient.signIn(port, "demo-admin").inLanguage("en").post("/api/v1/demands", Map.of("type", "WISH", "title", " "));
		assertThat(refused.status()).isEqualTo(400);
		List<String> fields = new ArrayList<>();
		refused.json().get("errors").forEach(error -> fields.add(error.get("field").asString()));
		assertThat(fields).contains("enterpriseId", "type", "categoryId", "title", "content", "source");
		assertThat(refused.body()).contains("Choose the category.");
	}

	private long total(ApiClient client) {
		Answer answer = client.get("/api/v1/demands?size=1");
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		return answer.json().get("total").asLong();
	}

	private long unit(String shortName) {
		return jdbc.sql("SELECT id FROM unit WHERE short_name = ?").param(shortName).query(Long.class).single();
	}

	private long enterprise(String name) {
		return jdbc.sql("SELECT id FROM enterprise WHERE name = ?").param(name).query(Long.class).single();
	}

	private int version(long demandId) {
		return jdbc.sql("SELECT version FROM demand WHERE id = ?").param(demandId).query(Integer.class).single();
	}

	private static List<String> strings(JsonNode array) {
		List<String> values = new ArrayList<>();
		array.forEach(value -> values.add(value.asString()));
		return values;
	}
}
