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
import java.util.ArrayList;
import java.util.List;
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
		String token = session.csrfToken("/login");
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
		return post(path, from, List.of());
	}

	/** Posts a form with the CSRF token of the page it is posted to (which shows that form). */
	public HttpResponse<byte[]> post(String path, Map<String, String> fields) {
		return post(path, path, List.copyOf(fields.entrySet()));
	}

	/**
	 * Posts a form as {@code application/x-www-form-urlencoded}, with the CSRF token of the page {@code from} (a
	 * field may be given more than once, as a multiple select sends it).
	 */
	public HttpResponse<byte[]> post(String path, String from, List<Map.Entry<String, String>> fields) {
		List<Map.Entry<String, String>> all = new ArrayList<>(fields);
		all.add(Map.entry("_csrf", csrfToken(from)));
		String body = String.join("&", all.stream()
			.map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.toList());
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** A file of a multipart form: its field name, file name, content type and bytes. */
	public record FilePart(String field, String fileName, String contentType, byte[] content) {
	}

	/** Posts fields and files as {@code multipart/form-data}, with the CSRF token of the page {@code from}. */
	public HttpResponse<byte[]> postMultipart(String path, String from, List<Map.Entry<String, String>> fields, List<FilePart> files) {
		return postMultipartWithToken(path, csrfToken(from), fields, files);
	}

	/**
	 * Posts fields and files as {@code multipart/form-data} with a CSRF token read before ({@link #csrfToken}), as a
	 * browser posts a form it shows: a timed post is then only the post.
	 */
	public HttpResponse<byte[]> postMultipartWithToken(String path, String csrfToken, List<Map.Entry<String, String>> fields,
			List<FilePart> files) {
		String boundary = "----luoshi" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		List<Map.Entry<String, String>> all = new ArrayList<>(fields);
		all.add(Map.entry("_csrf", csrfToken));
		for (Map.Entry<String, String> field : all) {
			write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n" + field.getValue()
					+ "\r\n");
		}
		for (FilePart file : files) {
			write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.field() + "\"; filename=\"" + file.fileName()
					+ "\"\r\nContent-Type: " + file.contentType() + "\r\n\r\n");
			body.writeBytes(file.content());
			write(body, "\r\n");
		}
		write(body, "--" + boundary + "--\r\n");
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	/** Posts one file as {@code multipart/form-data} in the field {@code file}, with the CSRF token of the page it is posted from. */
	public HttpResponse<byte[]> upload(String path, String fileName, byte[] content) {
		return postMultipart(path, path, List.of(), List.of(new FilePart("file", fileName, "application/octet-stream", content)));
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

	/** The CSRF token of the page at {@code path}, as its forms carry it. */
	public String csrfToken(String path) {
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
