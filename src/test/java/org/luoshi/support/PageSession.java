package org.luoshi.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


/** A browser-like session on the pages (cookie, CSRF token) without a browser, for pages that need no JavaScript. */
public final class PageSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*content=\"([^\"]+)\"|name=\"_csrf\" (?:type=\"hidden\" )?value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
	private final int port;

	private PageSession(int port) {
		this.port = port;
	}

	/** A visitor who has not signed in. */
	public static PageSession anonymous(int port) {
		return new PageSession(port);
	}

	public static PageSession signIn(int port, String username) {
		PageSession session = new PageSession(port);
		String token = session.csrf("/login");
		HttpResponse<byte[]> answer = session.send(HttpRequest.newBuilder(session.uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password="
					+ URLEncoder.encode(TestDatabaseEnvironment.DEMO_PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + token)));
		if (answer.statusCode() != 302 || answer.headers().firstValue("Location").orElse("").contains("error")) {
			throw new IllegalStateException("Cannot sign in " + username);
		}
		return session;
	}

	public HttpResponse<byte[]> get(String path) {
		return send(HttpRequest.newBuilder(uri(path)).GET());
	}

	/** Posts an empty form, as a button on the page {@code from} does: with that page's CSRF token. */
	public HttpResponse<byte[]> post(String path, String from) {
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(csrf(from), StandardCharsets.UTF_8))));
	}

	/** Posts a form as {@code application/x-www-form-urlencoded}, with the CSRF token of the page it is posted from. */
	public HttpResponse<byte[]> post(String path, Map<String, String> fields) {
		StringBuilder body = new StringBuilder("_csrf=").append(URLEncoder.encode(csrf(path), StandardCharsets.UTF_8));
		fields.forEach((name, value) -> body.append('&').append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
			.append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString())));
	}

	/** Posts one file as {@code multipart/form-data}, with the CSRF token of the page it is posted from. */
	public HttpResponse<byte[]> upload(String path, String fileName, byte[] content) {
		String token = csrf(path);
		String boundary = "----luoshi" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n");
		write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
				+ "Content-Type: application/octet-stream\r\n\r\n");
		body.writeBytes(content);
		write(body, "\r\n--" + boundary + "--\r\n");
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	public static String text(HttpResponse<byte[]> response) {
		return new String(response.body(), StandardCharsets.UTF_8);
	}

	/**
	 * The part of a page from the first {@code start} to the next {@code end} after it, e.g. one element from its id to
	 * its closing tag; empty when {@code start} is not on the page.
	 */
	public static String between(String page, String start, String end) {
		int from = page.indexOf(start);
		if (from < 0) {
			return "";
		}
		int to = page.indexOf(end, from + start.length());
		return to < 0 ? page.substring(from) : page.substring(from, to);
	}

	private String csrf(String path) {
		String page = text(get(path));
		Matcher matcher = CSRF.matcher(page);
		if (!matcher.find()) {
			throw new IllegalStateException("No CSRF token on " + path);
		}
		return matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private HttpResponse<byte[]> send(HttpRequest.Builder request) {
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private static void write(ByteArrayOutputStream out, String text) {
		out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
	}
}
