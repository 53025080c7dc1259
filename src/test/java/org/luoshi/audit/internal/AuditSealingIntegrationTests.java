package org.luoshi.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.luoshi.shared.Changes;
import org.luoshi.shared.RecordChanged;
import org.luoshi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Writers append without waiting for one another; the sealer chains what committed, in the order it committed. */
@IntegrationTest
class AuditSealingIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	AuditTrail trail;

	@Test
	void aLongTransactionWithAuditedWritesDoesNotHoldAnotherWriter() throws Exception {
		CountDownLatch written = new CountDownLatch(1);
		CountDownLatch finish = new CountDownLatch(1);
		ExecutorService importer = Executors.newSingleThreadExecutor();
		Future<Long> longWrite = importer.submit(() -> transactions.execute(status -> {
			publish("test.long-import", "import row 1");
			written.countDown();
			await(finish);
			return newestIdOf("test.long-import");
		}));
		try {
			assertThat(written.await(30, TimeUnit.SECONDS)).isTrue();

			long started = System.nanoTime();
			long quick = assertTimeoutPreemptively(Duration.ofSeconds(3), () -> {
				transactions.executeWithoutResult(status -> publish("test.quick-write", "another record"));
				return newestIdOf("test.quick-write");
			}, "a writer waited for another writer's open transaction");
			System.out.printf("Audited write while another audited transaction stays open: %d ms%n",
					Duration.ofNanos(System.nanoTime() - started).toMillis());

			ChainVerification meanwhile = trail.verify();
			assertThat(meanwhile.intact()).isTrue();
			assertThat(sequenceOf(quick)).as("the committed write is chained while the long one still runs").isNotNull();
		}
		finally {
			finish.countDown();
			importer.shutdown();
		}
		long imported = longWrite.get(30, TimeUnit.SECONDS);

		ChainVerification after = trail.verify();
		assertThat(after.intact()).isTrue();
		assertThat(after.unsealed()).isZero();
		assertThat(sequenceOf(imported)).as("chained in commit order: after the write that committed first, though written before it")
			.isGreaterThan(sequenceOf(newestIdOf("test.quick-write")));
	}

	@Test
	void concurrentWritersAndTwoInstancesSealingKeepOneGapFreeChain() throws Exception {
		// A second sealer on the same database, as a second instance has.
		AuditSealer otherInstance = new AuditSealer(jdbc, transactions);
		int writers = 6;
		int each = 15;
		ExecutorService pool = Executors.newFixedThreadPool(writers + 2);
		AtomicBoolean writing = new AtomicBoolean(true);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<?>> done = new ArrayList<>();
		for (int w = 0; w < writers; w++) {
			int writer = w;
			done.add(pool.submit(() -> {
				await(start);
				for (int i = 0; i < each; i++) {
					int n = i;
					transactions.executeWithoutResult(status -> {
						publish("test.concurrent-seal", "writer " + writer + " entry " + n);
						publish("test.concurrent-seal", "writer " + writer + " entry " + n + " second");
						if (n % 5 == 4) {
							status.setRollbackOnly();
						}
					});
				}
				return null;
			}));
		}
		List<Future<?>> sealers = List.of(pool.submit(() -> sealWhile(writing, otherInstance, false)),
				pool.submit(() -> sealWhile(writing, otherInstance, true)));
		start.countDown();
		for (Future<?> writer : done) {
			writer.get(120, TimeUnit.SECONDS);
		}
		writing.set(false);
		for (Future<?> sealer : sealers) {
			sealer.get(60, TimeUnit.SECONDS);
		}
		pool.shutdown();

		ChainVerification result = trail.verify();
		assertThat(result.intact()).isTrue();
		assertThat(result.unsealed()).isZero();
		long entries = jdbc.sql("SELECT count(*) FROM audit_entry").query(Long.class).single();
		assertThat(result.checked()).isEqualTo(entries);
		assertThat(jdbc.sql("SELECT max(sequence) FROM audit_entry").query(Long.class).single()).as("no gap, no place twice").isEqualTo(entries);
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'test.concurrent-seal'").query(Long.class).single())
			.as("rolled-back writes leave nothing").isEqualTo(writers * (each - each / 5) * 2L);
	}

	@Test
	void triggersAllowTheSealingUpdateOnceAndNothingElse() {
		String hash = "a".repeat(64);
		assertThat(inRolledBackTransaction(() -> {
			long id = insertUnsealed();
			int sealed = jdbc.sql("UPDATE audit_entry SET sequence = 999999999, previous_hash = ?, hash = ? WHERE id = ?")
				.params(hash, hash, id)
				.update();
			assertThatThrownBy(() -> jdbc.sql("UPDATE audit_entry SET hash = ? WHERE id = ?").params("b".repeat(64), id).update())
				.isInstanceOf(DataIntegrityViolationException.class).rootCause().hasMessageContaining("append-only");
			return sealed;
		})).isEqualTo(1);

		assertThatThrownBy(() -> inRolledBackTransaction(() -> {
			long id = insertUnsealed();
			return jdbc.sql("UPDATE audit_entry SET sequence = 999999999, previous_hash = ?, hash = ?, target_label = 'forged' WHERE id = ?")
				.params(hash, hash, id)
				.update();
		})).isInstanceOf(DataIntegrityViolationException.class).rootCause().hasMessageContaining("append-only");

		assertThatThrownBy(() -> inRolledBackTransaction(() -> {
			long id = insertUnsealed();
			return jdbc.sql("UPDATE audit_entry SET target_label = 'forged' WHERE id = ?").param(id).update();
		})).isInstanceOf(DataIntegrityViolationException.class).rootCause().hasMessageContaining("append-only");

		assertThatThrownBy(() -> inRolledBackTransaction(() -> jdbc.sql("INSERT INTO audit_entry (occurred_at, actor_username, action, "
				+ "target_type, sequence, previous_hash, hash) VALUES (now(), 'x', 'test.forged', 'test', 999999999, ?, ?)")
			.params(hash, hash)
			.update())).isInstanceOf(DataIntegrityViolationException.class).rootCause().hasMessageContaining("unsealed");
	}

	private void sealWhile(AtomicBoolean writing, AuditSealer otherInstance, boolean wait) {
		while (writing.get()) {
			otherInstance.seal(wait);
		}
	}

	private long insertUnsealed() {
		return jdbc.sql("INSERT INTO audit_entry (occurred_at, actor_username, action, target_type) "
				+ "VALUES (now(), 'x', 'test.trigger', 'test') RETURNING id")
			.query(Long.class)
			.single();
	}

	private int inRolledBackTransaction(java.util.function.Supplier<Integer> work) {
		return transactions.execute(status -> {
			status.setRollbackOnly();
			return work.get();
		});
	}

	private void publish(String action, String label) {
		events.publishEvent(RecordChanged.of(action, "test", label.length(), label, Changes.of().created("label", label)));
	}

	private long newestIdOf(String action) {
		return jdbc.sql("SELECT max(id) FROM audit_entry WHERE action = ?").param(action).query(Long.class).single();
	}

	private Long sequenceOf(long id) {
		return jdbc.sql("SELECT sequence FROM audit_entry WHERE id = ?").param(id).query((rs, row) -> rs.getObject(1, Long.class)).list().get(0);
	}

	private static void await(CountDownLatch latch) {
		try {
			if (!latch.await(60, TimeUnit.SECONDS)) {
				throw new IllegalStateException("waited a minute for " + latch);
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
