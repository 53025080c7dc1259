package org.luoshi.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Talks to the running application as an API client would: JSON over HTTP with a bearer token. */
public final class ApiClient {

	private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

	public final JsonMapper json = JsonMapper.builder().build();
	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
	private final int port;
	private String token;
	private String language = "zh-CN";

	public ApiClient(int port) {
		this.port = port;
	}

	/** Signs in as a demo account with the test demo password. */
	public ApiClient as(String username) {
		HttpResponse<String> response = post("/api/v1/auth/token",
				"{\"username\":\"" + username + "\",\"password\":\"" + TestDatabaseEnvironment.DEMO_PASSWORD + "\"}");
		Matcher matcher = TOKEN.matcher(response.body());
		if (response.statusCode() != 200 || !matcher.find()) {
			throw new IllegalStateException("Cannot sign in as " + username + ": " + response.statusCode() + " " + response.body());
		}
		this.token = matcher.group(1);
		return this;
	}

	public ApiClient inEnglish() {
		this.language = "en";
		return this;
	}

	public HttpResponse<String> get(String path) {
		return send(request(path).GET());
	}

	public HttpResponse<String> post(String path, String body) {
		return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	public HttpResponse<String> put(String path, String body) {
		return send(request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)));
	}

	public JsonNode parse(HttpResponse<String> response) {
		return json.readTree(response.body());
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept-Language", language);
		if (token != null) {
			builder.header("Authorization", "Bearer " + token);
		}
		return builder;
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
