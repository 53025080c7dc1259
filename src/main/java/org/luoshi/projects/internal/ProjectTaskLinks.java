package org.luoshi.projects.internal;

import org.luoshi.supervision.TaskClosed;
import org.luoshi.supervision.TaskSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps a blocker's view of the task it was raised into: supervision announces a closed task with its source (a task
 * raised from a blocker names the project's id). Heard in the closing transaction, so that both change together.
 */
@Component
class ProjectTaskLinks {

	private final ProjectBlockers blockers;

	ProjectTaskLinks(ProjectBlockers blockers) {
		this.blockers = blockers;
	}

	@EventListener
	void taskClosed(TaskClosed closed) {
		if (closed.source() == TaskSource.PROJECT) {
			blockers.taskClosed(closed.taskId());
		}
	}
}
