package org.luoshi.enterprise.proposals;

import org.luoshi.shared.Actor;

/**
 * How an enterprise demand becomes a CPPCC proposal (the demand's step "raise a proposal"): the demands module calls
 * this, proposals never call demands. The proposal is submitted in the acting member's (or office's) name, linked to the
 * demand by id and number and to its enterprise; its suggestions are left for the proposer to write when the committee
 * returns it for revision. From then on every status change of the proposal is published as
 * {@link ProposalProgressed}.
 */
public interface ProposalIntake {

	/**
	 * @return the new proposal's id
	 * @throws org.springframework.security.access.AccessDeniedException when the actor may neither submit nor manage proposals
	 * @throws org.luoshi.shared.ValidationException when the title or content is missing or too long, or the enterprise unknown
	 */
	long draftFromDemand(long demandId, String demandNumber, long enterpriseId, String title, String content, Actor actor);
}
