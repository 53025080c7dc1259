package org.luoshi.supervision.benchmarks;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.luoshi.support.ApiClient;
import org.luoshi.support.PageSession;

/** The signed-in clients of a load benchmark, and their requests that count as errors unless answered as expected. */
final class LoadClients {

	private LoadClients() {
	}

	static List<PageSession> pageSessions(int port, String username, int count) {
		return repeat(count, () -> PageSession.signIn(port, username));
	}

	static List<ApiClient> apiClients(int port, String username, int count) {
		return repeat(count, () -> ApiClient.signIn(port, username));
	}

	/** A page that must answer 200. */
	static void page(PageSession session, String path) {
		HttpResponse<byte[]> response = session.get(path);
		if (response.statusCode() != 200) {
			throw new IllegalStateException(path + " answered " + response.statusCode());
		}
	}

	/** An API call that must answer {@code status}. */
	static void ok(ApiClient.Answer answer, int status) {
		if (answer.status() != status) {
			throw new IllegalStateException(answer.status() + " " + answer.body());
		}
	}

	private static <T> List<T> repeat(int count, Supplier<T> make) {
		List<T> made = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			made.add(make.get());
		}
		return made;
	}
}
