package org.luoshi.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.luoshi.enterprise.EnterpriseFixtures.newCode;
import static org.luoshi.enterprise.EnterpriseFixtures.uniqueName;

import java.nio.charset.StandardCharsets;
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

/** {@code /api/v1/enterprises} as each demo role calls it: what it answers, to whom, and what it refuses. */
@IntegrationTest
class EnterpriseApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Messages messages;

	@Autowired
	JdbcClient jdbc;

	ApiClient office;
	ApiClient town;

	@BeforeEach
	void signIn() {
		office = ApiClient.signIn(port, "demo-admin");
		town = ApiClient.signIn(port, "demo-town");
	}

	@Test
	void postTakesTheFiveFieldsAndAnswers201WithTheEnterprise() {
		String code = newCode();
		Answer answer = town.post("/api/v1/enterprises", minimal(code, uniqueName("接口"), "440703101"));

		assertThat(answer.status()).isEqualTo(201);
		JsonNode created = answer.json();
		assertThat(created.get("creditCode").asString()).isEqualTo(code);
		assertThat(created.get("townName").asString()).isEqualTo("棠下镇");
		assertThat(created.get("warnings").size()).isZero();
		assertThat(created.get("version").asInt()).isZero();
		assertThat(town.get("/api/v1/enterprises/" + created.get("id").asLong()).status()).isEqualTo(200);
	}

	@Test
	void aWrongCreditCodeAnswers400ProblemNamingTheExpectedCheckCharacterInTheCallersLanguage() {
		String code = newCode();
		char wrong = code.charAt(17) == 'A' ? 'B' : 'A';
		Map<String, Object> body = minimal(code.substring(0, 17) + wrong, uniqueName("错码"), "440703101");

		Answer chinese = town.post("/api/v1/enterprises", body);
		assertThat(chinese.status()).isEqualTo(400);
		assertThat(chinese.contentType()).startsWith("application/problem+json");
		JsonNode error = chinese.json().get("errors").get(0);
		assertThat(error.get("field").asString()).isEqualTo("creditCode");
		assertThat(error.get("code").asString()).isEqualTo("enterprise.credit-code.check");
		assertThat(error.get("message").asString())
			.isEqualTo(messages.zh("enterprise.credit-code.check", String.valueOf(code.charAt(17)), String.valueOf(wrong)))
			.contains("“" + code.charAt(17) + "”");
		Answer english = town.inLanguage("en").post("/api/v1/enterprises", body);
		assertThat(english.json().get("errors").get(0).get("message").asString()).contains("must be \"" + code.charAt(17) + "\"");
		assertThat(jdbc.sql("SELECT count(*) FROM enterprise WHERE credit_code LIKE ?").param(code.substring(0, 17) + "%")
			.query(Long.class).single()).isZero();
	}

	@Test
	void anUnknownDivisionCodeIsAClearError() {
		Answer answer = office.post("/api/v1/enterprises", minimal(newCode(), uniqueName("区划"), "440703999"));

		assertThat(answer.status()).isEqualTo(400);
		JsonNode error = answer.json().get("errors").get(0);
		assertThat(error.get("field").asString()).isEqualTo("divisionCode");
		assertThat(error.get("message").asString()).contains("440703999").contains("440703101 棠下镇");
		assertThat(office.post("/api/v1/enterprises", minimal(newCode(), uniqueName("区划"), "棠下镇")).json().get("errors").get(0)
			.get("code").asString()).isEqualTo("enterprise.validation.division.format");
	}

	@Test
	void aSubjectCodeFailingItsOwnCheckIsSavedWithAWarning() {
		Answer answer = town.post("/api/v1/enterprises", minimal(EnterpriseFixtures.newCodeFailingItsSubjectCheck(), uniqueName("告警"), "440703101"));

		assertThat(answer.status()).isEqualTo(201);
		JsonNode warning = answer.json().get("warnings").get(0);
		assertThat(warning.get("code").asString()).isEqualTo("enterprise.credit-code.subject-check");
		assertThat(warning.get("message").asString()).contains("GB 11714");
	}

	@Test
	void contactsAreWholeForTheTownThatManagesAndMaskedForOthersAndInLists() {
		long id = town.post("/api/v1/enterprises", withContact(newCode(), uniqueName("联系"))).json().get("id").asLong();

		JsonNode own = town.get("/api/v1/enterprises/" + id).json();
		assertThat(own.get("contactsMasked").asBoolean()).isFalse();
		assertThat(own.get("contacts").get(0).get("phone").asString()).isEqualTo("13812345678");
		assertThat(own.get("contacts").get(0).get("email").asString()).isEqualTo("zhangsan@example.com");
		JsonNode forLeader = ApiClient.signIn(port, "demo-leader").get("/api/v1/enterprises/" + id).json();
		assertThat(forLeader.get("contactsMasked").asBoolean()).isTrue();
		assertThat(forLeader.get("contacts").get(0).get("phone").asString()).isEqualTo("138****5678");
		assertThat(forLeader.get("contacts").get(0).get("email").asString()).isEqualTo("z*******@example.com");
		JsonNode list = town.get("/api/v1/enterprises?size=200").json();
		list.get("items").forEach(item -> item.get("contacts").forEach(contact ->
				assertThat(contact.get("phone").asString()).doesNotContainPattern("\\d{7}")));
		assertThat(list.get("items").valueStream().filter(item -> item.get("id").asLong() == id).findFirst().orElseThrow()
			.get("contacts").get(0).get("phone").asString()).isEqualTo("138****5678");
	}

	@Test
	void anotherTownsEnterpriseAnswers404LikeOneThatDoesNotExist() {
		long hetang = demoEnterprise("江门市荷塘纺织服装有限公司");

		Answer answer = town.get("/api/v1/enterprises/" + hetang);
		assertThat(answer.status()).isEqualTo(404);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(town.get("/api/v1/enterprises/" + hetang + "/timeline").status()).isEqualTo(404);
		assertThat(town.put("/api/v1/enterprises/" + hetang, update(newCode(), "改名", "440703102", 0)).status()).isEqualTo(404);
		assertThat(town.get("/api/v1/enterprises/99999999").status()).isEqualTo(404);
		assertThat(ApiClient.signIn(port, "demo-dept").get("/api/v1/enterprises/" + hetang).status()).isEqualTo(404);
		assertThat(office.get("/api/v1/enterprises/" + hetang).status()).isEqualTo(200);
		JsonNode townList = town.get("/api/v1/enterprises?size=200").json().get("items");
		townList.forEach(item -> assertThat(item.get("divisionCode").asString()).isEqualTo("440703101"));
	}

	@Test
	void everyEndpointAnswersEachRoleByItsPermissions() {
		long tangxia = demoEnterprise("朝光通信有限公司");
		record Call(String method, String path) {
		}
		List<Call> calls = List.of(new Call("GET", "/api/v1/enterprises"), new Call("GET", "/api/v1/enterprises/" + tangxia),
				new Call("GET", "/api/v1/enterprises/" + tangxia + "/timeline"), new Call("GET", "/api/v1/enterprises/export.csv"),
				new Call("POST", "/api/v1/enterprises"), new Call("PUT", "/api/v1/enterprises/" + tangxia));
		// role → the status of each call, in order
		Map<String, List<Integer>> statuses = Map.of(
				"demo-admin", List.of(200, 200, 200, 200, 400, 400),
				"demo-town", List.of(200, 200, 200, 200, 400, 400),
				"demo-leader", List.of(200, 200, 200, 200, 403, 403),
				"demo-dept", List.of(200, 404, 404, 200, 400, 404),
				"demo-sysadmin", List.of(403, 403, 403, 403, 403, 403),
				"demo-secadmin", List.of(403, 403, 403, 403, 403, 403),
				"demo-auditor", List.of(403, 403, 403, 403, 403, 403));
		statuses.forEach((username, codes) -> {
			ApiClient client = ApiClient.signIn(port, username);
			for (int i = 0; i < calls.size(); i++) {
				Call call = calls.get(i);
				// An empty body: whoever may write gets 400 (nothing valid was sent) rather than a change.
				Answer answer = switch (call.method()) {
					case "POST" -> client.post(call.path(), Map.of());
					case "PUT" -> client.put(call.path(), Map.of("version", 0));
					default -> client.get(call.path());
				};
				assertThat(answer.status()).as(username + " " + call).isEqualTo(codes.get(i));
			}
		});
		assertThat(ApiClient.anonymous(port).get("/api/v1/enterprises").status()).isEqualTo(401);
	}

	@Test
	void putNeedsTheVersionReadAndRefusesAStaleOne() {
		String code = newCode();
		String name = uniqueName("版本");
		JsonNode created = town.post("/api/v1/enterprises", minimal(code, name, "440703101")).json();
		String path = "/api/v1/enterprises/" + created.get("id").asLong();

		assertThat(town.put(path, minimal(code, name, "440703101")).json().get("errors").get(0).get("field").asString()).isEqualTo("version");
		JsonNode saved = town.put(path, update(code, name + "改", "440703101", 0)).json();
		assertThat(saved.get("name").asString()).isEqualTo(name + "改");
		assertThat(saved.get("version").asInt()).isEqualTo(1);
		Answer stale = town.put(path, update(code, name + "旧", "440703101", 0));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.json().get("code").asString()).isEqualTo("error.conflict.version");
		assertThat(town.get(path).json().get("name").asString()).isEqualTo(name + "改");
		JsonNode timeline = town.get(path + "/timeline").json();
		assertThat(timeline.get(0).get("text").asString()).isEqualTo(messages.zh("enterprise.timeline.EDITED") + messages.zh("enterprise.field.name"));
		assertThat(timeline.get(1).get("text").asString()).isEqualTo(messages.zh("enterprise.timeline.REGISTERED"));
		assertThat(town.inLanguage("en").get(path + "/timeline").json().get(1).get("text").asString()).isEqualTo("Registered");
	}

	@Test
	void theListPagesSortsAndFiltersAsEveryListDoes() {
		JsonNode all = office.get("/api/v1/enterprises?size=200&sort=name,asc").json();
		assertThat(all.get("total").asLong()).isGreaterThanOrEqualTo(24);
		JsonNode second = office.get("/api/v1/enterprises?page=1&size=5&sort=creditCode,desc").json();
		assertThat(second.get("page").asInt()).isEqualTo(1);
		assertThat(second.get("items").size()).isEqualTo(5);
		JsonNode food = office.get("/api/v1/enterprises?tag=CLUSTER_HEALTH_FOOD&industry=C&scale=MEDIUM&size=200").json();
		assertThat(food.get("items").valueStream().map(item -> item.get("name").asString()))
			.contains("江门市荷塘康溪食品有限公司", "江门市白沙健康食品有限公司");
		assertThat(office.get("/api/v1/enterprises?division=440703103&size=200").json().get("items").valueStream()
			.map(item -> item.get("townName").asString())).containsOnly("杜阮镇");
		assertThat(office.get("/api/v1/enterprises?q=%E6%9C%9D%E5%85%89").json().get("items").get(0).get("name").asString()) // q=朝光
			.isEqualTo("朝光通信有限公司");
		Answer wrong = office.get("/api/v1/enterprises?scale=HUGE&tag=VIP&sort=phone");
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(wrong.contentType()).startsWith("application/problem+json");
	}

	@Test
	void exportsCarryTheListsFiltersAndScopeWithContactsMaskedAndAreAudited() {
		long before = jdbc.sql("SELECT coalesce(max(id), 0) FROM audit_entry").query(Long.class).single();

		ApiClient.Download csv = town.download("/api/v1/enterprises/export.csv?tag=CPPCC_MEMBER");
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("attachment").contains(".csv");
		String text = new String(csv.body(), StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF统一社会信用代码,企业名称,法定代表人,住所,所属镇街");
		assertThat(text).contains("朝光通信有限公司", "江门市棠下智能家电有限公司").doesNotContain("江门市荷塘纺织服装有限公司", "江门市棠下激光科技有限公司");
		assertThat(text).contains("139****1013").doesNotContain("13902261013");
		ApiClient.Download xlsx = office.download("/api/v1/enterprises/export.xlsx?division=440703102");
		assertThat(xlsx.status()).isEqualTo(200);
		assertThat(xlsx.headers().firstValue("Content-Type").orElse("")).startsWith("application/vnd.openxmlformats");
		assertThat(xlsx.body()).startsWith(new byte[] { 'P', 'K' });
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE id > ? AND action = 'enterprise.exported'").param(before)
			.query(Long.class).single()).isGreaterThanOrEqualTo(2);
		assertThat(town.download("/api/v1/enterprises/export.csv?scale=HUGE").status()).isEqualTo(400);
	}

	/** For every demo account, search finds exactly the demo enterprises its list shows. */
	@Test
	void searchFindsExactlyTheEnterprisesTheListShowsForEveryDemoAccount() {
		for (String username : List.of("demo-admin", "demo-leader", "demo-town", "demo-dept", "demo-sysadmin", "demo-auditor")) {
			ApiClient client = ApiClient.signIn(port, username);
			Answer list = client.get("/api/v1/enterprises?size=200");
			Set<Long> listed = new TreeSet<>();
			if (list.status() == 200) {
				list.json().get("items").forEach(item -> {
					if (item.get("note").asString("").startsWith("演示数据")) {
						listed.add(item.get("id").asLong());
					}
				});
			}
			Set<Long> found = new TreeSet<>();
			client.get("/api/v1/search?type=enterprise&size=200&q=%E6%BC%94%E7%A4%BA%E6%95%B0%E6%8D%AE").json().path("items") // q=演示数据
				.forEach(hit -> found.add(Long.valueOf(hit.get("id").asString())));
			assertThat(found).as(username).isEqualTo(listed);
		}
	}

	private long demoEnterprise(String name) {
		return jdbc.sql("SELECT id FROM enterprise WHERE name = ?").param(name).query(Long.class).single();
	}

	private static Map<String, Object> minimal(String code, String name, String division) {
		return Map.of("creditCode", code, "name", name, "legalRepresentative", "张三", "address", "江门市蓬江区棠下镇接口路1号",
				"divisionCode", division);
	}

	private static Map<String, Object> withContact(String code, String name) {
		Map<String, Object> body = new HashMap<>(minimal(code, name, "440703101"));
		body.put("contacts", List.of(Map.of("name", "张三", "role", "经理", "phone", "13812345678", "email", "zhangsan@example.com")));
		return body;
	}

	private static Map<String, Object> update(String code, String name, String division, int version) {
		Map<String, Object> body = new HashMap<>(minimal(code, name, division));
		body.put("version", version);
		return body;
	}
}
