package org.luoshi.audit.internal;

/**
 * The result of recomputing the hash chain.
 *
 * @param intact whether every entry matched
 * @param checked how many entries matched (before the broken one, if any)
 * @param head the last entry's hash when intact: noted down elsewhere, it also reveals entries cut off the end later
 * @param brokenId the first entry that does not match, or {@code null}
 * @param problem {@link Problem#HASH} (its content no longer gives its hash: it was changed) or {@link Problem#LINK} (it
 *        does not follow the entry before it: an entry was removed, inserted or rewritten with a new hash) or
 *        {@link Problem#ANCHOR} (the chain is whole but lacks the last anchor exported outside the database: it was
 *        restored from an older backup or cut off at the end)
 * @param unsealed committed entries not yet in the chain (written while the verification ran), which it did not cover
 */
public record ChainVerification(boolean intact, long checked, String head, Long brokenId, Problem problem, long unsealed) {

	public enum Problem {
		HASH, LINK,
		/** The chain lacks the last anchor exported outside the database ({@code brokenId} is its sequence). */
		ANCHOR
	}

	static ChainVerification ok(long checked, String head, long unsealed) {
		return new ChainVerification(true, checked, head, null, null, unsealed);
	}

	static ChainVerification broken(long checked, long id, Problem problem, long unsealed) {
		return new ChainVerification(false, checked, null, id, problem, unsealed);
	}
}
