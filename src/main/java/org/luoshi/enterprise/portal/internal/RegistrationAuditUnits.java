package org.luoshi.enterprise.portal.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.luoshi.enterprise.internal.Towns;
import org.luoshi.shared.AuditedRecordUnits;
import org.springframework.stereotype.Component;

/**
 * For the audit trail: a registration's entries concern the unit keeping its enterprise's town when they are written —
 * the town that decides it ({@link RegistrationAccess}) — so that the town's auditors read them. A registration of a
 * division no town carries concerns no unit: the whole district's auditors read it, as only the whole district decides it.
 */
@Component
class RegistrationAuditUnits implements AuditedRecordUnits {

	private final RegistrationRows rows;
	private final Towns towns;

	RegistrationAuditUnits(RegistrationRows rows, Towns towns) {
		this.rows = rows;
		this.towns = towns;
	}

	@Override
	public Set<String> targetTypes() {
		return Set.of(RegistrationService.TARGET);
	}

	@Override
	public Map<String, Set<Long>> unitsOf(String targetType, Collection<String> targetIds) {
		Map<String, Set<Long>> units = new LinkedHashMap<>();
		List<Long> ids = AuditedRecordUnits.numericIds(targetIds);
		if (ids.isEmpty()) {
			return units;
		}
		Towns.Snapshot snapshot = towns.snapshot();
		rows.where("WHERE id IN (:ids)", Map.of("ids", ids)).forEach(registration -> AuditedRecordUnits.collect(units, registration.id(),
				snapshot.town(registration.enterprise().divisionCode()).map(Towns.Town::unitId).orElse(null)));
		return units;
	}
}
