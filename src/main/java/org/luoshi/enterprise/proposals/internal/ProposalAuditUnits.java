package org.luoshi.enterprise.proposals.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.luoshi.shared.AuditedRecordUnits;
import org.springframework.stereotype.Component;

/**
 * For the audit trail: a proposal's and a public-opinion report's entries concern the units their visibility rule names
 * when they are written ({@link ProposalAccess#units}): the CPPCC's — its office's, which examines and assigns every
 * proposal, and its members', who submit and evaluate them — and, once assigned, the lead and co-handling units (a
 * report's, the units it was forwarded to). So the CPPCC's auditors read the whole life of every proposal, and a town's
 * or a department's the entries from the assignment to it on; entries written before it was assigned concern the CPPCC
 * only, as the unit did not see the proposal then.
 */
@Component
class ProposalAuditUnits implements AuditedRecordUnits {

	private final ProposalRows proposals;
	private final OpinionService opinions;
	private final ProposalAccess access;

	ProposalAuditUnits(ProposalRows proposals, OpinionService opinions, ProposalAccess access) {
		this.proposals = proposals;
		this.opinions = opinions;
		this.access = access;
	}

	@Override
	public Set<String> targetTypes() {
		return Set.of(ProposalService.TARGET, OpinionService.TARGET);
	}

	@Override
	public Map<String, Set<Long>> unitsOf(String targetType, Collection<String> targetIds) {
		Map<String, Set<Long>> units = new LinkedHashMap<>();
		List<Long> ids = AuditedRecordUnits.numericIds(targetIds);
		if (ids.isEmpty()) {
			return units;
		}
		Long office = access.officeUnit();
		if (targetType.equals(ProposalService.TARGET)) {
			proposals.find(ids).forEach(proposal -> units.put(String.valueOf(proposal.id()), ProposalAccess.units(office, proposal)));
		}
		else {
			opinions.find(ids).forEach(opinion -> units.put(String.valueOf(opinion.id()), ProposalAccess.units(office, opinion)));
		}
		return units;
	}
}
