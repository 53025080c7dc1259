package org.luoshi.enterprise.demands.internal;

import org.luoshi.supervision.TaskClosed;
import org.luoshi.supervision.TaskSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps a demand's view of the supervised task it was raised into: supervision announces a closed task with its
 * source, and a task raised from a demand names the demand's number as its source reference. Heard in supervision's
 * transaction, so that the task and the demand change together.
 */
@Component
class DemandTaskLinks {

	private final DemandService demands;

	DemandTaskLinks(DemandService demands) {
		this.demands = demands;
	}

	@EventListener
	void taskClosed(TaskClosed closed) {
		if (closed.source() == TaskSource.DEMAND && closed.sourceRef() != null) {
			demands.taskClosed(closed.sourceRef(), closed.taskId());
		}
	}
}
