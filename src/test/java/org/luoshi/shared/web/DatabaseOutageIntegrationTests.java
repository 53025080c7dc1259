package org.luoshi.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.luoshi.support.ApiClient;
import org.luoshi.support.LuoshiInstance;
import org.luoshi.support.PageSession;
import org.luoshi.support.TcpProxy;
import org.luoshi.support.TestDatabase;
import org.luoshi.support.TestDatabaseEnvironment;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;

import tools.jackson.databind.JsonNode;

/**
 * The database goes away under a running instance (its connections through a {@link TcpProxy} are dropped and new
 * ones hang, as when the server vanishes from the network) and comes back. The instance runs with the production pool
 * settings of application.yml, not the tests' longer timeout.
 */
class DatabaseOutageIntegrationTests {

	static final Duration ANSWER_WITHIN = Duration.ofSeconds(5);

	static TcpProxy proxy;
	static ConfigurableApplicationContext application;
	static int port;
	static MessageSource messages;

	final HttpClient http = HttpClient.newHttpClient();
	long slowestAnswer;

	@BeforeAll
	static void startBehindAProxy() throws Exception {
		TestDatabase.Connection database = TestDatabase.createDatabase();
		proxy = TcpProxy.inFrontOf(database.url());
		application = LuoshiInstance.start(new TestDatabase.Connection(proxy.proxied(database.url()), database.user(), database.password()),
				true);
		port = Integer.parseInt(application.getEnvironment().getProperty("local.server.port"));
		messages = application.getBean(MessageSource.class);
	}

	@AfterAll
	static void stop() {
		if (application != null) {
			application.close();
		}
		if (proxy != null) {
			proxy.close();
		}
	}

	@Test
	void answersFastAndPlainlyWhileTheDatabaseIsGoneAndRecoversByItself() throws Exception {
		String token = tokenOf("demo-admin");
		assertThat(get("/api/v1/me", token, null).statusCode()).isEqualTo(200);
		PageSession person = PageSession.signIn(port, "demo-admin");
		assertThat(person.get("/").statusCode()).isEqualTo(200);
		assertThat(get("/actuator/health/readiness", null, null).statusCode()).isEqualTo(200);

		proxy.cut();

		HttpResponse<String> api = within(() -> get("/api/v1/me", token, "en"));
		assertThat(api.statusCode()).isEqualTo(503);
		assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(api.headers().firstValue("Retry-After")).hasValue(String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
		JsonNode problem = ApiClient.JSON.readTree(api.body());
		assertThat(problem.get("code").asString()).isEqualTo(DatabaseOutage.MESSAGE_KEY);
		assertThat(problem.get("detail").asString()).isEqualTo(message(DatabaseOutage.MESSAGE_KEY, Locale.ENGLISH));

		HttpResponse<byte[]> page = within(() -> person.get("/"));
		assertThat(page.statusCode()).isEqualTo(503);
		assertThat(page.headers().firstValue("Retry-After")).isPresent();
		assertThat(PageSession.text(page)).contains(message(DatabaseOutage.MESSAGE_KEY, Locale.SIMPLIFIED_CHINESE))
			.contains(message("error.unavailable.hint", Locale.SIMPLIFIED_CHINESE));

		HttpResponse<byte[]> signIn = within(() -> PageSession.anonymous(port).get("/login"));
		assertThat(signIn.statusCode()).as("the sign-in page answers, whether or not it needs the database").isIn(200, 503);

		assertThat(within(() -> get("/actuator/health", null, null)).statusCode()).isEqualTo(503);
		assertThat(within(() -> get("/actuator/health/readiness", null, null)).statusCode()).isEqualTo(503);
		assertThat(within(() -> get("/actuator/health/liveness", null, null)).statusCode()).as("restarting would not help").isEqualTo(200);

		proxy.restore();
		long restoredAt = System.nanoTime();
		long deadline = restoredAt + Duration.ofSeconds(30).toNanos();
		while (get("/actuator/health/readiness", null, null).statusCode() != 200 && System.nanoTime() < deadline) {
			Thread.sleep(200);
		}
		long recovery = Duration.ofNanos(System.nanoTime() - restoredAt).toMillis();
		assertThat(get("/actuator/health/readiness", null, null).statusCode()).isEqualTo(200);
		assertThat(get("/api/v1/me", token, null).statusCode()).as("the token still works").isEqualTo(200);
		assertThat(person.get("/").statusCode()).as("the session outlived the outage").isEqualTo(200);
		System.out.printf("Database outage: slowest answer %d ms (API, page, sign-in, health, readiness, liveness); "
				+ "ready again %d ms after the database returned%n", slowestAnswer, recovery);
	}

	@Test
	void saysItIsBusyNotGoneWhenEveryConnectionIsInUse() throws Exception {
		String token = tokenOf("demo-admin");
		PageSession person = PageSession.signIn(port, "demo-admin");
		DataSource pool = application.getBean(DataSource.class);
		List<Connection> taken = new ArrayList<>();
		try {
			// The instance's whole pool of four, held as four long requests would hold them.
			for (int i = 0; i < 4; i++) {
				taken.add(pool.getConnection());
			}

			HttpResponse<String> api = within(() -> get("/api/v1/me", token, "en"));
			assertThat(api.statusCode()).isEqualTo(503);
			assertThat(api.headers().firstValue("Retry-After")).hasValue(String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
			JsonNode problem = ApiClient.JSON.readTree(api.body());
			assertThat(problem.get("code").asString()).isEqualTo(DatabaseOutage.BUSY_MESSAGE_KEY);
			assertThat(problem.get("detail").asString()).isEqualTo(message(DatabaseOutage.BUSY_MESSAGE_KEY, Locale.ENGLISH));

			HttpResponse<byte[]> page = within(() -> person.get("/"));
			assertThat(page.statusCode()).isEqualTo(503);
			assertThat(PageSession.text(page)).contains(message(DatabaseOutage.BUSY_MESSAGE_KEY, Locale.SIMPLIFIED_CHINESE))
				.contains(message("error.busy.hint", Locale.SIMPLIFIED_CHINESE))
				.doesNotContain(message(DatabaseOutage.MESSAGE_KEY, Locale.SIMPLIFIED_CHINESE));
		}
		finally {
			for (Connection connection : taken) {
				connection.close();
			}
		}
		assertThat(get("/api/v1/me", token, null).statusCode()).as("served again once connections are free").isEqualTo(200);
		assertThat(person.get("/").statusCode()).isEqualTo(200);
	}

	private <T> T within(org.junit.jupiter.api.function.ThrowingSupplier<T> request) {
		long start = System.nanoTime();
		T answer = assertTimeoutPreemptively(ANSWER_WITHIN, request, "no answer within " + ANSWER_WITHIN.toSeconds() + " s");
		slowestAnswer = Math.max(slowestAnswer, Duration.ofNanos(System.nanoTime() - start).toMillis());
		return answer;
	}

	private HttpResponse<String> get(String path, String token, String language) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(30));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		if (language != null) {
			request.header("Accept-Language", language);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private String tokenOf(String username) throws Exception {
		HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/auth/token"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(ApiClient.JSON.writeValueAsString(
					Map.of("username", username, "password", TestDatabaseEnvironment.DEMO_PASSWORD))))
			.build(), HttpResponse.BodyHandlers.ofString());
		return ApiClient.JSON.readTree(answer.body()).get("token").asString();
	}

	private static String message(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}
}
