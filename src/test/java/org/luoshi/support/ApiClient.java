package org.luoshi.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;


import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the API as a demo account with a bearer token, the way a client of the platform does. */
public final class ApiClient {

	public static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();
	private final int port;
	private final String token;
	private String language = "zh-CN";

	private ApiClient(int port, String token) {
		this.port = port;
		this.token = token;
	}

	public static ApiClient signIn(int port, String username) {
		ApiClient anonymous = new ApiClient(port, null);
		Answer answer = anonymous.send("POST", "/api/v1/auth/token",
				Map.of("username", username, "password", TestDatabaseEnvironment.DEMO_PASSWORD));
		if (answer.status() != 200) {
			throw new IllegalStateException("Cannot sign in " + username + ": " + answer.body());
		}
		return new ApiClient(port, answer.json().get("token").asString());
	}

	/** A client that has not signed in. */
	public static ApiClient anonymous(int port) {
		return new ApiClient(port, null);
	}

	public ApiClient inLanguage(String acceptLanguage) {
		ApiClient client = new ApiClient(port, token);
		client.language = acceptLanguage;
		return client;
	}

	public Answer get(String path) {
		return send("GET", path, null);
	}

	public Answer post(String path, Object body) {
		return send("POST", path, body);
	}

	public Answer put(String path, Object body) {
		return send("PUT", path, body);
	}

	public Answer delete(String path) {
		return send("DELETE", path, null);
	}

	/** Posts one file as {@code multipart/form-data} in the part {@code file}. */
	public Answer upload(String path, String fileName, byte[] content) {
		String boundary = "----luoshi" + java.util.UUID.randomUUID();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
				+ "Content-Type: text/plain\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
		HttpRequest.Builder request = request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
		return answer(exchange(request, HttpResponse.BodyHandlers.ofString()));
	}

	/** Posts form fields and one file in the part {@code file} as {@code multipart/form-data}. */
	public Answer upload(String path, Map<String, String> fields, String fileName, byte[] content) {
		String boundary = "----luoshi" + java.util.UUID.randomUUID();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n"
				+ value + "\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
				+ "Content-Type: application/octet-stream\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
		HttpRequest.Builder request = request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
		return answer(exchange(request, HttpResponse.BodyHandlers.ofString()));
	}

	/** Posts bytes as the request body with the given content type (a CSV register sent whole, say). */
	public Answer postBody(String path, String contentType, byte[] content) {
		HttpRequest.Builder request = request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(content));
		return answer(exchange(request, HttpResponse.BodyHandlers.ofString()));
	}

	/** A download: status, headers and the bytes as sent. */
	public Download download(String path) {
		HttpResponse<byte[]> response = exchange(request(path).GET(), HttpResponse.BodyHandlers.ofByteArray());
		return new Download(response.statusCode(), response.headers(), response.body());
	}

	public record Download(int status, java.net.http.HttpHeaders headers, byte[] body) {
	}

	/** Posts a body exactly as given, e.g. to check what malformed JSON gets. */
	public Answer postRaw(String path, String body) {
		return send("POST", path, new RawBody(body));
	}

	private record RawBody(String text) {
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", "application/json, application/problem+json, */*")
			.header("Accept-Language", language);
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return request;
	}

	private Answer send(String method, String path, Object body) {
		HttpRequest.Builder request = request(path);
		if (body == null) {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		else {
			String text = body instanceof RawBody raw ? raw.text() : JSON.writeValueAsString(body);
			request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(text));
		}
		return answer(exchange(request, HttpResponse.BodyHandlers.ofString()));
	}

	private static Answer answer(HttpResponse<String> response) {
		return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
	}

	private <B> HttpResponse<B> exchange(HttpRequest.Builder request, HttpResponse.BodyHandler<B> handler) {
		try {
			return http.send(request.build(), handler);
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	public record Answer(int status, String contentType, String body) {

		public JsonNode json() {
			return JSON.readTree(body);
		}
	}
}
