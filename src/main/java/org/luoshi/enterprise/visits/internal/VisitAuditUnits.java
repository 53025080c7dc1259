package org.luoshi.enterprise.visits.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.luoshi.shared.AuditedRecordUnits;
import org.springframework.stereotype.Component;

/**
 * For the audit trail: a visit's entries concern the unit its visibility rule names when they are written
 * ({@link VisitAccess#units}: the organizing unit), so that the auditors of a town or a department read the visits their
 * unit organized — not those of others to the enterprises of their town, which the town does not see either.
 */
@Component
class VisitAuditUnits implements AuditedRecordUnits {

	private final VisitRows rows;

	VisitAuditUnits(VisitRows rows) {
		this.rows = rows;
	}

	@Override
	public Set<String> targetTypes() {
		return Set.of(VisitService.TARGET);
	}

	@Override
	public Map<String, Set<Long>> unitsOf(String targetType, Collection<String> targetIds) {
		Map<String, Set<Long>> units = new LinkedHashMap<>();
		List<Long> ids = AuditedRecordUnits.numericIds(targetIds);
		for (Visit visit : rows.load(ids)) {
			units.put(String.valueOf(visit.id()), VisitAccess.units(visit));
		}
		return units;
	}
}
