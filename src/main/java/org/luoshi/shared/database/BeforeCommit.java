package org.luoshi.shared.database;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Work that a transaction needs done once, just before it commits, however many of its changes ask for it: a record
 * worked out from many rows (who may find a goal, from all its tasks; which unit keeps each town) is stated once for an
 * import of thousands rather than after each row. Outside a transaction the work runs at once.
 */
public final class BeforeCommit {

	private BeforeCommit() {
	}

	/** Runs {@code work} before the current transaction commits, unless {@code owner} already asked so for {@code key}. */
	public static void once(Object owner, Object key, Runnable work) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			work.run();
			return;
		}
		// The current transaction's own synchronizations only: an inner REQUIRES_NEW transaction gets its own.
		for (TransactionSynchronization registered : TransactionSynchronizationManager.getSynchronizations()) {
			if (registered instanceof Once once && once.owner == owner && once.key.equals(key)) {
				return;
			}
		}
		TransactionSynchronizationManager.registerSynchronization(new Once(owner, key, work));
	}

	private record Once(Object owner, Object key, Runnable work) implements TransactionSynchronization {

		@Override
		public void beforeCommit(boolean readOnly) {
			work.run();
		}
	}
}
