package org.luoshi.supervision.internal;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Boards, rankings, goal lists and the task list's pages, counts and groups as last computed, until a task, a task's
 * units, its timeline or a goal changes (the task core keeps it, the boards module uses it). The
 * change is told by the database's counter {@code board_change}, which those tables' triggers move when a writing
 * transaction commits (V3 of supervision's migrations), so every writer counts, whatever path it takes.
 *
 * <p>The counter is read before the cached value is computed, in the caller's read-only transaction: a value cached
 * under a counter saw at least every change up to it. Requests that arrive together for the same key wait for one
 * computation rather than each counting the tasks. Inside a transaction that writes, nothing is cached or served from
 * the cache: that transaction's own changes move the counter only when it commits.
 */
@Component
public class BoardCache {

	/** Beyond this many entries (filters × scopes × days) the cache starts afresh rather than grow without bound. */
	private static final int MOST_ENTRIES = 2_000;

	private final JdbcClient jdbc;
	private volatile Generation generation = new Generation(-1, new ConcurrentHashMap<>());

	/** The values computed under one value of the counter; replaced whole, so that no value lands in a newer one. */
	private record Generation(long version, Map<Object, CompletableFuture<Object>> entries) {
	}

	BoardCache(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A key of its parts, compared part by part; a part may be {@code null} (a whole-district scope, no unit filter).
	 */
	public static Object key(Object... parts) {
		return java.util.Arrays.asList(parts);
	}

	/** The value for {@code key} as of the latest committed change, computed by {@code compute} when there is none. */
	@SuppressWarnings("unchecked")
	public <T> T get(Object key, Supplier<T> compute) {
		if (!TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			return compute.get();
		}
		long current = jdbc.sql("SELECT version FROM board_change").query(Long.class).single();
		Generation present = generation;
		if (present.version() < current || present.entries().size() > MOST_ENTRIES) {
			synchronized (this) {
				present = generation;
				if (present.version() < current || present.entries().size() > MOST_ENTRIES) {
					present = new Generation(current, new ConcurrentHashMap<>());
					generation = present;
				}
			}
		}
		if (present.version() != current) {
			// Another reader has seen a newer counter meanwhile: this one's snapshot may be older than the cache's.
			return compute.get();
		}
		Map<Object, CompletableFuture<Object>> entries = present.entries();
		CompletableFuture<Object> mine = new CompletableFuture<>();
		CompletableFuture<Object> existing = entries.putIfAbsent(key, mine);
		if (existing != null) {
			try {
				return (T) existing.join();
			}
			catch (CompletionException failed) {
				// The computation that others waited for failed (for example a cancelled query): compute it here.
				return compute.get();
			}
		}
		try {
			T value = compute.get();
			mine.complete(value);
			return value;
		}
		catch (RuntimeException e) {
			entries.remove(key, mine);
			mine.completeExceptionally(e);
			throw e;
		}
	}
}
