package org.luoshi.identity.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Ends an account's web sessions, wherever they are served: sessions live in the database, indexed by the
 * signed-in username. The deletion waits for the surrounding transaction to commit, so that a write that rolls
 * back does not sign anyone out (Spring Session deletes in a transaction of its own).
 */
@Component
class WebSessions {

	private static final Logger log = LoggerFactory.getLogger(WebSessions.class);

	private final FindByIndexNameSessionRepository<?> sessions;

	WebSessions(FindByIndexNameSessionRepository<?> sessions) {
		this.sessions = sessions;
	}

	/** Every session of the account ends once the current transaction commits. */
	void endAll(String username) {
		endAllExcept(username, null);
	}

	/** Every session of the account but {@code keptSessionId} (the person's own, e.g. after they changed their password). */
	void endAllExcept(String username, String keptSessionId) {
		Runnable end = () -> sessions.findByPrincipalName(username).keySet().stream()
			.filter(id -> !id.equals(keptSessionId))
			.forEach(sessions::deleteById);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					try {
						end.run();
					}
					catch (RuntimeException e) {
						// The write has committed; the session check still ends these sessions within a minute.
						log.warn("Could not end the web sessions of {}", username, e);
					}
				}
			});
		}
		else {
			end.run();
		}
	}
}
