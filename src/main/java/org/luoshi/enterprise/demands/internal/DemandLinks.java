package org.luoshi.enterprise.demands.internal;

import org.luoshi.enterprise.proposals.ProposalProgressed;
import org.luoshi.supervision.TaskClosed;
import org.luoshi.supervision.TaskSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps a demand's view of the supervised task and the CPPCC proposal it was raised into: supervision announces a closed
 * task with its source (a task raised from a demand names the demand's number as its source reference), the proposals
 * module every step of a proposal that came from a demand. Heard in the announcing transaction, so that both change
 * together.
 */
@Component
class DemandLinks {

	private final DemandService demands;

	DemandLinks(DemandService demands) {
		this.demands = demands;
	}

	@EventListener
	void proposalProgressed(ProposalProgressed progressed) {
		if (progressed.demandNumber() != null) {
			demands.proposalProgressed(progressed.demandNumber(), progressed.proposalId(), progressed.proposalNumber(), progressed.status());
		}
	}

	@EventListener
	void taskClosed(TaskClosed closed) {
		if (closed.source() == TaskSource.DEMAND && closed.sourceRef() != null) {
			demands.taskClosed(closed.sourceRef(), closed.taskId());
		}
	}
}
