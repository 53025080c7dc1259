package org.luoshi.supervision;

import org.luoshi.shared.Actor;
import org.luoshi.shared.Page;
import org.luoshi.shared.PageQuery;
import org.luoshi.supervision.TaskCommands.CreateGoal;
import org.luoshi.supervision.TaskCommands.UpdateGoal;

/**
 * Goals: what a conference, a leader or the district office sets out to achieve, carried out by tasks. Writes need
 * {@code supervision:manage} and, for a scoped actor, a goal of their own unit; reads need {@code supervision:read}.
 */
public interface GoalManagement {

	GoalDetails createGoal(CreateGoal command, Actor actor);

	GoalDetails updateGoal(UpdateGoal command, Actor actor);

	/** The goal, or {@link org.luoshi.shared.NotFoundException} when the actor sees none of it. */
	GoalDetails goal(long id, Actor actor);

	/**
	 * Where a goal bound to an economic indicator stands by the figures, with the light it takes from them; empty for a
	 * goal bound to none. {@link org.luoshi.shared.NotFoundException} like {@link #goal}.
	 */
	java.util.Optional<GoalStanding> standing(long id, Actor actor);

	/** The goal a confirmed report became, if the actor may see it. */
	java.util.Optional<GoalDetails> goalOfReport(long reportId, Actor actor);

	/** Goals with at least one task in the actor's scope (all of them for the whole district), newest first. */
	Page<GoalDetails> goals(Integer year, PageQuery page, Actor actor);

	/** Every draft task of the goal that has a lead unit and a deadline goes to its unit; the rest stay drafts. */
	int issueDrafts(long goalId, Actor actor);

	/** How many of the goal's drafts {@link #issueDrafts} would issue now; 0 for an actor who may not issue them. */
	int issuableDrafts(long goalId, Actor actor);
}
