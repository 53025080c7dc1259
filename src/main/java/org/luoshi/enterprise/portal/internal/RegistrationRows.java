package org.luoshi.enterprise.portal.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.luoshi.enterprise.EnterpriseDirectory;
import org.luoshi.enterprise.EnterpriseSummary;
import org.luoshi.shared.database.Columns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reading registrations, each with its enterprise as the registry has it now (its town decides who may see it): for the
 * service, the search records and the audit trail alike.
 */
@Component
class RegistrationRows {

	private static final String COLUMNS = "id, enterprise_id, account_id, contact_name, phone, status, submitted_at, decided_at, "
			+ "decided_by_name, reason, version";

	private final JdbcClient jdbc;
	private final EnterpriseDirectory directory;

	RegistrationRows(JdbcClient jdbc, EnterpriseDirectory directory) {
		this.jdbc = jdbc;
		this.directory = directory;
	}

	Optional<Registration> find(long id) {
		return where("WHERE id = :id", Map.of("id", id)).stream().findFirst();
	}

	/** The registration locked for a step; empty when it does not exist or its enterprise has left the registry. */
	Optional<Registration> lock(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM portal_registration WHERE id = ? FOR UPDATE")
			.param(id)
			.query(RegistrationRows::raw)
			.optional()
			.flatMap(raw -> directory.find(raw.enterpriseId()).map(raw::with));
	}

	/**
	 * The registrations the condition selects, in its order. An enterprise removed from the registry leaves its
	 * registrations to nobody: they are left out.
	 */
	List<Registration> where(String where, Map<String, ?> params) {
		List<Raw> raws = jdbc.sql("SELECT " + COLUMNS + " FROM portal_registration " + where).params(params).query(RegistrationRows::raw).list();
		Map<Long, EnterpriseSummary> enterprises = directory.find(raws.stream().map(Raw::enterpriseId).distinct().toList());
		return raws.stream().filter(raw -> enterprises.containsKey(raw.enterpriseId()))
			.map(raw -> raw.with(enterprises.get(raw.enterpriseId())))
			.toList();
	}

	private static Raw raw(ResultSet rs, int row) throws SQLException {
		return new Raw(rs.getLong("id"), rs.getLong("enterprise_id"), rs.getLong("account_id"), rs.getString("contact_name"),
				rs.getString("phone"), RegistrationStatus.valueOf(rs.getString("status")), Columns.instant(rs, "submitted_at"),
				Columns.instant(rs, "decided_at"), rs.getString("decided_by_name"), rs.getString("reason"), rs.getInt("version"));
	}

	private record Raw(long id, long enterpriseId, long accountId, String contactName, String phone, RegistrationStatus status,
			Instant submittedAt, Instant decidedAt, String decidedByName, String reason, int version) {

		Registration with(EnterpriseSummary enterprise) {
			return new Registration(id, enterprise, accountId, contactName, phone, status, submittedAt, decidedAt, decidedByName, reason,
					version);
		}
	}
}
