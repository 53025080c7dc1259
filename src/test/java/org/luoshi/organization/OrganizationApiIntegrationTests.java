package org.luoshi.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.luoshi.organization.OrganizationFixtures.unique;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.support.ApiClient;
import org.luoshi.support.ApiClient.Answer;
import org.luoshi.shared.PageQuery;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.Messages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

@IntegrationTest
class OrganizationApiIntegrationTests {

	@Autowired
	Messages messages;

	@LocalServerPort
	int port;

	@Autowired
	OrganizationDirectory directory;

	ApiClient admin;

	@BeforeEach
	void signIn() {
		admin = ApiClient.signIn(port, "demo-sysadmin");
	}

	// ---- reads

	@Test
	void treeStartsAtTheDistrictWithItsBodiesTownsAndOffices() {
		Answer answer = admin.get("/api/v1/units");

		assertThat(answer.status()).isEqualTo(200);
		JsonNode roots = answer.json();
		assertThat(roots.size()).isEqualTo(1);
		JsonNode district = roots.get(0);
		assertThat(district.get("name").asString()).isEqualTo("江门市蓬江区");
		assertThat(district.get("type").asString()).isEqualTo("DISTRICT");
		assertThat(district.get("divisionCode").asString()).isEqualTo("440703");
		JsonNode justice = child(district, "区司法局");
		assertThat(justice.get("type").asString()).isEqualTo("DEPARTMENT");
		assertThat(names(justice.get("children"))).contains("公共法律服务管理科", "法治宣传科");
		assertThat(child(district, "棠下镇").get("divisionCode").asString()).isEqualTo("440703101");
	}

	@Test
	void treeOfATownAccountStartsAtItsTown() {
		JsonNode roots = ApiClient.signIn(port, "demo-town").get("/api/v1/units").json();

		assertThat(roots.size()).isEqualTo(1);
		assertThat(roots.get(0).get("shortName").asString()).isEqualTo("棠下镇");
		assertThat(names(roots.get(0).get("children"))).contains("棠下镇经济发展办公室");
	}

	@Test
	void deactivatedUnitsAppearOnlyWhenAskedFor() {
		long development = id("区发改局");
		JsonNode created = admin.post("/api/v1/units", unitBody(development, unique("停用科"), "OFFICE", null)).json();
		admin.post("/api/v1/units/" + created.get("id").asLong() + "/deactivate", Map.of("version", created.get("version").asInt()));

		String name = created.get("name").asString();
		assertThat(allNames(admin.get("/api/v1/units").json())).doesNotContain(name);
		assertThat(allNames(admin.get("/api/v1/units?includeInactive=true").json())).contains(name);
	}

	@Test
	void staffArePagedAndSortedByThePlatformConvention() {
		JsonNode all = admin.get("/api/v1/staff?size=200&sort=name,asc").json();
		List<String> ascending = names(all.get("items"));
		assertThat(all.get("total").asLong()).isEqualTo(ascending.size()).isGreaterThanOrEqualTo(11);

		JsonNode second = admin.get("/api/v1/staff?page=1&size=3&sort=name").json();
		assertThat(second.get("page").asInt()).isEqualTo(1);
		assertThat(second.get("size").asInt()).isEqualTo(3);
		assertThat(names(second.get("items"))).isEqualTo(ascending.subList(3, 6));

		List<String> descending = names(admin.get("/api/v1/staff?size=200&sort=name,desc").json().get("items"));
		assertThat(descending).isEqualTo(reversed(ascending));

		List<String> byUnit = new ArrayList<>();
		admin.get("/api/v1/staff?size=200&sort=unit").json().get("items").forEach(s -> byUnit.add(s.get("unitName").asString()));
		assertThat(byUnit.get(0)).isEqualTo("江门市蓬江区");
	}

	@Test
	void filtersStaffByUnitSubtreeAndText() {
		JsonNode justice = admin.get("/api/v1/staff?unitId=" + id("区司法局")).json();
		assertThat(names(justice.get("items"))).contains("谢文博", "冯嘉欣").doesNotContain("梁家豪", "黄国栋");

		assertThat(names(admin.get("/api/v1/staff?q=%E7%BB%9F%E8%AE%A1").json().get("items"))).contains("罗志明"); // q=统计
	}

	@Test
	void rejectsAnUnknownSortFieldWithAProblem() {
		Answer answer = admin.get("/api/v1/staff?sort=phone");

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo("sort");
	}

	@Test
	void masksPhonesForAccountsThatDoNotManageTheOrganization() {
		long lawyer = staffId("谢文博");

		JsonNode forLeader = ApiClient.signIn(port, "demo-leader").get("/api/v1/staff/" + lawyer).json();
		assertThat(forLeader.get("phone").asString()).isEqualTo("138****0106");
		JsonNode listForLeader = ApiClient.signIn(port, "demo-leader").get("/api/v1/staff?size=200").json();
		// Staff entered without a phone (other tests add some) have nothing to mask; no one shows a whole number.
		listForLeader.get("items").forEach(s -> assertThat(s.get("phone").asString()).doesNotContainPattern("\\d{7}"));
		assertThat(listForLeader.get("items").valueStream().map(s -> s.get("phone").asString())).contains("138****0106");

		assertThat(admin.get("/api/v1/staff/" + lawyer).json().get("phone").asString()).isEqualTo("13802260106");
	}

	@Test
	void unitsAndStaffOutsideTheCallersScopeAnswer404() {
		ApiClient town = ApiClient.signIn(port, "demo-town");
		Answer unit = town.get("/api/v1/units/" + id("区司法局"));
		assertThat(unit.status()).isEqualTo(404);
		assertThat(unit.contentType()).startsWith("application/problem+json");
		assertThat(town.get("/api/v1/staff/" + staffId("谢文博")).status()).isEqualTo(404);
		assertThat(town.get("/api/v1/staff?unitId=" + id("区司法局")).status()).isEqualTo(404);
		assertThat(town.get("/api/v1/units/" + id("棠下镇")).status()).isEqualTo(200);

		ApiClient department = ApiClient.signIn(port, "demo-dept");
		assertThat(department.get("/api/v1/units/" + id("棠下镇")).status()).isEqualTo(404);
		assertThat(names(department.get("/api/v1/staff").json().get("items"))).contains("谢文博", "冯嘉欣").doesNotContain("梁家豪", "黄国栋");
		assertThat(admin.get("/api/v1/units/99999999").status()).isEqualTo(404);
	}

	// ---- writes

	@Test
	void unitHandlersGetA403ProblemWhenTheyWrite() {
		ApiClient town = ApiClient.signIn(port, "demo-town");
		long tangxia = id("棠下镇");
		int version = admin.get("/api/v1/units/" + tangxia).json().get("version").asInt();

		Answer create = town.post("/api/v1/units", unitBody(tangxia, unique("科"), "OFFICE", null));
		assertThat(create.status()).isEqualTo(403);
		assertThat(create.contentType()).startsWith("application/problem+json");
		assertThat(create.json().get("code").asString()).isEqualTo("error.forbidden");

		Map<String, Object> rename = unitBody(null, "改名", "TOWN", "440703101");
		rename.put("version", version);
		assertThat(town.put("/api/v1/units/" + tangxia, rename).status()).isEqualTo(403);
		assertThat(town.post("/api/v1/staff", Map.of("unitId", tangxia, "name", "张三")).status()).isEqualTo(403);
		assertThat(admin.get("/api/v1/units/" + tangxia).json().get("version").asInt()).isEqualTo(version);
	}

	@Test
	void badInputAnswers400WithEveryFieldErrorInTheCallersLanguage() {
		Map<String, Object> body = unitBody(id("区发改局"), "", "TOWN", "123");
		body.put("sortOrder", 10_000);

		Answer chinese = admin.inLanguage("zh-CN").post("/api/v1/units", body);
		assertThat(chinese.status()).isEqualTo(400);
		assertThat(chinese.contentType()).startsWith("application/problem+json");
		Map<String, String> zh = errors(chinese.json());
		assertThat(zh).containsOnlyKeys("name", "divisionCode", "sortOrder");
		assertThat(zh.get("name")).isEqualTo(messages.zh("validation.required"));
		assertThat(zh.get("divisionCode")).isEqualTo(messages.zh("organization.validation.division.format"));
		assertThat(chinese.json().get("title").asString()).isEqualTo(messages.zh("problem.title.400"));

		Map<String, String> en = errors(admin.inLanguage("en").post("/api/v1/units", body).json());
		assertThat(en.get("name")).isEqualTo(messages.en("validation.required"));
		assertThat(en.get("sortOrder")).isEqualTo(messages.en("organization.validation.sort-order"));
	}

	@Test
	void anUnknownTypeIsReportedWithTheOtherFieldErrors() {
		Answer answer = admin.inLanguage("en").post("/api/v1/units", unitBody(id("区发改局"), " ", "TOWNSHIP", null));

		assertThat(answer.status()).isEqualTo(400);
		Map<String, String> errors = errors(answer.json());
		assertThat(errors).containsOnlyKeys("name", "type");
		assertThat(errors.get("type")).startsWith("Unit type \"TOWNSHIP\" is not valid");
	}

	@Test
	void createsEditsMovesAndDeactivatesAUnitWithOptimisticLocking() {
		Answer created = admin.post("/api/v1/units", unitBody(id("区发改局"), unique("项目科"), "OFFICE", null));
		assertThat(created.status()).isEqualTo(201);
		long id = created.json().get("id").asLong();
		int version = created.json().get("version").asInt();

		Map<String, Object> edit = unitBody(null, created.json().get("name").asString() + "改", "office", null);
		edit.put("version", version);
		edit.put("shortName", "项目科");
		Answer edited = admin.put("/api/v1/units/" + id, edit);
		assertThat(edited.status()).isEqualTo(200);
		assertThat(edited.json().get("shortName").asString()).isEqualTo("项目科");

		Answer stale = admin.put("/api/v1/units/" + id, edit);
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.json().get("code").asString()).isEqualTo("error.conflict.version");

		Answer moved = admin.post("/api/v1/units/" + id + "/move", Map.of("parentId", id("区工信局"), "version", version + 1));
		assertThat(moved.json().get("parentId").asLong()).isEqualTo(id("区工信局"));

		Answer missingVersion = admin.post("/api/v1/units/" + id + "/deactivate", Map.of());
		assertThat(missingVersion.status()).isEqualTo(400);
		assertThat(errors(missingVersion.json())).containsOnlyKeys("version");
		Answer deactivated = admin.post("/api/v1/units/" + id + "/deactivate", Map.of("version", version + 2));
		assertThat(deactivated.json().get("active").asBoolean()).isFalse();
	}

	@Test
	void createsAndEditsStaff() {
		long office = id("公共法律服务管理科");
		Answer created = admin.post("/api/v1/staff", Map.of("unitId", office, "name", unique("律师"), "position", "公职律师", "phone",
				"0750-3201111"));
		assertThat(created.status()).isEqualTo(201);
		JsonNode staff = created.json();

		Map<String, Object> edit = new HashMap<>();
		edit.put("unitId", office);
		edit.put("name", staff.get("name").asString());
		edit.put("phone", "13900002222");
		edit.put("email", "x");
		edit.put("version", staff.get("version").asInt());
		Answer refused = admin.put("/api/v1/staff/" + staff.get("id").asLong(), edit);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(errors(refused.json())).containsOnlyKeys("email");

		edit.put("email", "lawyer@pengjiang.gov.cn");
		assertThat(admin.put("/api/v1/staff/" + staff.get("id").asLong(), edit).json().get("phone").asString()).isEqualTo("13900002222");
	}

	@Test
	void theEndpointsAreDescribedInTheOpenApiDocument() {
		Answer docs = admin.get("/v3/api-docs");

		assertThat(docs.status()).isEqualTo(200);
		JsonNode paths = docs.json().get("paths");
		assertThat(paths.has("/api/v1/units")).isTrue();
		assertThat(paths.has("/api/v1/units/{id}/move")).isTrue();
		assertThat(paths.has("/api/v1/staff/{id}")).isTrue();
		assertThat(paths.get("/api/v1/staff").get("get").get("summary").asString()).isEqualTo("A page of staff");
	}

	// ---- helpers

	long id(String name) {
		return directory.findUnitByName(name).orElseThrow().id();
	}

	long staffId(String name) {
		return directory.staff(new StaffQuery(null, name, true), PageQuery.of(0, 1, null, "name", StaffQuery.SORTABLE),
				org.luoshi.shared.Actor.SYSTEM).items().get(0).id();
	}

	static Map<String, Object> unitBody(Long parentId, String name, String type, String divisionCode) {
		Map<String, Object> body = new HashMap<>();
		body.put("parentId", parentId);
		body.put("name", name);
		body.put("type", type);
		body.put("divisionCode", divisionCode);
		return body;
	}

	static JsonNode child(JsonNode node, String shortName) {
		for (JsonNode child : node.get("children")) {
			if (shortName.equals(child.get("shortName").asString())) {
				return child;
			}
		}
		throw new AssertionError("no child " + shortName);
	}

	static List<String> names(JsonNode array) {
		List<String> names = new ArrayList<>();
		array.forEach(node -> names.add(node.get("name").asString()));
		return names;
	}

	static List<String> allNames(JsonNode nodes) {
		List<String> names = new ArrayList<>();
		nodes.forEach(node -> {
			names.add(node.get("name").asString());
			names.addAll(allNames(node.get("children")));
		});
		return names;
	}

	static Map<String, String> errors(JsonNode problem) {
		Map<String, String> errors = new HashMap<>();
		problem.get("errors").forEach(error -> errors.put(error.get("field").asString(), error.get("message").asString()));
		return errors;
	}

	static List<String> reversed(List<String> list) {
		List<String> copy = new ArrayList<>(list);
		java.util.Collections.reverse(copy);
		return copy;
	}
}
