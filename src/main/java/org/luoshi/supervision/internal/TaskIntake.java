package org.luoshi.supervision.internal;

import java.time.LocalDate;
import java.util.List;

import org.luoshi.shared.Actor;
import org.luoshi.supervision.TaskDetails;
import org.luoshi.supervision.TaskSource;

/**
 * Tasks that another part of the platform brings rather than a person writes (a confirmed report, an imported ledger,
 * an escalated demand). The one way in for the ledger import ({@code supervision.ledger}), which thereby creates tasks
 * through the same command path as every other task and never inserts into the task tables itself.
 */
public interface TaskIntake {

	/** Validated like any other task, issued when asked and it has a lead unit and a deadline, else left as a draft. */
	TaskDetails createFrom(long goalId, TaskSource source, String sourceRef, String content, List<String> tags, String targetsJson,
			Long leadUnitId, List<Long> coUnitIds, LocalDate deadline, String note, boolean issueWhenComplete, Actor actor);
}
