package org.luoshi.enterprise.proposals.internal;

import java.util.ArrayList;
import java.util.List;

import org.luoshi.enterprise.EnterpriseTimelineEntry;
import org.luoshi.enterprise.EnterpriseTimelineSource;
import org.luoshi.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * Proposals on the 360° pages of the enterprises they concern: each the reader may see by {@link ProposalAccess}'s rule,
 * when it was submitted and, once finished, how it ended.
 */
@Component
class ProposalTimelineSource implements EnterpriseTimelineSource {

	static final String SOURCE = "proposal";

	private final ProposalRows proposals;
	private final ProposalAccess access;

	ProposalTimelineSource(ProposalRows proposals, ProposalAccess access) {
		this.proposals = proposals;
		this.access = access;
	}

	@Override
	public List<EnterpriseTimelineEntry> entries(long enterpriseId, Actor actor) {
		ProposalAccess.Scope scope = access.scope(actor);
		List<EnterpriseTimelineEntry> entries = new ArrayList<>();
		for (Proposal proposal : proposals.ofEnterprise(enterpriseId)) {
			if (!scope.sees(proposal)) {
				continue;
			}
			String link = "/proposals/" + proposal.id();
			entries.add(new EnterpriseTimelineEntry(proposal.submittedAt(), SOURCE, "proposal.timeline.submitted",
					List.of(proposal.title(), proposal.proposerName()), List.of(), proposal.proposerName(), link));
			if (proposal.closedAt() != null) {
				entries.add(new EnterpriseTimelineEntry(proposal.closedAt(), SOURCE, "proposal.timeline." + proposal.status().name(),
						List.of(proposal.title(), proposal.number() == null ? "" : proposal.number()), List.of(), "", link));
			}
		}
		return entries;
	}
}
