package org.luoshi.supervision;

import java.util.List;
import java.util.Optional;

import org.luoshi.shared.Actor;
import org.luoshi.shared.Page;
import org.luoshi.shared.PageQuery;

/**
 * Reads of tasks within the actor's data scope (needs {@code supervision:read}): a unit sees the tasks it leads,
 * co-operates on or issued, and those of the units below it; the whole district sees every task. A task outside the
 * scope is {@link org.luoshi.shared.NotFoundException}, exactly like one that does not exist.
 */
public interface TaskQueries {

	TaskDetails task(long id, Actor actor);

	/** What the actor may do with the task now. */
	TaskActions actions(long id, Actor actor);

	/**
	 * The units the actor may give a subtask of {@code taskId} (or change the cascaded subtask {@code taskId} to) when it
	 * is the lead unit that breaks its task down (层层分解): its offices, and for a department the towns. Empty when the
	 * actor issues on the district's behalf and chooses from their own scope.
	 */
	java.util.Optional<java.util.Set<Long>> breakDownUnits(long taskId, Actor actor);

	/** {@code sort}: see {@link TaskFilter#SORTABLE}. */
	Page<TaskSummary> tasks(TaskFilter filter, PageQuery page, Actor actor);

	/** The subtasks of a task, in order. */
	List<TaskSummary> subtasks(long taskId, Actor actor);

	/** Every step of the task, oldest first. */
	List<TimelineEntry> timeline(long taskId, Actor actor);

	List<SupervisionNotice> notices(long taskId, Actor actor);

	SupervisionNotice notice(long noticeId, Actor actor);

	/** The file's metadata and bytes, checked against its SHA-256; empty when the actor may not see it. */
	Optional<EvidenceContent> evidence(long fileId, Actor actor);

	/** The tags in use in the actor's scope, most used first: the groups a board and a filter offer. */
	List<String> groups(Actor actor);

	record EvidenceContent(EvidenceFile file, byte[] content) {
	}
}
