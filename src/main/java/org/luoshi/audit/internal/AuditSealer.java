package org.luoshi.audit.internal;

import java.util.List;
import java.util.StringJoiner;

import jakarta.annotation.PreDestroy;

import org.luoshi.shared.database.AfterCommitPass;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Chains the entries that writers inserted unsealed: gives each its place ({@code sequence}), its predecessor's hash
 * and its own, in the order the entries became visible, by id within one pass.
 *
 * <p>Writers take no lock (a long import no longer holds every other writer); the chain's single order comes from
 * here instead. One sealer at a time across all instances holds {@link #SEAL_LOCK}, for one batch, never while a
 * writer waits for it. It sees only committed entries (READ COMMITTED: each statement sees what had committed when it
 * began), so an entry of a transaction still running, or rolled back, is never chained; it is sealed by a later pass
 * once it commits, after everything sealed before. The snapshot's xmin horizon ({@code pg_snapshot_xmin}) would
 * also order by transaction start, but it is cluster-wide: a long transaction in any database on the server would
 * hold every seal back.
 *
 * <p>Sealing runs after every commit that wrote an entry (on one background thread, coalesced), on a schedule (for
 * entries whose instance stopped before sealing them) and before every verification.
 */
@Component
class AuditSealer {

	/** "audit" in ASCII: one sealer per database. */
	static final long SEAL_LOCK = 0x6175646974L;
	static final int BATCH = 1000;

	private static final Logger log = LoggerFactory.getLogger(AuditSealer.class);

	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;
	private final AfterCommitPass background = new AfterCommitPass("audit-sealer", this::sealQuietly);

	AuditSealer(JdbcClient jdbc, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	/** Asks for a pass once the running transaction commits: see {@link AfterCommitPass#requestAfterCommit}. */
	void requestAfterCommit() {
		background.requestAfterCommit();
	}

	@Scheduled(fixedDelayString = "${luoshi.audit.seal-interval:PT10S}", initialDelayString = "${luoshi.audit.seal-interval:PT10S}")
	void sealOnSchedule() {
		sealQuietly();
	}

	private void sealQuietly() {
		try {
			seal(false);
		}
		catch (RuntimeException e) {
			// The next request or scheduled pass tries again; verify counts what stays unsealed.
			log.warn("Sealing the audit chain failed: {}", e.toString());
		}
	}

	/** Seals everything committed so far, waiting for a pass another instance is running. */
	long sealWaiting() {
		try {
			return seal(true);
		}
		catch (RuntimeException e) {
			log.warn("Sealing the audit chain failed: {}", e.toString());
			return 0;
		}
	}

	/**
	 * @param wait whether to wait for another instance's pass (true) or leave the work to it (false)
	 * @return how many entries this call sealed
	 */
	long seal(boolean wait) {
		long sealed = 0;
		while (true) {
			Integer batch = transactions.execute(status -> sealBatch(wait));
			if (batch == null || batch < 0) {
				return sealed;
			}
			sealed += batch;
			if (batch < BATCH) {
				return sealed;
			}
		}
	}

	/** One batch in one short transaction: -1 when another sealer holds the lock and {@code wait} is false. */
	private int sealBatch(boolean wait) {
		if (wait) {
			jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock(?)").param(SEAL_LOCK).query(Integer.class).single();
		}
		else if (!jdbc.sql("SELECT pg_try_advisory_xact_lock(?)").param(SEAL_LOCK).query(Boolean.class).single()) {
			return -1;
		}
		// Statements after the lock see the previous sealer's commit: the head is the true head.
		Head head = jdbc.sql("SELECT sequence, hash FROM audit_entry WHERE sequence IS NOT NULL ORDER BY sequence DESC LIMIT 1")
			.query((rs, row) -> new Head(rs.getLong("sequence"), rs.getString("hash")))
			.optional()
			.orElse(new Head(0, AuditChain.GENESIS));
		List<AuditEntry> ready = jdbc.sql(AuditTrail.COLUMNS + " WHERE sequence IS NULL ORDER BY id LIMIT ?")
			.param(BATCH)
			.query(AuditTrail::entry)
			.list();
		if (ready.isEmpty()) {
			return 0;
		}
		// One statement for the batch; the values are numbers and hex digits, so array literals need no quoting.
		StringJoiner ids = new StringJoiner(",", "{", "}");
		StringJoiner sequences = new StringJoiner(",", "{", "}");
		StringJoiner previous = new StringJoiner(",", "{", "}");
		StringJoiner hashes = new StringJoiner(",", "{", "}");
		long sequence = head.sequence();
		String previousHash = head.hash();
		for (AuditEntry entry : ready) {
			String hash = AuditChain.hash(previousHash, entry.content());
			ids.add(Long.toString(entry.id()));
			sequences.add(Long.toString(++sequence));
			previous.add(previousHash);
			hashes.add(hash);
			previousHash = hash;
		}
		jdbc.sql("UPDATE audit_entry SET sequence = v.sequence, previous_hash = v.previous_hash, hash = v.hash "
				+ "FROM unnest(CAST(:ids AS bigint[]), CAST(:sequences AS bigint[]), CAST(:previous AS text[]), CAST(:hashes AS text[])) "
				+ "AS v(id, sequence, previous_hash, hash) WHERE audit_entry.id = v.id")
			.param("ids", ids.toString())
			.param("sequences", sequences.toString())
			.param("previous", previous.toString())
			.param("hashes", hashes.toString())
			.update();
		return ready.size();
	}

	@PreDestroy
	void stop() {
		background.stop();
	}

	private record Head(long sequence, String hash) {
	}
}
