package org.luoshi.enterprise.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.support.ApiClient;
import org.luoshi.support.ApiClient.Answer;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.Messages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * {@code /api/v1/visits} as each demo role calls it: every step, every refusal (403, 404, 409, 400) with nothing
 * changed, who sees which visit, the audit trail, search and the enterprise's timeline.
 */
@IntegrationTest
class VisitApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Messages messages;

	ApiClient town;
	ApiClient office;

	@BeforeEach
	void signIn() {
		town = ApiClient.signIn(port, "demo-town");
		office = ApiClient.signIn(port, "demo-admin");
	}

	// ----- the steps

	@Test
	void aTownPlansEditsAndRecordsAVisitWithPhotosAndEveryStepIsOnTheTimelineAndInTheAuditTrail() {
		long before = maxAuditId();
		Answer planned = town.post("/api/v1/visits", plan(tangxiaUnit(), enterprise("江门市棠下激光科技有限公司")));
		assertThat(planned.status()).as(planned.body()).isEqualTo(201);
		JsonNode visit = planned.json();
		long id = visit.get("id").asLong();
		assertThat(visit.get("status").asString()).isEqualTo("PLANNED");
		assertThat(visit.get("unitName").asString()).isEqualTo("棠下镇");
		assertThat(steps(town, id)).containsExactly("EDIT", "RECORD", "CANCEL");

		Map<String, Object> edit = plan(tangxiaUnit(), enterprise("江门市棠下激光科技有限公司"), enterprise("朝光通信有限公司"));
		edit.put("purpose", "了解新产线和用工需求");
		edit.put("version", 0);
		Answer edited = town.put("/api/v1/visits/" + id, edit);
		assertThat(edited.status()).as(edited.body()).isEqualTo(200);
		assertThat(edited.json().get("version").asInt()).isEqualTo(1);
		assertThat(edited.json().get("enterprises").size()).isEqualTo(2);

		Map<String, Object> record = new HashMap<>();
		record.put("visitedDate", today().toString());
		record.put("findings", "新产线已投产");
		record.put("enterprises", List.of(Map.of("enterpriseId", enterprise("江门市棠下激光科技有限公司"), "findings", "需要技术工人"),
				Map.of("enterpriseId", enterprise("朝光通信有限公司"), "findings", "希望对接高校")));
		record.put("version", 1);
		Answer recorded = town.post("/api/v1/visits/" + id + "/record", record);
		assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
		assertThat(recorded.json().get("status").asString()).isEqualTo("RECORDED");
		assertThat(recorded.json().get("enterprises").get(1).get("findings").asString()).isEqualTo("希望对接高校");
		assertThat(steps(town, id)).containsExactly("ADD_PHOTOS");

		Answer photo = town.upload("/api/v1/visits/" + id + "/photos", "现场.png", png());
		assertThat(photo.status()).as(photo.body()).isEqualTo(200);
		JsonNode stored = photo.json().get("photos").get(0);
		ApiClient.Download download = town.download(stored.get("link").asString());
		assertThat(download.status()).isEqualTo(200);
		assertThat(download.headers().firstValue("Content-Type").orElse("")).isEqualTo("image/png");
		assertThat(download.body()).isEqualTo(png());

		JsonNode timeline = town.get("/api/v1/visits/" + id + "/timeline").json();
		assertThat(timeline.valueStream().map(e -> e.get("kind").asString()).toList())
			.containsExactly("PLANNED", "EDITED", "RECORDED", "PHOTOS_ADDED");
		assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE id > ? AND target_type = 'visit' AND target_id = ? ORDER BY id")
			.params(before, String.valueOf(id)).query(String.class).list())
			.containsExactly("visit.planned", "visit.edited", "visit.recorded", "visit.photos-added");
	}

	@Test
	void aVisitThatWasNotPlannedIsRecordedDirectly() {
		Map<String, Object> body = plan(tangxiaUnit(), enterprise("江门市棠下激光科技有限公司"));
		body.put("status", "RECORDED");
		body.put("visitedDate", today().minusDays(2).toString());
		body.put("findings", "企业反映用电紧张");
		Answer answer = town.post("/api/v1/visits", body);

		assertThat(answer.status()).as(answer.body()).isEqualTo(201);
		assertThat(answer.json().get("status").asString()).isEqualTo("RECORDED");
		assertThat(answer.json().get("plannedDate").isNull()).isTrue();
		long id = answer.json().get("id").asLong();
		assertThat(town.get("/api/v1/visits/" + id + "/timeline").json().get(0).get("kind").asString()).isEqualTo("RECORDED_UNPLANNED");
	}

	@Test
	void aPlannedVisitIsCancelledWithAReasonAndThenRefusesEverything() {
		long id = town.post("/api/v1/visits", plan(tangxiaUnit(), enterprise("江门市棠下激光科技有限公司"))).json().get("id").asLong();

		Answer noReason = town.post("/api/v1/visits/" + id + "/cancel", Map.of("reason", " ", "version", 0));
		assertThat(noReason.status()).isEqualTo(400);
		assertThat(noReason.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
		Answer cancelled = town.post("/api/v1/visits/" + id + "/cancel", Map.of("reason", "企业停产检修", "version", 0));
		assertThat(cancelled.status()).isEqualTo(200);
		assertThat(cancelled.json().get("cancelReason").asString()).isEqualTo("企业停产检修");
		assertThat(steps(town, id)).isEmpty();

		Answer again = town.post("/api/v1/visits/" + id + "/cancel", Map.of("reason", "再次", "version", 1));
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.contentType()).startsWith("application/problem+json");
		assertThat(again.json().get("detail").asString()).isEqualTo(messages.zh("visits.step.not-in-status.CANCELLED"));
		assertThat(town.post("/api/v1/visits/" + id + "/record", Map.of("visitedDate", today().toString(), "findings", "x", "version", 1))
			.status()).isEqualTo(409);
		assertThat(town.upload("/api/v1/visits/" + id + "/photos", "a.png", png()).status()).isEqualTo(409);
		assertThat(version(id)).isEqualTo(1);
	}

	// ----- refusals, and nothing changed

	@Test
	void aStaleVersionIs409AndNothingChanges() {
		long id = town.post("/api/v1/visits", plan(tangxiaUnit(), enterprise("江门市棠下激光科技有限公司"))).json().get("id").asLong();
		Map<String, Object> edit = plan(tangxiaUnit(), enterprise("江门市棠下激光科技有限公司"));
		edit.put("purpose", "第一次修改");
		edit.put("version", 0);
		assertThat(town.put("/api/v1/visits/" + id, edit).status()).isEqualTo(200);

		edit.put("purpose", "用旧版本修改");
		Answer stale = town.put("/api/v1/visits/" + id, edit);
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.json().get("detail").asString()).isEqualTo(messages.zh("error.conflict.version"));
		assertThat(town.post("/api/v1/visits/" + id + "/record", Map.of("visitedDate", today().toString(), "findings", "x", "version", 0))
			.status()).isEqualTo(409);
		assertThat(purpose(id)).isEqualTo("第一次修改");
		assertThat(status(id)).isEqualTo("PLANNED");
	}

	@Test
	void badInputIsRefusedWithEveryProblemLocalizedAndNothingIsWritten() {
		long visits = countVisits();
		Map<String, Object> body = new HashMap<>();
		body.put("kind", "TOURIST");
		body.put("plannedDate", "2024-02-30");
		body.put("unitId", tangxiaUnit());
		body.put("enterprises", List.of());
		Answer answer = town.post("/api/v1/visits", body);

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList())
			.contains("kind", "plannedDate", "leaderName", "purpose", "enterprises");
		assertThat(answer.json().get("errors").valueStream().map(e -> e.get("message").asString()).toList())
			.contains(messages.zh("visits.validation.kind", "TOURIST"), messages.zh("visits.validation.enterprises.none"));
		Answer english = town.inLanguage("en").post("/api/v1/visits", body);
		assertThat(english.json().get("errors").valueStream().map(e -> e.get("message").asString()).toList())
			.contains(messages.en("visits.validation.enterprises.none"));

		Map<String, Object> past = plan(tangxiaUnit(), enterprise("江门市棠下激光科技有限公司"));
		past.put("plannedDate", today().minusDays(1).toString());
		assertThat(town.post("/api/v1/visits", past).json().get("errors").get(0).get("code").asString())
			.isEqualTo("visits.validation.planned.past");
		assertThat(countVisits()).isEqualTo(visits);
	}

	@Test
	void anEnterpriseOutsideTheWritersScopeIsNamedAndAnotherUnitIsRefused() {
		long visits = countVisits();
		long hetang = enterprise("江门市荷塘纺织服装有限公司");
		Answer otherTown = town.post("/api/v1/visits", plan(tangxiaUnit(), enterprise("江门市棠下激光科技有限公司"), hetang));
		assertThat(otherTown.status()).isEqualTo(400);
		assertThat(otherTown.json().get("errors").get(0).get("message").asString())
			.isEqualTo(messages.zh("visits.validation.enterprise.unknown", hetang));

		Answer otherUnit = town.post("/api/v1/visits", plan(unit("区政协"), enterprise("江门市棠下激光科技有限公司")));
		assertThat(otherUnit.status()).isEqualTo(400);
		assertThat(otherUnit.json().get("errors").get(0).get("field").asString()).isEqualTo("unitId");

		// A department sees no enterprise of the registry: it cannot put one on a visit.
		ApiClient dept = ApiClient.signIn(port, "demo-dept");
		Answer department = dept.post("/api/v1/visits", plan(unit("区司法局"), enterprise("江门市棠下激光科技有限公司")));
		assertThat(department.status()).isEqualTo(400);
		assertThat(department.json().get("errors").get(0).get("code").asString()).isEqualTo("visits.validation.enterprise.unknown");
		assertThat(countVisits()).isEqualTo(visits);
	}

	@Test
	void anotherUnitsVisitIs404AndThoseWithoutThePermissionGet403() {
		long cppcc = demoVisit("CPPCC");
		assertThat(town.get("/api/v1/visits/" + cppcc).status()).isEqualTo(404);
		assertThat(town.get("/api/v1/visits/" + cppcc + "/actions").status()).isEqualTo(404);
		assertThat(town.post("/api/v1/visits/" + cppcc + "/cancel", Map.of("reason", "x", "version", 0)).status()).isEqualTo(404);
		assertThat(town.get("/api/v1/visits/99999999").status()).isEqualTo(404);
		assertThat(office.get("/api/v1/visits/" + cppcc).status()).isEqualTo(200);

		ApiClient sysadmin = ApiClient.signIn(port, "demo-sysadmin");
		assertThat(sysadmin.get("/api/v1/visits").status()).isEqualTo(403);
		Answer refused = sysadmin.post("/api/v1/visits", plan(tangxiaUnit(), enterprise("江门市棠下激光科技有限公司")));
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.contentType()).startsWith("application/problem+json");
	}

	// ----- who sees what

	@Test
	void eachDemoRoleSeesTheDemoVisitsOfItsScope() {
		long cppcc = demoVisit("CPPCC");
		long leader = demoVisit("LEADER");
		long department = demoVisit("DEPARTMENT");
		assertThat(demoVisitsListed(office)).containsExactlyInAnyOrder(cppcc, leader, department);
		assertThat(demoVisitsListed(ApiClient.signIn(port, "demo-leader"))).containsExactlyInAnyOrder(cppcc, leader, department);
		assertThat(demoVisitsListed(town)).containsExactly(leader);
		assertThat(demoVisitsListed(ApiClient.signIn(port, "demo-dept"))).containsExactly(department);
		// The leader may act on what it sees; the town on its own plan; the department on nothing it does not organize.
		assertThat(steps(ApiClient.signIn(port, "demo-leader"), leader)).containsExactly("EDIT", "RECORD", "CANCEL");
		assertThat(steps(ApiClient.signIn(port, "demo-dept"), department)).containsExactly("ADD_PHOTOS");
	}

	@Test
	void theCppccVisitCoversTheTwelveMemberEnterprisesWithFindingsForEach() {
		JsonNode visit = office.get("/api/v1/visits/" + demoVisit("CPPCC")).json();

		assertThat(visit.get("status").asString()).isEqualTo("RECORDED");
		assertThat(visit.get("unitName").asString()).isEqualTo("区政协");
		assertThat(visit.get("visitedDate").asString()).startsWith("2024-01");
		JsonNode enterprises = visit.get("enterprises");
		assertThat(enterprises.size()).isEqualTo(12);
		assertThat(enterprises.get(0).get("name").asString()).isEqualTo("朝光通信有限公司");
		assertThat(enterprises.get(1).get("name").asString()).isEqualTo("中泰纸品有限公司");
		enterprises.forEach(e -> assertThat(e.get("findings").asString()).isNotBlank());
	}

	@Test
	void searchFindsExactlyTheDemoVisitsTheListShowsForEveryDemoAccount() {
		for (String username : List.of("demo-admin", "demo-leader", "demo-town", "demo-dept", "demo-sysadmin")) {
			ApiClient client = ApiClient.signIn(port, username);
			Set<Long> listed = demoVisitsListed(client);
			Set<Long> found = new TreeSet<>();
			client.get("/api/v1/search?type=visit&size=200&q=%E6%BC%94%E7%A4%BA%E6%95%B0%E6%8D%AE").json().path("items") // q=演示数据
				.forEach(hit -> found.add(Long.valueOf(hit.get("id").asString())));
			assertThat(found).as(username).isEqualTo(listed);
		}
		assertThat(office.get("/api/v1/search?type=visit&q=%E4%B8%AD%E6%B3%B0%E7%BA%B8%E5%93%81").json().path("items") // q=中泰纸品
			.valueStream().map(hit -> Long.valueOf(hit.get("id").asString())).toList()).contains(demoVisit("CPPCC"));
	}

	@Test
	void theVisitIsOnEveryCoveredEnterprisesTimelineForThoseWhoSeeIt() {
		long cppcc = demoVisit("CPPCC");
		long zhongtai = enterprise("中泰纸品有限公司");
		JsonNode timeline = office.get("/api/v1/enterprises/" + zhongtai + "/timeline").json();
		assertThat(timeline.valueStream().filter(e -> e.get("source").asString().equals("visit")).map(e -> e.get("link").asString()).toList())
			.contains("/visits/" + cppcc);
		long chaoguang = enterprise("朝光通信有限公司");
		// demo-town sees 朝光通信 (its town), but not the CPPCC's visit: that belongs to 区政协.
		assertThat(town.get("/api/v1/enterprises/" + chaoguang + "/timeline").json().valueStream()
			.map(e -> e.get("link").isNull() ? "" : e.get("link").asString()).toList()).doesNotContain("/visits/" + cppcc);
	}

	@Test
	void listFiltersByPeriodKindStatusAndEnterpriseName() {
		JsonNode january = office.get("/api/v1/visits?from=2024-01-01&to=2024-01-31&kind=CPPCC").json();
		assertThat(january.get("items").valueStream().map(v -> v.get("id").asLong()).toList()).contains(demoVisit("CPPCC"));
		office.get("/api/v1/visits?status=PLANNED&size=200").json().get("items")
			.forEach(v -> assertThat(v.get("status").asString()).isEqualTo("PLANNED"));
		JsonNode byName = office.get("/api/v1/visits?enterprise=%E4%B8%AD%E6%B3%B0&size=200").json(); // 中泰
		byName.get("items").forEach(v -> assertThat(v.get("enterprises").valueStream().map(e -> e.get("name").asString()).toList())
			.anyMatch(name -> name.contains("中泰")));
		assertThat(office.get("/api/v1/visits?kind=TOURIST").status()).isEqualTo(400);
		assertThat(office.get("/api/v1/visits?from=2024-02-01&to=2024-01-01").status()).isEqualTo(400);
	}

	// ----- helpers

	private Set<Long> demoVisitsListed(ApiClient client) {
		Set<Long> listed = new TreeSet<>();
		Answer list = client.get("/api/v1/visits?size=200");
		if (list.status() == 200) {
			list.json().get("items").forEach(v -> {
				if (v.get("purpose").asString().contains("演示数据") || v.get("findings").asString("").contains("演示数据")) {
					listed.add(v.get("id").asLong());
				}
			});
		}
		return listed;
	}

	private List<String> steps(ApiClient client, long id) {
		return client.get("/api/v1/visits/" + id + "/actions").json().get("steps").valueStream().map(JsonNode::asString).toList();
	}

	private Map<String, Object> plan(long unitId, long... enterpriseIds) {
		Map<String, Object> body = new HashMap<>();
		body.put("kind", "LEADER");
		body.put("plannedDate", today().plusDays(3).toString());
		body.put("leaderName", "黄国栋");
		body.put("leaderTitle", "副区长");
		body.put("participants", List.of("镇经济发展办"));
		body.put("unitId", unitId);
		body.put("purpose", "了解企业生产经营情况");
		body.put("enterprises", java.util.Arrays.stream(enterpriseIds).mapToObj(id -> Map.of("enterpriseId", id)).toList());
		return body;
	}

	private long demoVisit(String kind) {
		return jdbc.sql("SELECT id FROM visit WHERE kind = ? AND (purpose LIKE '%演示数据%' OR findings LIKE '%演示数据%') ORDER BY id LIMIT 1").param(kind).query(Long.class).single();
	}

	private long enterprise(String name) {
		return jdbc.sql("SELECT id FROM enterprise WHERE name = ?").param(name).query(Long.class).single();
	}

	private long unit(String name) {
		return jdbc.sql("SELECT id FROM unit WHERE short_name = ? OR name = ? ORDER BY id LIMIT 1").params(name, name).query(Long.class).single();
	}

	private long tangxiaUnit() {
		return unit("棠下镇");
	}

	private long countVisits() {
		return jdbc.sql("SELECT count(*) FROM visit").query(Long.class).single();
	}

	private long maxAuditId() {
		return jdbc.sql("SELECT coalesce(max(id), 0) FROM audit_entry").query(Long.class).single();
	}

	private int version(long id) {
		return jdbc.sql("SELECT version FROM visit WHERE id = ?").param(id).query(Integer.class).single();
	}

	private String purpose(long id) {
		return jdbc.sql("SELECT purpose FROM visit WHERE id = ?").param(id).query(String.class).single();
	}

	private String status(long id) {
		return jdbc.sql("SELECT status FROM visit WHERE id = ?").param(id).query(String.class).single();
	}

	private static LocalDate today() {
		return LocalDate.now(ZoneId.of("Asia/Shanghai"));
	}

	/** The smallest PNG: a 1×1 pixel image. */
	static byte[] png() {
		return java.util.Base64.getDecoder().decode(
				"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
	}
}
