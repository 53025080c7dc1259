package org.luoshi.enterprise.visits;

import java.util.Optional;

import org.luoshi.shared.Actor;

/**
 * Visits for other modules (demands raised on a visit, in one step from its page). {@link #find} answers whoever asks:
 * the caller decides access by {@link #isVisibleTo}, the visits' one rule, or by its own.
 */
public interface VisitDirectory {

	Optional<VisitSummary> find(long id);

	/**
	 * Whether the actor may open the visit: {@code visit:record} or {@code enterprise:read}, and a data scope that reaches
	 * its organizing unit (or the whole district).
	 */
	boolean isVisibleTo(long id, Actor actor);

	/** Whether the actor may write on the visit's behalf: {@code visit:record} over its organizing unit. */
	boolean isRecordableBy(long id, Actor actor);
}
