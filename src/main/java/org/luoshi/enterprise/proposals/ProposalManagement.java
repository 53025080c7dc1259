package org.luoshi.enterprise.proposals;

import org.luoshi.enterprise.proposals.ProposalCommands.SubmitProposal;
import org.luoshi.enterprise.proposals.ProposalCommands.TakeStep;
import org.luoshi.shared.Actor;

/**
 * The proposal desk for pages and the API. A proposal the actor may not see is {@link org.luoshi.shared.NotFoundException};
 * a step its status or data does not allow is {@link org.luoshi.shared.ConflictException}; one allowed but not for the
 * actor's side is {@link org.springframework.security.access.AccessDeniedException}; bad input is
 * {@link org.luoshi.shared.ValidationException} with every problem, and nothing changed.
 */
public interface ProposalManagement {

	/** A member submits a proposal ({@code proposal:submit}); the office may submit one for a member or a sector. */
	ProposalDetails submit(SubmitProposal command, Actor actor);

	ProposalDetails details(long proposalId, Actor actor);

	/** Takes one step along the proposal's one command path. */
	ProposalDetails take(long proposalId, TakeStep step, Actor actor);
}
