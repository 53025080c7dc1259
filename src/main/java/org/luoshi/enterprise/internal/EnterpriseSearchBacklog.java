package org.luoshi.enterprise.internal;

import java.util.List;

import jakarta.annotation.PreDestroy;

import org.luoshi.shared.database.AfterCommitPass;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The search index of imported enterprises, written after the import commits: the one exception to "a record's search
 * document is written in the record's own transaction" (docs/architecture/enterprise.md, "Import"). An import queues
 * what it wrote ({@link #queueImported}, one statement, a row per thousand enterprises); once it commits, a background
 * thread indexes the queue a row a transaction. A schedule drains what an instance that stopped meanwhile left behind.
 *
 * <p>Several instances drain one queue together: each row is claimed with {@code FOR UPDATE SKIP LOCKED}, so every
 * queued enterprise is indexed once. A batch also takes a share lock on its enterprises before reading them: an edit
 * made meanwhile either waits for the batch (and then indexes its own, newer document) or the batch waits for the
 * edit and reads what it wrote, so a drained document is never older than the record.
 */
@Component
public class EnterpriseSearchBacklog {

	static final int BATCH = 1000;
	private static final Logger log = LoggerFactory.getLogger(EnterpriseSearchBacklog.class);

	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;
	private final EnterpriseSearchRecords search;
	private final Towns towns;
	private final AfterCommitPass background = new AfterCommitPass("enterprise-search-backlog", this::drainQuietly);

	EnterpriseSearchBacklog(JdbcClient jdbc, TransactionTemplate transactions, EnterpriseSearchRecords search, Towns towns) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.search = search;
		this.towns = towns;
	}

	/** Queues the enterprises the running import wrote (its table {@code enterprise_import_done}); drained once it commits. */
	void queueImported() {
		jdbc.sql("""
				INSERT INTO enterprise_search_backlog (enterprise_ids)
				SELECT array_agg(id ORDER BY id) FROM (
				    SELECT id, (row_number() OVER (ORDER BY id) - 1) / ? AS batch FROM enterprise_import_done) numbered
				GROUP BY batch""")
			.param(BATCH)
			.update();
		background.requestAfterCommit();
	}

	@PreDestroy
	void stop() {
		background.stop();
	}

	@Scheduled(fixedDelayString = "${luoshi.enterprise.search-backlog-interval:PT1M}", initialDelayString = "PT30S")
	void drainOnSchedule() {
		drainQuietly();
	}

	private void drainQuietly() {
		try {
			int indexed = drain();
			if (indexed > 0) {
				log.info("Search index: {} imported enterprises indexed", indexed);
			}
		}
		catch (RuntimeException e) {
			// What stays queued, the next request or scheduled pass indexes.
			log.warn("Indexing imported enterprises failed: {}", e.toString());
		}
	}

	/** Indexes the queue until it is empty (or held by other instances); answers how many enterprises this call indexed. */
	public int drain() {
		int indexed = 0;
		while (true) {
			Integer batch = transactions.execute(status -> drainBatch());
			if (batch == null || batch == 0) {
				return indexed;
			}
			indexed += batch;
		}
	}

	/** How many enterprises wait to be indexed. */
	public int waiting() {
		return jdbc.sql("SELECT coalesce(sum(cardinality(enterprise_ids)), 0) FROM enterprise_search_backlog").query(Integer.class).single();
	}

	private int drainBatch() {
		List<Long> claimed = jdbc.sql("""
				DELETE FROM enterprise_search_backlog WHERE id = (
				    SELECT id FROM enterprise_search_backlog ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED)
				RETURNING enterprise_ids""")
			.query((rs, n) -> java.util.Arrays.asList((Long[]) rs.getArray(1).getArray()))
			.optional()
			.orElse(List.of());
		if (claimed.isEmpty()) {
			return 0;
		}
		search.indexAll(claimed, towns.snapshot());
		return claimed.size();
	}
}
