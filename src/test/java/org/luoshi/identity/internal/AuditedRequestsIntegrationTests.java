package org.luoshi.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
 * What the audit trail records besides writes and sign-ins: requests refused (403) or not found (404) with their path
 * and actor, exports with their filter, and sign-outs, by the person and by the idle timeout.
 */
@IntegrationTest
class AuditedRequestsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SessionTimeouts timeouts;

	@Test
	void aRefusedPageOrApiCallIsRecordedOnceWithItsPathAndActor() {
		PageSession town = PageSession.signIn(port, "demo-town");
		long mark = newest();
		assertThat(town.get("/admin/accounts?text=x").statusCode()).isEqualTo(403);
		assertThat(ApiClient.signIn(port, "demo-town").get("/api/v1/audit?limit=5").status()).isEqualTo(403);

		assertThat(entries(mark, "identity.request.forbidden")).containsExactly(
				Map.of("actor_username", "demo-town", "target_label", "GET /admin/accounts", "target_type", "request"),
				Map.of("actor_username", "demo-town", "target_label", "GET /api/v1/audit", "target_type", "request"));
	}

	@Test
	void aNotFoundOfASignedInPersonIsRecordedButNotStaticFilesNorAnonymousCalls() throws Exception {
		PageSession town = PageSession.signIn(port, "demo-town");
		ApiClient api = ApiClient.signIn(port, "demo-town");
		long mark = newest();
		assertThat(town.get("/supervision/tasks/987654321").statusCode()).isEqualTo(404);
		assertThat(api.get("/api/v1/tasks/987654321").status()).isEqualTo(404);
		assertThat(town.get("/no-such-page").statusCode()).isEqualTo(404);
		assertThat(town.get("/webjars/bootstrap/5.3.8/dist/js/no-such-file.js.map").statusCode()).isEqualTo(404);
		assertThat(town.get("/js/no-such-script.js").statusCode()).isEqualTo(404);
		assertThat(ApiClient.anonymous(port).get("/api/v1/tasks/987654321").status()).isEqualTo(401);
		assertThat(HttpClient.newHttpClient().send(HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/css/none.css"))
			.build(), HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(404);

		assertThat(entries(mark, "identity.request.not-found")).extracting(row -> row.get("target_label"))
			.containsExactly("GET /supervision/tasks/987654321", "GET /api/v1/tasks/987654321", "GET /no-such-page");
		assertThat(entries(mark, "identity.request.")).allSatisfy(row -> assertThat(row.get("actor_username")).isEqualTo("demo-town"));
	}

	@Test
	void everyExportIsRecordedWithTheFilterItCarriedAndARefusedOneIsNot() {
		long mark = newest();
		PageSession office = PageSession.signIn(port, "demo-admin");
		assertThat(office.get("/supervision/tasks/export.xlsx?layout=ledger&light=RED").statusCode()).isEqualTo(200);
		assertThat(ApiClient.signIn(port, "demo-leader").download("/api/v1/tasks/export.xlsx?layout=breakdown").status()).isEqualTo(200);
		assertThat(ApiClient.signIn(port, "demo-leader").download("/api/v1/tasks/export.xlsx?layout=nonsense").status()).isEqualTo(400);
		assertThat(PageSession.signIn(port, "demo-auditor").get("/audit/export.xlsx?action=identity.").statusCode()).isEqualTo(200);
		assertThat(office.get("/audit/export.xlsx").statusCode()).isEqualTo(403);

		List<Map<String, Object>> exports = jdbc.sql("SELECT actor_username, action, target_label, changes->'query'->>'after' AS query "
				+ "FROM audit_entry WHERE id > ? AND action LIKE '%.exported' ORDER BY id").param(mark).query().listOfRows();
		assertThat(exports).containsExactly(
				Map.of("actor_username", "demo-admin", "action", "supervision.tasks.exported", "target_label", "/supervision/tasks/export.xlsx",
						"query", "layout=ledger&light=RED"),
				Map.of("actor_username", "demo-leader", "action", "supervision.tasks.exported", "target_label", "/api/v1/tasks/export.xlsx",
						"query", "layout=breakdown"),
				Map.of("actor_username", "demo-auditor", "action", "audit.trail.exported", "target_label", "/audit/export.xlsx",
						"query", "action=identity."));
	}

	@Test
	void signingOutIsRecordedAsTheOwnersAct() {
		PageSession leader = PageSession.signIn(port, "demo-leader");
		long mark = newest();
		HttpResponse<byte[]> out = leader.post("/logout", "/");
		assertThat(out.statusCode()).isEqualTo(302);
		assertThat(out.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login?logout"));
		assertThat(entries(mark, "identity.logout")).containsExactly(
				Map.of("actor_username", "demo-leader", "target_label", "demo-leader", "target_type", "account"));
	}

	@Test
	void aSessionEndedByTheIdleTimeoutIsRecordedOnceWhetherItsCookieComesBackOrTheCleanupFindsIt() {
		// Other tests' sessions of demo-dept end first; ending a session that has not expired records nothing.
		jdbc.sql("DELETE FROM spring_session WHERE principal_name = 'demo-dept'").update();
		PageSession returning = PageSession.signIn(port, "demo-dept");
		PageSession gone = PageSession.signIn(port, "demo-dept");
		long mark = newest();
		jdbc.sql("UPDATE spring_session SET expiry_time = (extract(epoch FROM now()) * 1000)::bigint - 1000, "
				+ "last_access_time = (extract(epoch FROM now()) * 1000)::bigint - 1801000 WHERE principal_name = 'demo-dept'").update();
		// The cookie of one comes back: Spring Session deletes the expired session and sends the person to sign in.
		assertThat(returning.get("/").statusCode()).isEqualTo(302);
		// The other is deleted by the cleanup Spring Session runs every minute.
		jdbc.sql("DELETE FROM spring_session WHERE principal_name = 'demo-dept' AND expiry_time < (extract(epoch FROM now()) * 1000)::bigint")
			.update();

		timeouts.record();
		assertThat(entries(mark, "identity.session.timed-out")).containsExactly(
				Map.of("actor_username", "system", "target_label", "demo-dept", "target_type", "account"),
				Map.of("actor_username", "system", "target_label", "demo-dept", "target_type", "account"));
		assertThat(timeouts.record()).isZero();
		assertThat(gone.get("/").statusCode()).isEqualTo(302);
	}

	private long newest() {
		return jdbc.sql("SELECT coalesce(max(id), 0) FROM audit_entry").query(Long.class).single();
	}

	private List<Map<String, Object>> entries(long mark, String actionPrefix) {
		return jdbc.sql("SELECT actor_username, target_label, target_type FROM audit_entry WHERE id > ? AND action LIKE ? ORDER BY id")
			.params(mark, actionPrefix + "%")
			.query()
			.listOfRows();
	}
}
