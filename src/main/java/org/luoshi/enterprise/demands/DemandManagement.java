package org.luoshi.enterprise.demands;

import org.luoshi.enterprise.demands.DemandCommands.RaiseDemand;
import org.luoshi.enterprise.demands.DemandCommands.TakeStep;
import org.luoshi.shared.Actor;

/**
 * The demand desk for pages, the API and other modules (a visit raises the demands heard on it). A demand the actor may
 * not see is {@link org.luoshi.shared.NotFoundException}; a step its status or data does not allow is
 * {@link org.luoshi.shared.ConflictException}; one allowed but not for the actor's side is
 * {@link org.springframework.security.access.AccessDeniedException}; bad input is
 * {@link org.luoshi.shared.ValidationException} with every problem, and nothing changed.
 */
public interface DemandManagement {

	/** Raises a demand: checked, numbered, routed to a unit (or left for the desk), its clock started. */
	DemandDetails raise(RaiseDemand command, Actor actor);

	/** Raises several demands at once (those heard on one visit): all or none, each problem named by its row. */
	java.util.List<DemandDetails> raiseAll(java.util.List<RaiseDemand> commands, Actor actor);

	DemandDetails details(long demandId, Actor actor);

	/** Takes one step along the demand's one command path. */
	DemandDetails take(long demandId, TakeStep step, Actor actor);
}
