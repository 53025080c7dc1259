package org.luoshi.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.luoshi.support.ApiClient;
import org.luoshi.support.ApiClient.Answer;
import org.luoshi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * Every endpoint of the enterprise service (registry, visits, demands, proposals, public-opinion reports) called as each
 * role, as another town, as a department and as another enterprise, against records of 棠下镇 and its enterprise
 * 朝光通信: who reads (200), who may write but sent nothing valid (400, or 409 when the record's status refuses the step
 * before the input is read), who is refused at the door (403), and to whom the record does not exist (404). Writes send
 * empty bodies, so that nothing changes whoever is allowed. The endpoints come from the OpenAPI document: a new one
 * fails this test until its row says who may call it.
 */
@IntegrationTest
class EnterpriseEndpointAuthorizationTests {

	/** The callers, in the order of each row's expected statuses. */
	private static final List<String> CALLERS = List.of("admin", "leader", "town", "otherTown", "dept", "cppcc", "member", "enterprise",
			"otherEnterprise", "sysadmin");
	private static final List<String> PREFIXES = List.of("/api/v1/enterprises", "/api/v1/visits", "/api/v1/demands", "/api/v1/proposals",
			"/api/v1/opinion-reports");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	/** One endpoint: its method and path as documented, how to call it, and the status each caller gets. */
	private record Row(String method, String path, Function<ApiClient, Answer> call, List<Integer> expected) {
	}

	@Test
	void everyEndpointAnswersEachCallerAsItsRuleSays() {
		Map<String, ApiClient> clients = clients();
		long chaoguang = id("SELECT id FROM enterprise WHERE name = '朝光通信有限公司'");
		long town = id("SELECT id FROM unit WHERE short_name = '棠下镇'");
		long visit = id("SELECT id FROM visit WHERE unit_id = " + town + " AND status = 'PLANNED' ORDER BY id LIMIT 1");
		long demand = id("SELECT id FROM demand WHERE enterprise_id = " + chaoguang + " AND handling_unit_id = " + town
				+ " AND status = 'IN_PROGRESS' ORDER BY id LIMIT 1");
		long category = id("SELECT id FROM demand_category WHERE code = 'LEGAL'");
		// The member's first proposal; its status allows no reminder, so every reader's REMIND is 409 (the status is asked first).
		long proposal = id("SELECT p.id FROM proposal p JOIN account a ON a.id = p.proposer_account_id WHERE a.username = 'demo-member' "
				+ "ORDER BY p.id LIMIT 1");
		long report = id("SELECT r.id FROM proposal_opinion r JOIN account a ON a.id = r.reporter_account_id WHERE a.username = 'demo-member' "
				+ "ORDER BY r.id LIMIT 1");
		byte[] csv = "统一社会信用代码,企业名称\n".getBytes(StandardCharsets.UTF_8);
		Map<String, Object> empty = Map.of();

		List<Row> rows = List.of(
				// The registry: enterprise:read over the enterprise's town; departments read none; writes enterprise:manage.
				row("GET", "/api/v1/enterprises", c -> c.get("/api/v1/enterprises"), 200, 200, 200, 200, 200, 200, 403, 403, 403, 403),
				row("POST", "/api/v1/enterprises", c -> c.post("/api/v1/enterprises", empty), 400, 403, 400, 400, 400, 403, 403, 403, 403, 403),
				row("GET", "/api/v1/enterprises/{id}", c -> c.get("/api/v1/enterprises/" + chaoguang), 200, 200, 200, 404, 404, 200, 403, 403,
						403, 403),
				row("PUT", "/api/v1/enterprises/{id}", c -> c.put("/api/v1/enterprises/" + chaoguang, Map.of("version", 0)), 400, 403, 400, 404,
						404, 403, 403, 403, 403, 403),
				row("GET", "/api/v1/enterprises/{id}/timeline", c -> c.get("/api/v1/enterprises/" + chaoguang + "/timeline"), 200, 200, 200, 404,
						404, 200, 403, 403, 403, 403),
				row("GET", "/api/v1/enterprises/export.{format}", c -> c.get("/api/v1/enterprises/export.csv"), 200, 200, 200, 200, 200, 200,
						403, 403, 403, 403),
				row("POST", "/api/v1/enterprises/import", c -> c.postBody("/api/v1/enterprises/import", "text/csv", csv), 400, 403, 400, 400,
						400, 403, 403, 403, 403, 403),
				// Visits: visit:record or enterprise:read over the organizing unit (the CPPCC's office reads the whole district);
				// photos go on recorded visits only, so the planned one refuses them (409) before reading them.
				row("GET", "/api/v1/visits", c -> c.get("/api/v1/visits"), 200, 200, 200, 200, 200, 200, 403, 403, 403, 403),
				row("POST", "/api/v1/visits", c -> c.post("/api/v1/visits", empty), 400, 400, 400, 400, 400, 403, 403, 403, 403, 403),
				row("GET", "/api/v1/visits/{id}", c -> c.get("/api/v1/visits/" + visit), 200, 200, 200, 404, 404, 200, 403, 403, 403, 403),
				row("PUT", "/api/v1/visits/{id}", c -> c.put("/api/v1/visits/" + visit, empty), 400, 400, 400, 404, 404, 403, 403, 403, 403,
						403),
				row("GET", "/api/v1/visits/{id}/actions", c -> c.get("/api/v1/visits/" + visit + "/actions"), 200, 200, 200, 404, 404, 200, 403,
						403, 403, 403),
				row("GET", "/api/v1/visits/{id}/timeline", c -> c.get("/api/v1/visits/" + visit + "/timeline"), 200, 200, 200, 404, 404, 200,
						403, 403, 403, 403),
				row("POST", "/api/v1/visits/{id}/record", c -> c.post("/api/v1/visits/" + visit + "/record", empty), 400, 400, 400, 404, 404,
						403, 403, 403, 403, 403),
				row("POST", "/api/v1/visits/{id}/cancel", c -> c.post("/api/v1/visits/" + visit + "/cancel", empty), 400, 400, 400, 404, 404,
						403, 403, 403, 403, 403),
				row("POST", "/api/v1/visits/{id}/photos", c -> c.upload("/api/v1/visits/" + visit + "/photos", "x.txt", new byte[] { 1 }), 409,
						409, 409, 404, 404, 403, 403, 403, 403, 403),
				row("GET", "/api/v1/visits/{id}/photos/{photoId}", c -> c.get("/api/v1/visits/" + visit + "/photos/999999999"), 404, 404, 404,
						404, 404, 404, 403, 403, 403, 403),
				// Demands: demand:read over the handling units or the enterprise's town; the enterprise its own; steps by side.
				row("GET", "/api/v1/demands", c -> c.get("/api/v1/demands"), 200, 200, 200, 200, 200, 200, 403, 200, 200, 403),
				row("POST", "/api/v1/demands", c -> c.post("/api/v1/demands", empty), 400, 400, 400, 400, 400, 403, 403, 400, 400, 403),
				row("GET", "/api/v1/demands/{id}", c -> c.get("/api/v1/demands/" + demand), 200, 200, 200, 404, 404, 200, 403, 200, 404, 403),
				row("GET", "/api/v1/demands/{id}/actions", c -> c.get("/api/v1/demands/" + demand + "/actions"), 200, 200, 200, 404, 404, 200,
						403, 200, 404, 403),
				// ANSWER with no text: the handling unit's input is refused; the desk and the others are not its side.
				row("POST", "/api/v1/demands/{id}/steps/{step}", c -> c.post("/api/v1/demands/" + demand + "/steps/ANSWER", empty), 403, 403, 400,
						404, 404, 403, 403, 403, 404, 403),
				row("POST", "/api/v1/demands/{id}/{step}", c -> c.post("/api/v1/demands/" + demand + "/answer", empty), 403, 403, 400, 404, 404,
						403, 403, 403, 404, 403),
				row("GET", "/api/v1/demands/rates", c -> c.get("/api/v1/demands/rates"), 200, 200, 200, 200, 200, 200, 403, 403, 403, 403),
				row("GET", "/api/v1/demands/stats", c -> c.get("/api/v1/demands/stats?unit=" + town), 200, 200, 200, 404, 404, 200, 403, 403,
						403, 403),
				row("GET", "/api/v1/demands/categories", c -> c.get("/api/v1/demands/categories"), 200, 200, 200, 200, 200, 200, 403, 200, 200,
						403),
				row("GET", "/api/v1/demands/categories/settings", c -> c.get("/api/v1/demands/categories/settings"), 200, 403, 403, 403, 403,
						403, 403, 403, 403, 403),
				row("POST", "/api/v1/demands/categories", c -> c.post("/api/v1/demands/categories", empty), 400, 403, 403, 403, 403, 403, 403,
						403, 403, 403),
				row("PUT", "/api/v1/demands/categories/{id}", c -> c.put("/api/v1/demands/categories/" + category, empty), 400, 403, 403, 403,
						403, 403, 403, 403, 403, 403),
				row("PUT", "/api/v1/demands/categories/{id}/towns/{divisionCode}",
						c -> c.put("/api/v1/demands/categories/" + category + "/towns/440703101", empty), 400, 403, 403, 403, 403, 403, 403,
						403, 403, 403),
				row("DELETE", "/api/v1/demands/categories/{id}/towns/{divisionCode}",
						c -> c.delete("/api/v1/demands/categories/" + category + "/towns/123"), 400, 403, 403, 403, 403, 403, 403, 403, 403, 403),
				// Proposals and reports: the office all (it also enters them), proposal:read over the units they went to, the
				// member their own. The member's first report was forwarded to 杜阮镇, which therefore reads it; its status (adopted,
				// forwarded) refuses the step to all who see it (409) before their side is asked, as the transition tables do.
				row("GET", "/api/v1/proposals", c -> c.get("/api/v1/proposals"), 200, 200, 200, 200, 200, 200, 200, 403, 403, 403),
				row("POST", "/api/v1/proposals", c -> c.post("/api/v1/proposals", empty), 403, 403, 403, 403, 403, 400, 400, 403, 403, 403),
				row("GET", "/api/v1/proposals/{id}", c -> c.get("/api/v1/proposals/" + proposal), 200, 200, 404, 404, 404, 200, 200, 403, 403,
						403),
				row("GET", "/api/v1/proposals/{id}/actions", c -> c.get("/api/v1/proposals/" + proposal + "/actions"), 200, 200, 404, 404, 404,
						200, 200, 403, 403, 403),
				row("POST", "/api/v1/proposals/{id}/steps/{step}", c -> c.post("/api/v1/proposals/" + proposal + "/steps/REMIND", empty), 409, 409,
						404, 404, 404, 409, 409, 403, 403, 403),
				row("GET", "/api/v1/opinion-reports", c -> c.get("/api/v1/opinion-reports"), 200, 200, 200, 200, 200, 200, 200, 403, 403, 403),
				row("POST", "/api/v1/opinion-reports", c -> c.post("/api/v1/opinion-reports", empty), 403, 403, 403, 403, 403, 400, 400, 403, 403,
						403),
				row("GET", "/api/v1/opinion-reports/{id}", c -> c.get("/api/v1/opinion-reports/" + report), 200, 200, 404, 200, 404, 200, 200,
						403, 403, 403),
				row("GET", "/api/v1/opinion-reports/{id}/actions", c -> c.get("/api/v1/opinion-reports/" + report + "/actions"), 200, 200, 404,
						200, 404, 200, 200, 403, 403, 403),
				row("POST", "/api/v1/opinion-reports/{id}/steps/{step}", c -> c.post("/api/v1/opinion-reports/" + report + "/steps/ADOPT", empty),
						409, 409, 404, 409, 404, 409, 409, 403, 403, 403));

		List<String> covered = rows.stream().map(r -> r.method() + " " + r.path()).toList();
		assertThat(covered).as("every documented endpoint of the enterprise service has a row").containsAll(documented());

		List<String> wrong = new ArrayList<>();
		ApiClient anonymous = ApiClient.anonymous(port);
		for (Row row : rows) {
			Iterator<Integer> expected = row.expected().iterator();
			for (String caller : CALLERS) {
				int status = row.call().apply(clients.get(caller)).status();
				int wanted = expected.next();
				if (status != wanted) {
					wrong.add(row.method() + " " + row.path() + " as " + caller + ": " + status + ", expected " + wanted);
				}
			}
			int status = row.call().apply(anonymous).status();
			if (status != 401) {
				wrong.add(row.method() + " " + row.path() + " anonymously: " + status + ", expected 401");
			}
		}
		assertThat(wrong).isEmpty();
	}

	private static Row row(String method, String path, Function<ApiClient, Answer> call, Integer... expected) {
		assertThat(expected).as(method + " " + path + ": a status for each caller").hasSize(CALLERS.size());
		return new Row(method, path, call, List.of(expected));
	}

	/** The enterprise service's operations in the OpenAPI document, as "METHOD path". */
	private TreeSet<String> documented() {
		JsonNode paths = ApiClient.signIn(port, "demo-admin").get("/v3/api-docs").json().get("paths");
		TreeSet<String> operations = new TreeSet<>();
		for (String path : paths.propertyNames()) {
			if (PREFIXES.stream().noneMatch(path::startsWith)) {
				continue;
			}
			for (String method : paths.get(path).propertyNames()) {
				if (List.of("get", "post", "put", "delete", "patch").contains(method)) {
					operations.add(method.toUpperCase(java.util.Locale.ROOT) + " " + path);
				}
			}
		}
		assertThat(operations).as("the OpenAPI document lists the enterprise service").hasSizeGreaterThan(30);
		return operations;
	}

	private Map<String, ApiClient> clients() {
		Map<String, String> usernames = new LinkedHashMap<>();
		usernames.put("admin", "demo-admin");
		usernames.put("leader", "demo-leader");
		usernames.put("town", "demo-town");
		usernames.put("otherTown", staff("test-authz-duruan", "杜阮镇", "UNIT_HANDLER"));
		usernames.put("dept", "demo-dept");
		usernames.put("cppcc", "demo-cppcc");
		usernames.put("member", "demo-member");
		usernames.put("enterprise", "demo-enterprise");
		usernames.put("otherEnterprise", otherEnterprise());
		usernames.put("sysadmin", "demo-sysadmin");
		Map<String, ApiClient> clients = new LinkedHashMap<>();
		usernames.forEach((caller, username) -> clients.put(caller, ApiClient.signIn(port, username)));
		return clients;
	}

	/** A staff account of another unit (the demo data has one town handler only), signing in with the demo password. */
	private String staff(String username, String unit, String role) {
		if (jdbc.sql("SELECT count(*) FROM account WHERE username = ?").param(username).query(Long.class).single() == 0) {
			long unitId = id("SELECT id FROM unit WHERE short_name = '" + unit + "'");
			long id = jdbc.sql("""
					INSERT INTO account (username, display_name, password_hash, scope_unit_id)
					SELECT ?, ?, password_hash, ? FROM account WHERE username = 'demo-town' RETURNING id""")
				.params(username, unit + "经办人", unitId).query(Long.class).single();
			jdbc.sql("INSERT INTO account_role (account_id, role) VALUES (?, ?)").params(id, role).update();
		}
		return username;
	}

	/** The portal account of another enterprise of 棠下镇 than demo-enterprise's, as a town's approval would make it. */
	private String otherEnterprise() {
		String username = "test-authz-enterprise";
		if (jdbc.sql("SELECT count(*) FROM account WHERE username = ?").param(username).query(Long.class).single() == 0) {
			long own = id("SELECT enterprise_id FROM account WHERE username = 'demo-enterprise'");
			long other = id("SELECT id FROM enterprise WHERE division_code = '440703101' AND id <> " + own + " ORDER BY id LIMIT 1");
			long id = jdbc.sql("""
					INSERT INTO account (username, display_name, password_hash, enterprise_id)
					SELECT ?, '另一企业联系人', password_hash, ? FROM account WHERE username = 'demo-enterprise' RETURNING id""")
				.params(username, other).query(Long.class).single();
			jdbc.sql("INSERT INTO account_role (account_id, role) VALUES (?, 'ENTERPRISE')").param(id).update();
		}
		return username;
	}

	private long id(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}
}
