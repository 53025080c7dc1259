package org.luoshi.shared.database;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Work that follows commits on one background thread of its own, such as sealing the audit chain or indexing what an
 * import wrote: a transaction asks for a pass once it has committed, and the requests that arrive before the pass
 * starts share it. The work itself must find what is left to do (and another instance may have done it already).
 */
public final class AfterCommitPass {

	private final Runnable pass;
	private final ExecutorService thread;
	private final AtomicBoolean requested = new AtomicBoolean();

	public AfterCommitPass(String threadName, Runnable pass) {
		this.pass = pass;
		this.thread = Executors.newSingleThreadExecutor(task -> {
			Thread named = new Thread(task, threadName);
			named.setDaemon(true);
			return named;
		});
	}

	/** Asks for a pass soon; requests that arrive before it starts share it. */
	public void request() {
		if (requested.compareAndSet(false, true)) {
			thread.execute(() -> {
				requested.set(false);
				pass.run();
			});
		}
	}

	/** Stops the thread, interrupting a pass under way: for the owner's shutdown, so that no pass outlives the pool. */
	public void stop() {
		thread.shutdownNow();
	}

	/**
	 * Asks for a pass once the running transaction commits (none when it rolls back), once however often the transaction
	 * asks; at once outside a transaction, whose writes are committed already.
	 */
	public void requestAfterCommit() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			request();
			return;
		}
		if (TransactionSynchronizationManager.hasResource(this)) {
			return;
		}
		TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCompletion(int status) {
				TransactionSynchronizationManager.unbindResourceIfPossible(AfterCommitPass.this);
				if (status == STATUS_COMMITTED) {
					request();
				}
			}
		});
	}
}
