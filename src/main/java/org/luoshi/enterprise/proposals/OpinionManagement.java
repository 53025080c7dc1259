package org.luoshi.enterprise.proposals;

import org.luoshi.enterprise.proposals.OpinionCommands.SubmitOpinion;
import org.luoshi.enterprise.proposals.OpinionCommands.TakeOpinionStep;
import org.luoshi.shared.Actor;

/** Public-opinion reports (社情民意信息) for pages and the API; refusals as {@link ProposalManagement}'s. */
public interface OpinionManagement {

	OpinionDetails submit(SubmitOpinion command, Actor actor);

	OpinionDetails details(long opinionId, Actor actor);

	OpinionDetails take(long opinionId, TakeOpinionStep step, Actor actor);
}
