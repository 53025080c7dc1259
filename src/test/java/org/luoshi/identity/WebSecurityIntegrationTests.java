package org.luoshi.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.luoshi.identity.IdentityFixtures.PageSession;
import org.luoshi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Pages: CSRF on every form, sessions in the database (any instance serves any request), an idle timeout. */
@IntegrationTest
class WebSecurityIntegrationTests {

	@Autowired
	AccountDirectory accounts;

	@Autowired
	JdbcClient jdbc;

	@Value("${spring.session.timeout}")
	Duration idleTimeout;

	@Autowired
	IdentityFixtures fixtures;

	@Test
	void aFormPostWithoutCsrfTokenIsRefused() throws Exception {
		PageSession page = fixtures.pageSession();
		page.signIn("demo-sysadmin");
		long before = jdbc.sql("SELECT count(*) FROM account").query(Long.class).single();
		HttpResponse<String> response = page.postWithoutCsrf("/admin/accounts", List.of(Map.entry("username", "no-csrf-here"),
				Map.entry("displayName", "某人"), Map.entry("roles", "LEADER")));
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(jdbc.sql("SELECT count(*) FROM account").query(Long.class).single()).isEqualTo(before);
		assertThat(page.postWithoutCsrf("/account/password", List.of(Map.entry("currentPassword", "x"))).statusCode()).isEqualTo(403);
	}

	@Test
	void theLoginFormItselfNeedsTheCsrfToken() throws Exception {
		PageSession page = fixtures.pageSession();
		page.get("/login");
		HttpResponse<String> response = page.postWithoutCsrf("/login", List.of(Map.entry("username", "demo-leader"),
				Map.entry("password", "Test-Luoshi-2026")));
		assertThat(response.statusCode()).isEqualTo(403);
	}

	@Test
	void theSessionIsKeptInTheDatabaseUnderThePrincipalWithTheIdleTimeout() throws Exception {
		PageSession page = fixtures.pageSession();
		page.signIn("demo-leader");
		assertThat(page.get("/").statusCode()).isEqualTo(200);
		Map<String, Object> row = jdbc.sql("SELECT principal_name, max_inactive_interval FROM spring_session WHERE session_id = ?")
			.param(page.sessionId())
			.query()
			.singleRow();
		assertThat(row.get("principal_name")).isEqualTo("demo-leader");
		assertThat(idleTimeout).isEqualTo(Duration.ofMinutes(30));
		assertThat(((Number) row.get("max_inactive_interval")).longValue()).isEqualTo(idleTimeout.toSeconds());
	}

	@Test
	void demoAccountsAreNotForcedToChangeTheirPassword() throws Exception {
		PageSession page = fixtures.pageSession();
		page.signIn("demo-town");
		assertThat(page.get("/").statusCode()).isEqualTo(200);
		assertThat(accounts.findByUsername("demo-town").orElseThrow().mustChangePassword()).isFalse();
	}

	@Test
	void signingOutEndsTheSession() throws Exception {
		PageSession page = fixtures.pageSession();
		page.signIn("demo-auditor");
		String sessionId = page.sessionId();
		HttpResponse<String> out = page.post("/logout", List.of());
		assertThat(out.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?logout"));
		assertThat(jdbc.sql("SELECT count(*) FROM spring_session WHERE session_id = ?").param(sessionId).query(Long.class).single()).isZero();
		assertThat(page.get("/").statusCode()).isEqualTo(302);
	}
}
