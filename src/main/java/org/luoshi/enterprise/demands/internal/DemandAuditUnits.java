package org.luoshi.enterprise.demands.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.luoshi.enterprise.internal.Towns;
import org.luoshi.shared.AuditedRecordUnits;
import org.springframework.stereotype.Component;

/**
 * For the audit trail: a demand's entries concern the units its visibility rule names when they are written
 * ({@link DemandAccess#units}: the handling unit, the co-handling units, the unit keeping the enterprise's town), so
 * that the auditors of a town or a department read the entries of the demands their units see. The category tree's
 * changes ({@code demand-category}) are the district desk's and concern no unit: only the whole district's auditors
 * read them.
 */
@Component
class DemandAuditUnits implements AuditedRecordUnits {

	private final DemandRows rows;
	private final Towns towns;

	DemandAuditUnits(DemandRows rows, Towns towns) {
		this.rows = rows;
		this.towns = towns;
	}

	@Override
	public Set<String> targetTypes() {
		return Set.of(DemandService.TARGET);
	}

	@Override
	public Map<String, Set<Long>> unitsOf(String targetType, Collection<String> targetIds) {
		Map<String, Set<Long>> units = new LinkedHashMap<>();
		List<Long> ids = AuditedRecordUnits.numericIds(targetIds);
		if (ids.isEmpty()) {
			return units;
		}
		Towns.Snapshot snapshot = towns.snapshot();
		for (Demand demand : rows.find(ids)) {
			units.put(String.valueOf(demand.id()), DemandAccess.units(snapshot, demand));
		}
		return units;
	}
}
