package org.luoshi.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.luoshi.identity.internal.AccountAdministration;
import org.luoshi.identity.internal.AccountAdministration.CreateAccountCommand;
import org.luoshi.identity.internal.AccountAdministration.GrantRolesCommand;
import org.luoshi.shared.Actor;
import org.luoshi.support.TestDatabaseEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Accounts and clients for the identity tests: fresh accounts (so that lockouts never touch the demo accounts other
 * tests sign in with), a browser-less page session that keeps its cookie and sends the CSRF token as a form does,
 * and the token API.
 */
@Component
class IdentityFixtures {

	/** What fresh accounts' owners choose as their own password. */
	static final String OWN_PASSWORD = "Own-Choice-4711";
	static final String INITIAL_PASSWORD = "Initial-Pass-0815";

	private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
	private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Environment environment;
	private final AccountAdministration administration;
	private final AccountDirectory accounts;

	IdentityFixtures(Environment environment, AccountAdministration administration, AccountDirectory accounts) {
		this.environment = environment;
		this.administration = administration;
		this.accounts = accounts;
	}

	/** The port the test's server listens on, known once it has started (after this bean was made). */
	private int port() {
		return environment.getRequiredProperty("local.server.port", Integer.class);
	}

	/** demo-sysadmin, the system administrator, as the services see it. */
	Actor systemAdmin() {
		return demoActor("demo-sysadmin", Role.SYSTEM_ADMIN);
	}

	/** demo-secadmin, the security administrator, as the services see it. */
	Actor securityAdmin() {
		return demoActor("demo-secadmin", Role.SECURITY_ADMIN);
	}

	private Actor demoActor(String username, Role role) {
		AccountSummary account = accounts.findByUsername(username).orElseThrow();
		return new Actor(account.id(), account.username(), account.displayName(), null, role.permissions());
	}

	static String uniqueUsername(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	/**
	 * A new unit handler of the whole district with {@link #INITIAL_PASSWORD}, who has not signed in yet: created by the
	 * system administrator, given the role by the security administrator.
	 */
	AccountSummary newAccount(String prefix) {
		AccountSummary created = administration.create(new CreateAccountCommand(uniqueUsername(prefix), "测试用户", null, null,
				INITIAL_PASSWORD), systemAdmin()).account();
		return administration.grantRoles(new GrantRolesCommand(created.id(), created.version(), Set.of(Role.UNIT_HANDLER)), securityAdmin());
	}

	/** A new account whose owner has signed in once and chosen {@link #OWN_PASSWORD}: it may use the API. */
	AccountSummary accountInUse(String prefix) throws Exception {
		AccountSummary account = newAccount(prefix);
		PageSession owner = pageSession();
		owner.signIn(account.username(), INITIAL_PASSWORD);
		HttpResponse<String> changed = owner.post("/account/password",
				List.of(Map.entry("currentPassword", INITIAL_PASSWORD), Map.entry("newPassword", OWN_PASSWORD),
						Map.entry("confirmation", OWN_PASSWORD)));
		assertThat(changed.statusCode()).isEqualTo(302);
		return accounts.findAccount(account.id()).orElseThrow();
	}

	PageSession pageSession() {
		return new PageSession();
	}

	/** {@code POST /api/v1/auth/token}. */
	HttpResponse<String> requestToken(String username, String password, String language) throws Exception {
		String body = JSON.writeValueAsString(Map.of("username", username, "password", password));
		HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/v1/auth/token"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (language != null) {
			request.header("Accept-Language", language);
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	String token(String username, String password) throws Exception {
		HttpResponse<String> response = requestToken(username, password, null);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return json(response).get("token").asString();
	}

	/** An API GET with {@code Authorization} set to the given header value (or none when null). */
	HttpResponse<String> apiGet(String path, String authorization, String language) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		if (language != null) {
			request.header("Accept-Language", language);
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

	URI uri(String path) {
		return URI.create("http://localhost:" + port() + path);
	}

	/** A person's pages without a browser: one cookie jar, redirects not followed, forms posted with their CSRF token. */
	final class PageSession {

		private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
		private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();

		HttpResponse<String> get(String path) throws Exception {
			return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
		}

		/** Posts the login form; the answer redirects to the home page or back to {@code /login?error=…}. */
		HttpResponse<String> signIn(String username, String password) throws Exception {
			return postForm("/login", List.of(Map.entry("username", username), Map.entry("password", password)), csrfFrom("/login"));
		}

		HttpResponse<String> signIn(String username) throws Exception {
			HttpResponse<String> response = signIn(username, TestDatabaseEnvironment.DEMO_PASSWORD);
			assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
			return response;
		}

		/** Posts a form as a page would: with the CSRF token of the signed-in person's home page. */
		HttpResponse<String> post(String path, List<Map.Entry<String, String>> fields) throws Exception {
			return postForm(path, fields, csrfFrom("/account/password"));
		}

		HttpResponse<String> postWithoutCsrf(String path, List<Map.Entry<String, String>> fields) throws Exception {
			return postForm(path, fields, null);
		}

		/** The id of this session as the database knows it (the cookie holds it Base64-encoded). */
		String sessionId() {
			return cookies.getCookieStore().getCookies().stream()
				.filter(cookie -> cookie.getName().equals("SESSION"))
				.map(HttpCookie::getValue)
				.map(value -> new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8))
				.findFirst()
				.orElseThrow();
		}

		private String csrfFrom(String path) throws Exception {
			String page = get(path).body();
			Matcher matcher = CSRF_INPUT.matcher(page);
			if (matcher.find()) {
				return matcher.group(1);
			}
			matcher = CSRF_META.matcher(page);
			assertThat(matcher.find()).as("a CSRF token on " + path).isTrue();
			return matcher.group(1);
		}

		private HttpResponse<String> postForm(String path, List<Map.Entry<String, String>> fields, String csrf) throws Exception {
			List<Map.Entry<String, String>> all = new ArrayList<>(fields);
			if (csrf != null) {
				all.add(Map.entry("_csrf", csrf));
			}
			String body = String.join("&", all.stream()
				.map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
				.toList());
			return http.send(HttpRequest.newBuilder(uri(path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		}
	}
}
