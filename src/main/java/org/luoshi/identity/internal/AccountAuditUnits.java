package org.luoshi.identity.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.luoshi.organization.OrganizationDirectory;
import org.luoshi.shared.AuditedRecordUnits;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * For the audit trail: an account's entries (its sign-ins included) concern the unit of its data scope, or, for an
 * account of the whole district, the unit of the member of staff it belongs to.
 */
@Component
class AccountAuditUnits implements AuditedRecordUnits {

	private final JdbcClient jdbc;
	private final OrganizationDirectory organization;

	AccountAuditUnits(JdbcClient jdbc, OrganizationDirectory organization) {
		this.jdbc = jdbc;
		this.organization = organization;
	}

	@Override
	public Set<String> targetTypes() {
		return Set.of("account");
	}

	@Override
	public Map<String, Set<Long>> unitsOf(String targetType, Collection<String> targetIds) {
		Map<String, Set<Long>> units = new LinkedHashMap<>();
		List<Long> ids = AuditedRecordUnits.numericIds(targetIds);
		if (ids.isEmpty()) {
			return units;
		}
		jdbc.sql("SELECT id, scope_unit_id, staff_id FROM account WHERE id IN (:ids)").param("ids", ids).query(rs -> {
			Long scope = rs.getObject("scope_unit_id", Long.class);
			Long staff = rs.getObject("staff_id", Long.class);
			Long unit = scope != null ? scope : staff == null ? null : organization.findStaff(staff).map(found -> found.unitId()).orElse(null);
			AuditedRecordUnits.collect(units, rs.getLong("id"), unit);
		});
		return units;
	}
}
