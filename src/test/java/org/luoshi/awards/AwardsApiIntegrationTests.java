package org.luoshi.awards;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.luoshi.organization.OrganizationDirectory;
import org.luoshi.support.ApiClient;
import org.luoshi.support.ApiClient.Answer;
import org.luoshi.support.PageSession;
import org.luoshi.shared.web.Times;
import org.luoshi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * The awards through the API and the pages on PostgreSQL with the demo data: the 2023 city campaign with its two
 * Pengjiang honours and their certificates, the district's campaign on public notice with its open objection (the public
 * page shows it without the objector's phone); who sees which nomination; search within rights; and the refusals —
 * an ineligible nomination with its reason, a score out of range, a reviewer scoring his own unit's nomination — each a
 * localized 400 with nothing changed.
 */
@IntegrationTest
class AwardsApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OrganizationDirectory organization;

	@Autowired
	Times times;

	@Test
	void theDemoCampaignsHonoursAndOpenObjection() {
		ApiClient office = ApiClient.signIn(port, "demo-awards");
		JsonNode campaigns = office.get("/api/v1/awards/campaigns").json();
		JsonNode city = find(campaigns, "title", "2023年度江门市青年文明号");
		assertThat(city.get("stage").asString()).isEqualTo("FINAL");
		assertThat(city.get("level").asString()).isEqualTo("CITY");
		JsonNode district = find(campaigns, "title", times.today().getYear() + "年度蓬江区青年文明号");
		assertThat(district.get("stage").asString()).isEqualTo("NOTICE");

		JsonNode honours = office.get("/api/v1/awards/honours").json();
		List<String> names = new ArrayList<>();
		honours.forEach(h -> names.add(h.get("collectiveName").asString()));
		assertThat(names).contains("江门市蓬江区人民法院刑事审判庭", "中建四局第一建设有限公司基础设施分公司总部机关");
		JsonNode court = find(honours, "collectiveName", "江门市蓬江区人民法院刑事审判庭");
		// The construction branch is in the enterprise demo registry under its (invented, well-formed) credit code: its
		// honour is linked to the enterprise and shows on the enterprise's 360° page.
		JsonNode builders = find(honours, "collectiveName", "中建四局第一建设有限公司基础设施分公司总部机关");
		assertThat(builders.get("enterpriseId").isNull()).as(builders.toString()).isFalse();
		String code = builders.get("creditCode").asString();
		assertThat(org.luoshi.enterprise.CreditCode.parse(code).value()).isEqualTo(code);
		String enterprisePage = PageSession.text(PageSession.signIn(port, "demo-admin").get("/enterprises/" + builders.get("enterpriseId").asLong()));
		assertThat(enterprisePage).contains("中建四局第一建设有限公司基础设施分公司", "中建四局第一建设有限公司基础设施分公司总部机关");
		assertThat(court.get("awardedOn").asString()).isEqualTo("2023-05-22");
		assertThat(court.get("validUntil").asString()).isEqualTo("2025-05-21");
		ApiClient.Download pdf = office.download("/api/v1/awards/honours/" + court.get("id").asLong() + "/certificate");
		assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

		// The court's division was scored by the panel alone: the court's reviewer was recused.
		JsonNode courtNomination = office.get("/api/v1/awards/nominations/" + court.get("nominationId").asLong()).json();
		assertThat(courtNomination.get("members").asInt()).isEqualTo(11);
		assertThat(courtNomination.get("averageAge").decimalValue()).isEqualByComparingTo("32.0");
		assertThat(courtNomination.get("reviewers").asInt()).isEqualTo(1);

		JsonNode objections = office.get("/api/v1/awards/objections?campaignId=" + district.get("id").asLong()).json();
		assertThat(objections).hasSize(1);
		assertThat(objections.get(0).get("status").asString()).isEqualTo("OPEN");
		assertThat(objections.get(0).get("contactPhone").asString()).isEqualTo("13902260188");
		assertThat(objections.get(0).get("actions").toString()).contains("INVESTIGATE", "ANSWER");

		// The public page: the proposed collectives, the open objection, never its contact; phone-sized markup.
		String notice = PageSession.text(PageSession.anonymous(port).get("/public/awards/" + district.get("id").asLong()));
		assertThat(notice).contains("棠下镇经济发展办公室", "法治宣传科", "名单中有两名成员已于今年调离", "objection-form").doesNotContain("13902260188");
		assertThat(notice).contains("name=\"viewport\"");

		// Objections are the office's alone; a town sees its own nominations only.
		assertThat(ApiClient.signIn(port, "demo-town").get("/api/v1/awards/objections").status()).isEqualTo(403);
		JsonNode townView = ApiClient.signIn(port, "demo-town").get("/api/v1/awards/nominations?campaignId=" + district.get("id").asLong()).json();
		List<String> townSees = new ArrayList<>();
		townView.forEach(n -> townSees.add(n.get("collectiveName").asString()));
		assertThat(townSees).containsExactly("棠下镇经济发展办公室");

		// Search within rights: the honour for everyone signed in, the objection for the office only.
		assertThat(office.get("/api/v1/search?q=" + enc("调离") + "&type=award-objection").json().get("total").asInt()).isPositive();
		assertThat(ApiClient.signIn(port, "demo-town").get("/api/v1/search?q=" + enc("调离") + "&type=award-objection").json().get("total").asInt())
			.isZero();
		assertThat(ApiClient.signIn(port, "demo-town").get("/api/v1/search?q=" + enc("刑事审判庭") + "&type=award-honour").json().get("total").asInt())
			.isPositive();

		// The pages open.
		PageSession pages = PageSession.signIn(port, "demo-awards");
		for (String path : List.of("/awards", "/awards/campaigns/" + district.get("id").asLong(), "/awards/campaigns/" + city.get("id").asLong(),
				"/awards/nominations/" + court.get("nominationId").asLong(), "/awards/honours", "/awards/honours/" + court.get("id").asLong(),
				"/awards/objections", "/awards/objections/" + objections.get(0).get("id").asLong(), "/public/awards")) {
			assertThat(pages.get(path).statusCode()).as(path).isEqualTo(200);
		}
		assertThat(PageSession.text(pages.get("/awards/campaigns/" + city.get("id").asLong()))).contains("江门市蓬江区人民法院刑事审判庭", "ranking-place");
	}

	@Test
	void refusesAnIneligibleNominationAScoreOutOfRangeAndScoringOnesOwnUnit() {
		ApiClient office = ApiClient.signIn(port, "demo-awards");
		ApiClient town = ApiClient.signIn(port, "demo-town");
		LocalDate today = times.today();
		Map<String, Object> create = CampaignJson.campaign("接口测试评选" + System.nanoTime(), today, today.plusDays(3));
		Answer created = office.post("/api/v1/awards/campaigns", create);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		long campaignId = created.json().get("id").asLong();
		long criterion = created.json().get("criteria").get(0).get("id").asLong();
		long tangxia = organization.findUnitByName("棠下镇").orElseThrow().id();
		long tangxiaOffice = organization.findUnitByName("棠下镇经济发展办公室").orElseThrow().id();
		long court = organization.findUnitByName("江门市蓬江区人民法院").orElseThrow().id();
		long division = organization.findUnitByName("刑事审判庭").orElseThrow().id();
		LocalDate reference = today.plusDays(3);

		long before = count();
		Answer old = town.inLanguage("en").post("/api/v1/awards/nominations", Map.of("campaignId", campaignId, "nominatingUnitId", tangxia,
				"subjectUnitId", tangxiaOffice, "birthDates", reference.minusYears(40) + "\n" + reference.minusYears(50)));
		assertThat(old.status()).isEqualTo(400);
		assertThat(old.body()).contains("awards.rule.MAX_AVERAGE_AGE.failed", "the average age must be at most 35, it is 45");
		assertThat(count()).isEqualTo(before);

		Answer young = town.post("/api/v1/awards/nominations", Map.of("campaignId", campaignId, "nominatingUnitId", tangxia, "subjectUnitId",
				tangxiaOffice, "birthDates", reference.minusYears(25).minusDays(3) + "\n" + reference.minusYears(30).minusDays(3)));
		assertThat(young.status()).as(young.body()).isEqualTo(201);
		assertThat(young.json().get("averageAge").decimalValue()).isEqualByComparingTo("27.5");
		long youngId = young.json().get("id").asLong();
		long courtId = office.post("/api/v1/awards/nominations", Map.of("campaignId", campaignId, "nominatingUnitId", court, "subjectUnitId", division,
				"birthDates", reference.minusYears(30).minusDays(3) + "\n" + reference.minusYears(31).minusDays(3))).json().get("id").asLong();

		assertThat(office.post("/api/v1/awards/campaigns/" + campaignId + "/rounds/confirm", null).status()).isEqualTo(200);
		assertThat(office.post("/api/v1/awards/nominations/" + youngId + "/steps/qualify", null).status()).isEqualTo(200);
		assertThat(office.post("/api/v1/awards/nominations/" + courtId + "/steps/qualify", null).status()).isEqualTo(200);
		assertThat(office.post("/api/v1/awards/campaigns/" + campaignId + "/rounds/confirm", null).status()).isEqualTo(200);

		ApiClient reviewer = ApiClient.signIn(port, "demo-reviewer");
		Answer own = reviewer.post("/api/v1/awards/reviews/" + courtId + "/scores", Map.of("scores", Map.of(String.valueOf(criterion), 8)));
		assertThat(own.status()).isEqualTo(400);
		assertThat(own.body()).contains("awards.score.own-unit", "须回避");
		Answer range = reviewer.post("/api/v1/awards/reviews/" + youngId + "/scores", Map.of("scores", Map.of(String.valueOf(criterion), 11)));
		assertThat(range.status()).isEqualTo(400);
		assertThat(range.body()).contains("awards.score.range");
		assertThat(jdbc.sql("SELECT count(*) FROM award_score WHERE nomination_id IN (?, ?)").params(youngId, courtId).query(Long.class).single()).isZero();
		Answer scored = reviewer.post("/api/v1/awards/reviews/" + youngId + "/scores", Map.of("scores", Map.of(String.valueOf(criterion), 9)));
		assertThat(scored.status()).as(scored.body()).isEqualTo(200);
		assertThat(scored.json().get("total").decimalValue()).isEqualByComparingTo("90.00");
		assertThat(reviewer.get("/api/v1/awards/nominations/" + courtId).json().get("automaticallyRecused").asBoolean()).isTrue();
		assertThat(reviewer.get("/api/v1/awards/nominations/" + courtId).json().get("actions").toString()).doesNotContain("SCORE");
		assertThat(office.get("/api/v1/awards/reviews?campaignId=" + campaignId).json().get("ranking").get(0).get("collectiveName").asString())
			.isEqualTo("棠下镇经济发展办公室");
	}

	@Test
	void editsACampaignByTheSameRulesAsCreatingItAndOnlyWhileNominationsAreOpen() {
		ApiClient office = ApiClient.signIn(port, "demo-awards");
		LocalDate today = times.today();
		Map<String, Object> create = CampaignJson.campaign("接口修改评选" + System.nanoTime(), today, today.plusDays(3));
		Answer created = office.post("/api/v1/awards/campaigns", create);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		long id = created.json().get("id").asLong();
		int version = created.json().get("version").asInt();

		Map<String, Object> bad = new LinkedHashMap<>(create);
		bad.put("rules", Map.of("MIN_SHARE_UNDER_35", 120));
		bad.put("criteria", List.of(Map.of("name", "成效", "weight", 60, "maxScore", 10), Map.of("name", "创新", "weight", 0, "maxScore", 10)));
		bad.put("rounds", List.of(Map.of("kind", "NOMINATION", "opensOn", today.toString(), "closesOn", today.minusDays(1).toString())));
		Answer refused = office.inLanguage("en").put("/api/v1/awards/campaigns/" + id, bad);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).contains("\"rules[MIN_SHARE_UNDER_35]\"", "\"criteria[1]\"", "Criterion “创新”: weight 1 to 100", "\"rounds[0]\"",
				"A round has invalid dates.");
		assertThat(office.get("/api/v1/awards/campaigns/" + id).json().get("version").asInt()).isEqualTo(version);
		assertThat(office.get("/api/v1/awards/campaigns/" + id).json().get("rules").get(0).get("kind").asString()).isEqualTo("MAX_AVERAGE_AGE");

		Map<String, Object> good = new LinkedHashMap<>(create);
		good.put("places", 2);
		good.put("criteria", List.of(Map.of("name", "成效", "weight", 70, "maxScore", 10), Map.of("name", "创新", "weight", 30, "maxScore", 5)));
		Answer stale = office.put("/api/v1/awards/campaigns/" + id + "?version=" + (version + 7), good);
		assertThat(stale.status()).isEqualTo(409);
		Answer edited = office.put("/api/v1/awards/campaigns/" + id + "?version=" + version, good);
		assertThat(edited.status()).as(edited.body()).isEqualTo(200);
		assertThat(edited.json().get("places").asInt()).isEqualTo(2);
		assertThat(edited.json().get("criteria").size()).isEqualTo(2);
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'awards.campaign.edited' AND target_id = ?").param(String.valueOf(id))
			.query(Long.class).single()).isEqualTo(1);
		assertThat(ApiClient.signIn(port, "demo-town").put("/api/v1/awards/campaigns/" + id, good).status()).isEqualTo(403);

		ApiClient town = ApiClient.signIn(port, "demo-town");
		long tangxia = organization.findUnitByName("棠下镇").orElseThrow().id();
		LocalDate reference = today.plusDays(3);
		assertThat(town.post("/api/v1/awards/nominations", Map.of("campaignId", id, "nominatingUnitId", tangxia, "subjectUnitId", tangxia,
				"birthDates", reference.minusYears(25).minusDays(3) + "\n" + reference.minusYears(30).minusDays(3))).status()).isEqualTo(201);
		Map<String, Object> stricter = new LinkedHashMap<>(good);
		stricter.put("rules", Map.of("MAX_AVERAGE_AGE", 25));
		Answer locked = office.put("/api/v1/awards/campaigns/" + id, stricter);
		assertThat(locked.status()).isEqualTo(400);
		assertThat(locked.body()).contains("awards.campaign.rules.locked");
		good.put("title", create.get("title") + "（修订）");
		assertThat(office.put("/api/v1/awards/campaigns/" + id, good).status()).isEqualTo(200);

		assertThat(office.post("/api/v1/awards/campaigns/" + id + "/rounds/confirm", null).status()).isEqualTo(200);
		Answer closed = office.put("/api/v1/awards/campaigns/" + id, good);
		assertThat(closed.status()).isEqualTo(409);
		assertThat(closed.body()).contains("awards.campaign.not-editable");
	}

	private long count() {
		return jdbc.sql("SELECT count(*) FROM award_nomination").query(Long.class).single();
	}

	private static JsonNode find(JsonNode array, String field, String value) {
		for (JsonNode node : array) {
			if (value.equals(node.get(field).asString())) {
				return node;
			}
		}
		throw new AssertionError(field + "=" + value + " not in " + array);
	}

	private static String enc(String text) {
		return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
	}
}
