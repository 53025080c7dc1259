package org.luoshi.legalservice;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * The conflict check (利益冲突审查) before a practitioner takes a case or a question: a practitioner who acted for the other
 * party, or whose provider (the firm) did, is excluded and told why. Requests and the expert group record here who acted
 * for whom, and ask here before they assign.
 */
public interface ConflictCheck {

	/**
	 * Records that the practitioner acted for the party in a matter ({@code sourceKind}/{@code sourceId}: e.g.
	 * {@code legal-request}/42); recording the same again changes nothing. Runs in the caller's transaction.
	 */
	void recordEngagement(long practitionerId, Party party, String matter, String sourceKind, long sourceId, LocalDate actedOn);

	/** Why the practitioner may not act against any of these parties: empty when they may. */
	List<Conflict> conflicts(long practitionerId, Collection<Party> opposingParties);
}
