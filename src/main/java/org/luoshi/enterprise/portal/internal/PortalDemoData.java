package org.luoshi.enterprise.portal.internal;

import java.util.Optional;

import org.luoshi.identity.EnterpriseAccounts;
import org.luoshi.shared.database.DemoDataLoader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo enterprise account {@code demo-enterprise} (朝光通信's contact, approved by 棠下镇) and one registration of
 * another 棠下镇 enterprise still waiting, so that the town's list is not empty. Both with the printed demo password, both
 * found in search by the town.
 */
@Component
class PortalDemoData implements DemoDataLoader {

	static final String USERNAME = "demo-enterprise";
	static final String APPROVED_ENTERPRISE = "朝光通信有限公司";
	static final String PENDING_ENTERPRISE = "江门市棠下激光科技有限公司";
	static final String PENDING_PHONE = "13902261116";

	private final JdbcClient jdbc;
	private final EnterpriseAccounts accounts;
	private final org.luoshi.identity.AccountDirectory directory;
	private final RegistrationRows rows;
	private final RegistrationSearchRecords search;

	PortalDemoData(JdbcClient jdbc, EnterpriseAccounts accounts, org.luoshi.identity.AccountDirectory directory, RegistrationRows rows,
			RegistrationSearchRecords search) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.directory = directory;
		this.rows = rows;
		this.search = search;
	}

	@Override
	public int order() {
		// After the registry's demo enterprises (30).
		return 40;
	}

	@Override
	@Transactional
	public void load() {
		if (directory.findByUsername(USERNAME).isPresent()) {
			return;
		}
		enterprise(APPROVED_ENTERPRISE).ifPresent(id -> {
			long account = accounts.openPendingForDemo(USERNAME, "陈慧敏", id);
			insert(id, account, "陈慧敏", "13902261013", "APPROVED");
			accounts.approve(account);
		});
		enterprise(PENDING_ENTERPRISE).ifPresent(id -> {
			long account = accounts.openPendingForDemo(PENDING_PHONE, "周晓琳", id);
			insert(id, account, "周晓琳", PENDING_PHONE, "PENDING");
		});
	}

	/** The demo enterprise by name: the registry's demo data names them, it publishes no lookup by name. */
	private Optional<Long> enterprise(String name) {
		return jdbc.sql("SELECT id FROM enterprise WHERE name = ?").param(name).query(Long.class).optional();
	}

	private void insert(long enterpriseId, long accountId, String contact, String phone, String status) {
		boolean decided = !"PENDING".equals(status);
		long id = jdbc.sql("INSERT INTO portal_registration (enterprise_id, account_id, contact_name, phone, status, consented_at, decided_at, "
				+ "decided_by_name) VALUES (?, ?, ?, ?, ?, now(), " + (decided ? "now(), '梁家豪'" : "NULL, NULL") + ") RETURNING id")
			.params(enterpriseId, accountId, contact, phone, status)
			.query(Long.class)
			.single();
		rows.find(id).ifPresent(search::index);
	}
}
