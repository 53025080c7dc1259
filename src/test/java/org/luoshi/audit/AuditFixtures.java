package org.luoshi.audit;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.luoshi.audit.internal.AuditEntry;
import org.luoshi.audit.internal.AuditFilter;
import org.luoshi.audit.internal.AuditTrail;
import org.luoshi.shared.Actor;
import org.luoshi.support.Acting;
import org.luoshi.support.TestDatabaseEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Test helpers that make the audit tests read as sentences: act as someone, sign in over HTTP, read the newest entries. */
final class AuditFixtures {

	static final JsonMapper JSON = JsonMapper.builder().build();
	static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private AuditFixtures() {
	}

	/** Whoever the code under test should see as {@link org.luoshi.shared.CurrentActor}, as if signed in. */
	static void actAs(Actor actor) {
		Acting.actAs(actor);
	}

	static HttpResponse<String> requestToken(int port, String username, String password) throws Exception {
		String body = JSON.writeValueAsString(java.util.Map.of("username", username, "password", password));
		return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/auth/token"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Signs a demo account in over the API (which itself leaves a sign-in entry) and returns its bearer token. */
	static String tokenOf(int port, String username) throws Exception {
		HttpResponse<String> response = requestToken(port, username, TestDatabaseEnvironment.DEMO_PASSWORD);
		if (response.statusCode() != 200) {
			throw new IllegalStateException(username + " could not sign in: " + response.body());
		}
		return JSON.readTree(response.body()).get("token").asString();
	}

	/** An HTTP client signed in to the pages through the login form (with its CSRF token), keeping the session cookie. */
	static HttpClient signedInToPages(int port, String username) throws Exception {
		HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
		String login = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
		if (!csrf.find()) {
			throw new IllegalStateException("No CSRF token on the login page");
		}
		String form = "username=" + username + "&password=" + URLEncoder.encode(TestDatabaseEnvironment.DEMO_PASSWORD, StandardCharsets.UTF_8)
				+ "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (signedIn.statusCode() != 302 || signedIn.headers().firstValue("Location").orElse("").contains("error")) {
			throw new IllegalStateException(username + " could not sign in to the pages");
		}
		return client;
	}

	static <T> HttpResponse<T> page(HttpClient client, int port, String path, HttpResponse.BodyHandler<T> body) throws Exception {
		return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(), body);
	}

	static HttpResponse<String> get(int port, String path, String token) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

	/** The id of the newest entry: entries after it are what a test caused. */
	static long newestEntryId(JdbcClient jdbc) {
		return jdbc.sql("SELECT coalesce(max(id), 0) FROM audit_entry").query(Long.class).single();
	}

	/** The entries after {@code mark}, oldest first. */
	static List<AuditEntry> entriesAfter(AuditTrail trail, long mark) {
		return trail.latest(AuditFilter.NONE, 1000, null, org.luoshi.shared.Actor.SYSTEM).stream().filter(entry -> entry.id() > mark)
			.sorted(java.util.Comparator.comparingLong(AuditEntry::id)).toList();
	}

	/**
	 * Does what only a database superuser can do to the append-only table: switch its triggers off for one statement.
	 * The chain is what is left to catch it.
	 */
	static void tamper(TransactionTemplate transactions, JdbcClient jdbc, String sql, Object... params) {
		transactions.executeWithoutResult(status -> {
			jdbc.sql("ALTER TABLE audit_entry DISABLE TRIGGER ALL").update();
			jdbc.sql(sql).params(params).update();
			jdbc.sql("ALTER TABLE audit_entry ENABLE TRIGGER ALL").update();
		});
	}
}
