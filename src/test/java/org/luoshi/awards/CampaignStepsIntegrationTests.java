package org.luoshi.awards;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.luoshi.awards.internal.AwardCommands.FileObjection;
import org.luoshi.awards.internal.AwardService;
import org.luoshi.awards.internal.CampaignLifecycle;
import org.luoshi.calendar.WorkingDays;
import org.luoshi.identity.AccountDirectory;
import org.luoshi.organization.OrganizationDirectory;
import org.luoshi.shared.web.Times;
import org.luoshi.support.ApiClient;
import org.luoshi.support.ApiClient.Answer;
import org.luoshi.support.Messages;
import org.luoshi.support.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * A campaign's stages taken one by one through the API, along the one command path: each step is the campaign's
 * timeline entry and audit entry and, where someone must hear of it, a notification in their inbox (the nominating units
 * when nominations close or open again, the notice starts and the results are final; the reviewers when scoring opens).
 * The campaign's JSON offers exactly the steps the table allows its stage less those its data rules out; a refused step
 * answers 409 in words and changes nothing — the step back once a nomination has been checked, scoring before every
 * nomination is checked, the ranking before every one is scored, the results while the notice runs (the days then pass
 * on the platform's clock) and while an objection is open, anything once final.
 */
@AwardsClock
class CampaignStepsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OrganizationDirectory organization;

	@Autowired
	AccountDirectory accounts;

	@Autowired
	AwardService awards;

	@Autowired
	WorkingDays workingDays;

	@Autowired
	Times times;

	@Autowired
	MutableClock clock;

	@Autowired
	Messages messages;

	@Test
	void eachStepIsOnTheTimelineInTheAuditTrailAndToldToWhomItConcerns() {
		ApiClient office = ApiClient.signIn(port, "demo-awards");
		ApiClient town = ApiClient.signIn(port, "demo-town");
		JsonNode created = create(office, "逐环节评选" + System.nanoTime());
		long id = created.get("id").asLong();
		long criterion = created.get("criteria").get(0).get("id").asLong();
		long fromTown = nominate(town, id, unit("棠下镇"), unit("棠下镇经济发展办公室"));
		long fromJustice = nominate(office, id, unit("区司法局"), unit("区司法局"));

		// Nominations open: the office may edit the campaign or close them; a town takes no step of the campaign.
		assertThat(actions(office, id)).containsExactly("EDIT", "CLOSE_NOMINATIONS");
		assertThat(actions(town, id)).isEmpty();
		assertThat(town.post("/api/v1/awards/campaigns/" + id + "/steps/close-nominations", null).status()).isEqualTo(403);

		JsonNode closed = step(office, id, "close-nominations", null);
		assertThat(closed.get("stage").asString()).isEqualTo("QUALIFICATION");
		assertThat(round(closed, "NOMINATION").get("confirmedAt").isNull()).isFalse();
		assertRecorded(id, "nominations-closed");
		assertTold(id, "nominations-closed", "demo-town", "demo-dept");
		// Nothing checked yet: the nominations may open again, scoring may not.
		assertThat(actions(office, id)).containsExactly("REOPEN_NOMINATIONS");
		refused(office, id, "open-scoring", "awards.campaign.unchecked-nominations");

		// The step back needs a reason; it unlocks the round and tells the units.
		Answer noReason = office.post("/api/v1/awards/campaigns/" + id + "/steps/reopen-nominations", Map.of());
		assertThat(noReason.status()).isEqualTo(400);
		assertThat(noReason.body()).contains("awards.required");
		JsonNode reopened = step(office, id, "reopen-nominations", Map.of("text", "区司法局申请延期一天补交材料"));
		assertThat(reopened.get("stage").asString()).isEqualTo("NOMINATION");
		assertThat(round(reopened, "NOMINATION").get("confirmedAt").isNull()).isTrue();
		assertRecorded(id, "nominations-reopened");
		assertThat(lastEntryText(id)).isEqualTo("区司法局申请延期一天补交材料");
		assertTold(id, "nominations-reopened", "demo-town", "demo-dept");
		assertThat(actions(office, id)).containsExactly("EDIT", "CLOSE_NOMINATIONS");

		step(office, id, "close-nominations", null);
		qualify(office, fromTown);
		qualify(office, fromJustice);
		refused(office, id, "reopen-nominations", "awards.campaign.reopen.checked");
		assertThat(actions(office, id)).containsExactly("OPEN_SCORING");

		JsonNode scoring = step(office, id, "open-scoring", null);
		assertThat(scoring.get("stage").asString()).isEqualTo("SCORING");
		assertRecorded(id, "scoring-opened");
		assertTold(id, "scoring-opened", "demo-reviewer", "demo-panel");
		refused(office, id, "confirm-ranking", "awards.campaign.unscored-nominations");

		ApiClient panel = ApiClient.signIn(port, "demo-panel");
		assertThat(panel.post("/api/v1/awards/reviews/" + fromTown + "/scores", Map.of("scores", Map.of(String.valueOf(criterion), 9))).status())
			.isEqualTo(200);
		assertThat(panel.post("/api/v1/awards/reviews/" + fromJustice + "/scores", Map.of("scores", Map.of(String.valueOf(criterion), 7))).status())
			.isEqualTo(200);
		assertThat(actions(office, id)).containsExactly("CONFIRM_RANKING");

		JsonNode ranked = step(office, id, "confirm-ranking", null);
		assertThat(ranked.get("stage").asString()).isEqualTo("RANKED");
		assertRecorded(id, "ranking-confirmed");
		assertThat(jdbc.sql("SELECT count(*) FROM notification WHERE message_key = 'awards.notify.ranking-confirmed'").query(Long.class).single())
			.as("each proposed or passed-over nomination tells its own unit").isZero();
		assertThat(office.get("/api/v1/awards/nominations/" + fromTown).json().get("status").asString()).isEqualTo("PROPOSED");
		assertThat(office.get("/api/v1/awards/nominations/" + fromJustice).json().get("status").asString()).isEqualTo("NOT_SELECTED");
		assertThat(actions(office, id)).containsExactly("START_NOTICE");

		LocalDate today = times.today();
		JsonNode notice = step(office, id, "start-notice", Map.of());
		assertThat(notice.get("stage").asString()).isEqualTo("NOTICE");
		assertThat(notice.get("noticeFrom").asString()).isEqualTo(today.toString());
		LocalDate until = workingDays.deadline(today.minusDays(1), 5).due();
		assertThat(notice.get("noticeUntil").asString()).isEqualTo(until.toString());
		assertRecorded(id, "notice-started");
		assertTold(id, "notice-started", "demo-town", "demo-dept");

		// The results wait for the notice's end, then for every objection's answer.
		assertThat(actions(office, id)).isEmpty();
		refused(office, id, "finalise", "awards.campaign.notice-running");
		long objection = awards.fileObjection(id, new FileObjection(fromTown, "名单有误", "李先生", "13800138000")).id();
		clock.advanceDays((int) ChronoUnit.DAYS.between(times.today(), until) + 1);
		refused(office, id, "finalise", "awards.campaign.objections-open");
		assertThat(office.post("/api/v1/awards/objections/" + objection + "/steps/answer", Map.of("text", "经核实，异议不成立。", "upheld", false)).status())
			.isEqualTo(200);
		assertThat(actions(office, id)).containsExactly("FINALISE");

		JsonNode results = step(office, id, "finalise", null);
		assertThat(results.get("stage").asString()).isEqualTo("FINAL");
		assertRecorded(id, "finalised");
		assertTold(id, "finalised", "demo-town", "demo-dept");
		assertThat(office.get("/api/v1/awards/nominations/" + fromTown).json().get("status").asString()).isEqualTo("AWARDED");
		List<String> honoured = new ArrayList<>();
		office.get("/api/v1/awards/honours?unitId=" + unit("棠下镇经济发展办公室")).json()
			.forEach(h -> honoured.add(h.get("campaignId").asLong() + " " + h.get("awardedOn").asString()));
		assertThat(honoured).contains(id + " " + times.today());

		// Nothing changes a final campaign, whatever the step.
		assertThat(actions(office, id)).isEmpty();
		for (CampaignLifecycle.Step step : CampaignLifecycle.Step.values()) {
			if (step != CampaignLifecycle.Step.EDIT) {
				assertThat(refusedWithoutChange(office, id, step.name().toLowerCase().replace('_', '-')).status()).as(step.name()).isEqualTo(409);
			}
		}
		assertThat(office.put("/api/v1/awards/campaigns/" + id, CampaignJson.campaign("改名", times.today(), times.today().plusDays(3))).status()).isEqualTo(409);
		// The timeline holds each step once, in order.
		assertThat(jdbc.sql("SELECT kind FROM award_campaign_event WHERE campaign_id = ? ORDER BY id").param(id).query(String.class).list())
			.containsExactly("created", "nominations-closed", "nominations-reopened", "nominations-closed", "scoring-opened", "ranking-confirmed",
					"notice-started", "finalised");
	}

	@Test
	void theOlderAddressesTakeTheSameStepsAndAStepNameOrCampaignNotThereIs404() {
		ApiClient office = ApiClient.signIn(port, "demo-awards");
		long id = create(office, "旧地址评选" + System.nanoTime()).get("id").asLong();

		Answer confirmed = office.post("/api/v1/awards/campaigns/" + id + "/rounds/confirm", null);
		assertThat(confirmed.status()).isEqualTo(200);
		assertThat(confirmed.json().get("stage").asString()).isEqualTo("QUALIFICATION");
		assertThat(confirmed.json().get("actions").toString()).contains("REOPEN_NOMINATIONS", "OPEN_SCORING");
		assertRecorded(id, "nominations-closed");
		Answer early = office.post("/api/v1/awards/campaigns/" + id + "/notice", Map.of());
		assertThat(early.status()).isEqualTo(409);
		assertThat(early.body()).contains("awards.campaign.not-ranked", messages.zh("awards.campaign.not-ranked"));

		assertThat(office.post("/api/v1/awards/campaigns/" + id + "/steps/jump-ahead", null).status()).isEqualTo(404);
		assertThat(office.post("/api/v1/awards/campaigns/987654321/steps/close-nominations", null).status()).isEqualTo(404);
		Answer edit = office.post("/api/v1/awards/campaigns/" + id + "/steps/edit", null);
		assertThat(edit.status()).isEqualTo(409);
		assertThat(edit.body()).contains("awards.campaign.not-editable");
	}

	// ----- helpers

	private JsonNode step(ApiClient office, long id, String step, Object body) {
		Answer answer = office.post("/api/v1/awards/campaigns/" + id + "/steps/" + step, body);
		assertThat(answer.status()).as(step + ": " + answer.body()).isEqualTo(200);
		return answer.json();
	}

	/** A step refused with 409 in words, the campaign, its rounds, timeline and audit trail as they were. */
	private void refused(ApiClient office, long id, String step, String messageKey) {
		Answer answer = refusedWithoutChange(office, id, step);
		assertThat(answer.status()).as(step).isEqualTo(409);
		assertThat(answer.body()).contains(messageKey, messages.zh(messageKey));
	}

	private Answer refusedWithoutChange(ApiClient office, long id, String step) {
		String before = state(id);
		Answer answer = office.post("/api/v1/awards/campaigns/" + id + "/steps/" + step, Map.of("text", "理由"));
		assertThat(state(id)).as(step + " changed nothing").isEqualTo(before);
		return answer;
	}

	private String state(long id) {
		return jdbc.sql("""
				SELECT c.stage || '|' || c.version || '|' || coalesce(c.notice_until::text, '') || '|' || coalesce(c.finalised_at::text, '')
				  || '|' || (SELECT count(*) FROM award_round r WHERE r.campaign_id = c.id AND r.confirmed_at IS NOT NULL)
				  || '|' || (SELECT count(*) FROM award_campaign_event e WHERE e.campaign_id = c.id)
				  || '|' || (SELECT count(*) FROM audit_entry a WHERE a.target_type = 'award-campaign' AND a.target_id = c.id::text)
				  || '|' || (SELECT string_agg(n.status, ',' ORDER BY n.id) FROM award_nomination n WHERE n.campaign_id = c.id)
				FROM award_campaign c WHERE c.id = ?""").param(id).query(String.class).single();
	}

	/** The campaign's latest timeline entry is of the kind, and the audit trail holds the step's entry. */
	private void assertRecorded(long id, String kind) {
		assertThat(jdbc.sql("SELECT kind FROM award_campaign_event WHERE campaign_id = ? ORDER BY id DESC LIMIT 1").param(id).query(String.class)
			.single()).isEqualTo(kind);
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = ? AND target_type = 'award-campaign' AND target_id = ?")
			.params("awards.campaign." + kind, String.valueOf(id)).query(Long.class).single()).as("audited " + kind).isPositive();
	}

	private String lastEntryText(long id) {
		return jdbc.sql("SELECT text FROM award_campaign_event WHERE campaign_id = ? ORDER BY id DESC LIMIT 1").param(id).query(String.class).single();
	}

	/** Each account finds the step's notification in its inbox, linked to the campaign. */
	private void assertTold(long id, String kind, String... usernames) {
		for (String username : usernames) {
			long account = accounts.findByUsername(username).orElseThrow().id();
			Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.sql("""
					SELECT count(*) FROM inbox_item i JOIN notification n ON n.id = i.notification_id
					WHERE i.account_id = ? AND n.message_key = ? AND n.link = ?""")
				.params(account, "awards.notify." + kind, "/awards/campaigns/" + id).query(Long.class).single()).as(username + " told of " + kind)
				.isGreaterThanOrEqualTo(1));
		}
	}

	private static List<String> actions(ApiClient client, long id) {
		List<String> actions = new ArrayList<>();
		client.get("/api/v1/awards/campaigns/" + id).json().get("actions").forEach(step -> actions.add(step.asString()));
		return actions;
	}

	private static JsonNode round(JsonNode campaign, String kind) {
		for (JsonNode round : campaign.get("rounds")) {
			if (kind.equals(round.get("kind").asString())) {
				return round;
			}
		}
		throw new AssertionError(kind + " not in " + campaign);
	}

	private JsonNode create(ApiClient office, String title) {
		Answer created = office.post("/api/v1/awards/campaigns", CampaignJson.campaign(title, times.today(), times.today().plusDays(3)));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json();
	}


	private long nominate(ApiClient client, long campaignId, long nominatingUnit, long subjectUnit) {
		LocalDate reference = times.today().plusDays(3);
		Answer nominated = client.post("/api/v1/awards/nominations", Map.of("campaignId", campaignId, "nominatingUnitId", nominatingUnit,
				"subjectUnitId", subjectUnit, "birthDates", reference.minusYears(26).minusDays(3) + "\n" + reference.minusYears(30).minusDays(3)));
		assertThat(nominated.status()).as(nominated.body()).isEqualTo(201);
		return nominated.json().get("id").asLong();
	}

	private static void qualify(ApiClient office, long nominationId) {
		assertThat(office.post("/api/v1/awards/nominations/" + nominationId + "/steps/qualify", null).status()).isEqualTo(200);
	}

	private long unit(String name) {
		return organization.findUnitByName(name).orElseThrow().id();
	}
}
