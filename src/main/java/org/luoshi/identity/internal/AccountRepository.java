package org.luoshi.identity.internal;

import org.luoshi.shared.database.Columns;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.luoshi.identity.AccountSummary;
import org.luoshi.identity.Role;
import org.luoshi.identity.internal.AccountAdministration.AccountQuery;
import org.luoshi.shared.Page;
import org.luoshi.shared.PageQuery;
import org.luoshi.shared.database.Like;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The account tables. Counting failures and locking are single statements, so concurrent attempts cannot race. */
@Repository
class AccountRepository {

	static final String COLUMNS = "a.id, a.username, a.display_name, a.staff_id, a.scope_unit_id, a.active, a.must_change_password, "
			+ "a.failed_attempts, a.locked_until, a.last_login_at, a.version, a.enterprise_id, "
			+ "(SELECT string_agg(r.role, ',') FROM account_role r WHERE r.account_id = a.id) AS roles";

	private final JdbcClient jdbc;

	AccountRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<AccountSummary> findById(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM account a WHERE a.id = ?").param(id).query(AccountRepository::summary).optional();
	}

	/**
	 * The account answering to the login name: the one not refused (there is at most one), else the newest refused
	 * registration, whose owner the sign-in tells so.
	 */
	Optional<AccountSummary> findByUsername(String username) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM account a WHERE a.username = ? "
				+ "ORDER BY a.approval IS NOT DISTINCT FROM 'REJECTED', a.id DESC LIMIT 1")
			.param(normalize(username))
			.query(AccountRepository::summary)
			.optional();
	}

	/** Whether an account other than a refused registration holds the login name: refused ones leave it free to register again. */
	boolean usernameTaken(String username) {
		return jdbc.sql("SELECT count(*) FROM account WHERE username = ? AND approval IS DISTINCT FROM 'REJECTED'")
			.param(normalize(username))
			.query(Long.class)
			.single() > 0;
	}

	Optional<String> passwordHash(long id) {
		return jdbc.sql("SELECT password_hash FROM account WHERE id = ?").param(id).query(String.class).optional();
	}

	List<AccountSummary> findByStaff(Collection<Long> staffIds) {
		if (staffIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT " + COLUMNS + " FROM account a WHERE a.staff_id IN (:ids) AND a.active ORDER BY a.username")
			.param("ids", staffIds)
			.query(AccountRepository::summary)
			.list();
	}

	/** Active staff accounts holding one of the roles, scoped to one of the units or (with {@code wholeDistrict}) to none. */
	List<AccountSummary> holding(Set<Role> roles, Collection<Long> scopeUnitIds, boolean wholeDistrict) {
		if (roles.isEmpty() || (scopeUnitIds.isEmpty() && !wholeDistrict)) {
			return List.of();
		}
		return jdbc.sql("SELECT " + COLUMNS + " FROM account a WHERE a.active AND a.enterprise_id IS NULL "
				+ "AND (a.scope_unit_id IN (:scope) OR (:whole AND a.scope_unit_id IS NULL)) "
				+ "AND EXISTS (SELECT 1 FROM account_role r WHERE r.account_id = a.id AND r.role IN (:roles)) ORDER BY a.id")
			.param("scope", scopeUnitIds.isEmpty() ? List.of(-1L) : List.copyOf(scopeUnitIds))
			.param("whole", wholeDistrict)
			.param("roles", roles.stream().map(Role::name).toList())
			.query(AccountRepository::summary)
			.list();
	}

	/**
	 * One page of accounts matching the filters, limited to accounts whose data scope lies in {@code scopeUnitIds}
	 * ({@code null}: no limit, for an administrator of the whole district).
	 */
	Page<AccountSummary> search(AccountQuery query, PageQuery page, Collection<Long> scopeUnitIds) {
		StringBuilder where = new StringBuilder(" WHERE TRUE");
		Map<String, Object> params = new LinkedHashMap<>();
		if (scopeUnitIds != null) {
			where.append(" AND a.scope_unit_id IN (:scope)");
			params.put("scope", scopeUnitIds.isEmpty() ? List.of(-1L) : scopeUnitIds);
		}
		if (query.text() != null && !query.text().isBlank()) {
			where.append(" AND (a.username ILIKE :text OR a.display_name ILIKE :text)");
			params.put("text", "%" + Like.escape(query.text().strip()) + "%");
		}
		if (query.role() != null) {
			where.append(" AND EXISTS (SELECT 1 FROM account_role r WHERE r.account_id = a.id AND r.role = :role)");
			params.put("role", query.role().name());
		}
		if (query.lockedOnly()) {
			where.append(" AND a.locked_until > now()");
		}
		if (query.inactiveOnly()) {
			where.append(" AND NOT a.active");
		}
		String order = switch (page.sortField()) {
			case "displayName" -> "a.display_name " + page.direction() + ", a.username";
			case "lastLogin" -> "a.last_login_at " + page.direction() + " NULLS LAST, a.username";
			default -> "a.username " + page.direction();
		};
		long total = jdbc.sql("SELECT count(*) FROM account a" + where).params(params).query(Long.class).single();
		List<AccountSummary> items = jdbc.sql("SELECT " + COLUMNS + " FROM account a" + where + " ORDER BY " + order
				+ " LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(AccountRepository::summary)
			.list();
		return page.toPage(items, total);
	}

	/** Accounts locked right now, among those whose data scope lies in {@code scopeUnitIds} ({@code null}: all). */
	long countLocked(Collection<Long> scopeUnitIds) {
		if (scopeUnitIds == null) {
			return jdbc.sql("SELECT count(*) FROM account WHERE locked_until > now()").query(Long.class).single();
		}
		if (scopeUnitIds.isEmpty()) {
			return 0;
		}
		return jdbc.sql("SELECT count(*) FROM account WHERE locked_until > now() AND scope_unit_id IN (:scope)")
			.param("scope", scopeUnitIds)
			.query(Long.class)
			.single();
	}

	/** Whether another active account is already linked to the member of staff. */
	boolean staffLinkedElsewhere(long staffId, Long exceptAccountId) {
		return jdbc.sql("SELECT count(*) FROM account WHERE staff_id = :staff AND active AND id <> :except")
			.param("staff", staffId)
			.param("except", exceptAccountId == null ? -1L : exceptAccountId)
			.query(Long.class)
			.single() > 0;
	}

	long insert(String username, String displayName, String passwordHash, Long staffId, Long scopeUnitId, Set<Role> roles,
			boolean mustChangePassword) {
		long id = jdbc.sql("INSERT INTO account (username, display_name, password_hash, staff_id, scope_unit_id, must_change_password) "
				+ "VALUES (?, ?, ?, ?, ?, ?) RETURNING id")
			.params(normalize(username), displayName, passwordHash, staffId, scopeUnitId, mustChangePassword)
			.query(Long.class)
			.single();
		replaceRoles(id, roles);
		return id;
	}

	/**
	 * An enterprise's account awaiting its town's approval: inactive, without roles, with the password its owner chose.
	 */
	long insertPendingEnterprise(String username, String displayName, String passwordHash, long enterpriseId) {
		return jdbc.sql("INSERT INTO account (username, display_name, password_hash, enterprise_id, active, approval) "
				+ "VALUES (?, ?, ?, ?, FALSE, 'PENDING') RETURNING id")
			.params(normalize(username), displayName, passwordHash, enterpriseId)
			.query(Long.class)
			.single();
	}

	/** {@code PENDING} or {@code REJECTED} for an enterprise's registration not (yet) approved; empty otherwise. */
	Optional<String> approval(long id) {
		return jdbc.sql("SELECT approval FROM account WHERE id = ? AND approval IS NOT NULL").param(id).query(String.class).optional();
	}

	/**
	 * Ends a registration's wait: approved, the account becomes active; refused, it stays inactive and says so.
	 *
	 * @return 0 when the account was not awaiting approval
	 */
	int decideApproval(long id, boolean approved) {
		return jdbc.sql("UPDATE account SET approval = CASE WHEN :approved THEN NULL ELSE 'REJECTED' END, active = :approved, "
				+ "version = version + 1, updated_at = now() WHERE id = :id AND approval = 'PENDING'")
			.param("approved", approved)
			.param("id", id)
			.update();
	}

	List<AccountSummary> findByEnterprise(long enterpriseId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM account a WHERE a.enterprise_id = ? ORDER BY a.id")
			.param(enterpriseId)
			.query(AccountRepository::summary)
			.list();
	}

	void replaceRoles(long id, Set<Role> roles) {
		jdbc.sql("DELETE FROM account_role WHERE account_id = ?").param(id).update();
		for (Role role : roles) {
			jdbc.sql("INSERT INTO account_role (account_id, role) VALUES (?, ?)").params(id, role.name()).update();
		}
	}

	/** @return 0 when the version is stale */
	int updateProfile(long id, int version, String displayName, Long staffId, Long scopeUnitId) {
		return jdbc.sql("UPDATE account SET display_name = ?, staff_id = ?, scope_unit_id = ?, version = version + 1, updated_at = now() "
				+ "WHERE id = ? AND version = ?")
			.params(displayName, staffId, scopeUnitId, id, version)
			.update();
	}

	/** Moves the version on, e.g. when the roles change; @return 0 when the version is stale */
	int touch(long id, int version) {
		return jdbc.sql("UPDATE account SET version = version + 1, updated_at = now() WHERE id = ? AND version = ?")
			.params(id, version)
			.update();
	}

	void setActive(long id, boolean active) {
		jdbc.sql("UPDATE account SET active = ?, version = version + 1, updated_at = now() WHERE id = ?").params(active, id).update();
	}

	/**
	 * Ends a lock and its failure count. The version stays: nothing an administrator edits has changed, so an edit
	 * form opened before stays valid.
	 */
	void unlock(long id) {
		jdbc.sql("UPDATE account SET failed_attempts = 0, locked_until = NULL WHERE id = ?").param(id).update();
	}

	int updatePassword(long id, String passwordHash, boolean mustChange) {
		return jdbc.sql("UPDATE account SET password_hash = ?, must_change_password = ?, password_changed_at = now(), "
				+ "version = version + 1, updated_at = now() WHERE id = ?")
			.params(passwordHash, mustChange, id)
			.update();
	}

	/**
	 * Counts one failed attempt and locks the account when it reaches {@code max}.
	 *
	 * @return the attempts counted so far, and when the account is now locked until (or null)
	 */
	FailedAttempt recordFailure(long id, int max, Duration lockout) {
		return jdbc.sql("UPDATE account SET failed_attempts = failed_attempts + 1, "
				+ "locked_until = CASE WHEN failed_attempts + 1 >= :max THEN now() + make_interval(secs => :seconds) ELSE locked_until END "
				+ "WHERE id = :id RETURNING failed_attempts, locked_until")
			.param("max", max)
			.param("seconds", lockout.toSeconds())
			.param("id", id)
			.query((rs, row) -> new FailedAttempt(rs.getInt(1), instant(rs, 2)))
			.single();
	}

	void recordSuccess(long id) {
		jdbc.sql("UPDATE account SET failed_attempts = 0, locked_until = NULL, last_login_at = now() WHERE id = ?").param(id).update();
	}

	/**
	 * Marks the account to change its password if the password is older than {@code maxAge}.
	 *
	 * @return whether it was marked now
	 */
	boolean markPasswordExpired(long id, Duration maxAge) {
		return jdbc.sql("UPDATE account SET must_change_password = TRUE, version = version + 1, updated_at = now() "
				+ "WHERE id = ? AND NOT must_change_password AND password_changed_at < now() - make_interval(secs => ?)")
			.params(id, maxAge.toSeconds())
			.update() == 1;
	}

	/** Whether the account's password is older than {@code maxAge}. */
	boolean passwordOlderThan(long id, Duration maxAge) {
		return jdbc.sql("SELECT password_changed_at < now() - make_interval(secs => ?) FROM account WHERE id = ?")
			.params(maxAge.toSeconds(), id)
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	/** A lock that has run out is cleared with its counter, so the next failure starts a new count. */
	void clearExpiredLock(long id) {
		jdbc.sql("UPDATE account SET failed_attempts = 0, locked_until = NULL WHERE id = ? AND locked_until <= now()").param(id).update();
	}

	long countActiveWithRole(Role role) {
		return jdbc.sql("SELECT count(*) FROM account a JOIN account_role r ON r.account_id = a.id WHERE a.active AND r.role = ?")
			.param(role.name())
			.query(Long.class)
			.single();
	}

	record FailedAttempt(int attempts, Instant lockedUntil) {
	}

	static String normalize(String username) {
		return username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
	}

	static AccountSummary summary(ResultSet rs, int row) throws SQLException {
		long staff = rs.getLong("staff_id");
		Long staffId = rs.wasNull() ? null : staff;
		long scope = rs.getLong("scope_unit_id");
		Long scopeId = rs.wasNull() ? null : scope;
		Set<Role> roles = EnumSet.noneOf(Role.class);
		String roleList = rs.getString("roles");
		if (roleList != null) {
			for (String role : roleList.split(",")) {
				roles.add(Role.valueOf(role));
			}
		}
		return new AccountSummary(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"), staffId, scopeId,
				Set.copyOf(roles), rs.getBoolean("active"), rs.getBoolean("must_change_password"), rs.getInt("failed_attempts"),
				Columns.instant(rs, "locked_until"), Columns.instant(rs, "last_login_at"), rs.getInt("version"), rs.getObject("enterprise_id", Long.class));
	}


	private static Instant instant(ResultSet rs, int column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}
}
