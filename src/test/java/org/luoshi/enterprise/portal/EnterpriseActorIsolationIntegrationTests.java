package org.luoshi.enterprise.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.luoshi.support.ApiClient;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.PageSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An enterprise's account (企业用户) sees its portal and its own account, nothing of the district's: every staff page
 * and API address answers 403 at the door, and the actor itself reaches no unit.
 */
@IntegrationTest
class EnterpriseActorIsolationIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyStaffPageIsRefused() {
		PageSession enterprise = PageSession.signIn(port, "demo-enterprise");
		long other = jdbc.sql("SELECT id FROM enterprise WHERE name = '中泰纸品有限公司'").query(Long.class).single();
		long unit = jdbc.sql("SELECT id FROM unit WHERE short_name = '棠下镇'").query(Long.class).single();
		List<String> answered = new ArrayList<>();
		for (String path : List.of("/enterprises", "/enterprises/" + other, "/enterprises/export.csv", "/organization/units",
				"/organization/staff?unitId=" + unit, "/supervision/tasks", "/supervision/board", "/search?q=朝光", "/audit", "/inbox",
				"/calendar", "/reports", "/admin/accounts", "/portal/registrations", "/swagger-ui.html", "/actuator/prometheus")) {
			int status = enterprise.get(path).statusCode();
			if (status != 403) {
				answered.add(path + " answered " + status);
			}
		}
		assertThat(answered).isEmpty();
		assertThat(enterprise.get("/portal").statusCode()).isEqualTo(200);
		assertThat(enterprise.get("/account/password").statusCode()).isEqualTo(200);
		assertThat(enterprise.get("/").statusCode()).isEqualTo(302);
	}

	@Test
	void everyStaffApiIsRefused() {
		ApiClient enterprise = ApiClient.signIn(port, "demo-enterprise");
		long other = jdbc.sql("SELECT id FROM enterprise WHERE name = '中泰纸品有限公司'").query(Long.class).single();
		List<String> answered = new ArrayList<>();
		for (String path : List.of("/api/v1/enterprises", "/api/v1/enterprises/" + other, "/api/v1/units", "/api/v1/staff",
				"/api/v1/tasks", "/api/v1/search?q=朝光", "/api/v1/audit", "/api/v1/notifications", "/api/v1/reports",
				"/api/v1/accounts", "/api/v1/calendar/2026")) {
			int status = enterprise.get(path).status();
			if (status != 403) {
				answered.add(path + " answered " + status);
			}
		}
		assertThat(answered).isEmpty();
		assertThat(enterprise.get("/api/v1/me").status()).isEqualTo(200);
		assertThat(enterprise.post("/api/v1/enterprises", Map.of("creditCode", "x")).status()).isEqualTo(403);
	}

	@Test
	void theSidebarAndTheStaffSearchAreNotShown() {
		String portal = PageSession.text(PageSession.signIn(port, "demo-enterprise").get("/portal"));
		assertThat(portal).doesNotContain("id=\"sidebar\"").doesNotContain("id=\"header-search\"").doesNotContain("id=\"inbox-bell\"")
			.contains("id=\"logout\"");
	}

	@Test
	void aStaffMemberHasNoPortal() {
		assertThat(PageSession.signIn(port, "demo-town").get("/portal").statusCode()).isEqualTo(403);
	}
}
