package org.luoshi.identity.internal;

import java.util.List;
import java.util.Set;

import org.luoshi.identity.Role;
import org.luoshi.organization.OrganizationDirectory;
import org.luoshi.organization.StaffQuery;
import org.luoshi.organization.StaffSummary;
import org.luoshi.organization.UnitSummary;
import org.luoshi.shared.Actor;
import org.luoshi.shared.PageQuery;
import org.luoshi.shared.database.DemoDataLoader;
import org.springframework.stereotype.Component;

/**
 * One demo account per duty, all with the printed demo password: the district office, a leader, two units' handlers,
 * the CPPCC's proposal office and one of its members (黄泰安 of 中泰纸品), and the three administrators kept apart
 * (三员分立). Accounts are linked to the member of the demo staff of their
 * name where there is one.
 */
@Component
class IdentityDemoData implements DemoDataLoader {

	/** The demo accounts in the order the start-up banner lists them. */
	static final List<DemoAccount> ACCOUNTS = List.of(
			new DemoAccount("demo-admin", "陈志远", null, Set.of(Role.DISTRICT_ADMIN, Role.SUPERVISOR), "identity.demo.admin"),
			new DemoAccount("demo-leader", "黄国栋", null, Set.of(Role.LEADER), "identity.demo.leader"),
			new DemoAccount("demo-town", "梁家豪", "棠下镇", Set.of(Role.UNIT_HANDLER), "identity.demo.town"),
			new DemoAccount("demo-dept", "谢文博", "区司法局", Set.of(Role.UNIT_HANDLER), "identity.demo.dept"),
			// The CPPCC's office assigns proposals to units all over the district; its member reaches the CPPCC only.
			new DemoAccount("demo-cppcc", "邓慧玲", null, Set.of(Role.CPPCC_OFFICE), "identity.demo.cppcc"),
			new DemoAccount("demo-member", "黄泰安", "区政协", Set.of(Role.CPPCC_MEMBER), "identity.demo.member"),
			// Public legal services: the justice bureau's office sees every point; a point's staff member works the
			// 棠下产业园 counter (the point's staff list, kept by the legal service module, says which); a lawyer of the
			// expert group sees what is assigned to them.
			new DemoAccount("demo-justice", "何静怡", null, Set.of(Role.LEGAL_OFFICE), "identity.demo.justice"),
			new DemoAccount("demo-legal", "吴嘉欣", "棠下镇", Set.of(Role.LEGAL_STAFF), "identity.demo.legal"),
			new DemoAccount("demo-lawyer", "林志明", "区司法局", Set.of(Role.LEGAL_PROVIDER), "identity.demo.lawyer"),
			// Awards: the Youth League committee's office runs the campaigns over the whole district; a reviewer of the panel
			// works at the court, so the court's nominations are recused for him.
			new DemoAccount("demo-awards", "周晓琳", null, Set.of(Role.AWARDS_OFFICE), "identity.demo.awards"),
			new DemoAccount("demo-reviewer", "冯志强", null, Set.of(Role.AWARDS_REVIEWER), "identity.demo.reviewer"),
			new DemoAccount("demo-panel", "何俊峰", null, Set.of(Role.AWARDS_REVIEWER), "identity.demo.panel"),
			new DemoAccount("demo-sysadmin", "周建华", null, Set.of(Role.SYSTEM_ADMIN), "identity.demo.sysadmin"),
			new DemoAccount("demo-secadmin", "李文静", null, Set.of(Role.SECURITY_ADMIN), "identity.demo.secadmin"),
			new DemoAccount("demo-auditor", "郑丽华", null, Set.of(Role.AUDITOR), "identity.demo.auditor"));

	/**
	 * The enterprise portal's demo account (朝光通信's contact), which the portal's demo data opens and its town approves:
	 * listed by the banner, its password kept like the others'.
	 */
	static final DemoAccount ENTERPRISE = new DemoAccount("demo-enterprise", "陈慧敏", null, Set.of(Role.ENTERPRISE), "identity.demo.enterprise");

	record DemoAccount(String username, String staffName, String scopeUnit, Set<Role> roles, String descriptionKey) {
	}

	private final AccountService accounts;
	private final AccountRepository repository;
	private final OrganizationDirectory organization;
	private final InitialCredentials credentials;

	IdentityDemoData(AccountService accounts, AccountRepository repository, OrganizationDirectory organization,
			InitialCredentials credentials) {
		this.accounts = accounts;
		this.repository = repository;
		this.organization = organization;
		this.credentials = credentials;
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public void load() {
		String password = credentials.demoPassword();
		repository.findByUsername(ENTERPRISE.username()).ifPresent(account -> accounts.ensureDemoPassword(account.id(), password));
		for (DemoAccount demo : ACCOUNTS) {
			var existing = repository.findByUsername(demo.username());
			if (existing.isPresent()) {
				accounts.ensureDemoPassword(existing.get().id(), password);
				continue;
			}
			StaffSummary staff = organization.staff(new StaffQuery(null, demo.staffName(), false), new PageQuery(0, 1, "name", true), Actor.SYSTEM)
				.items().stream().findFirst().orElse(null);
			Long scope = demo.scopeUnit() == null ? null : organization.findUnitByName(demo.scopeUnit()).map(UnitSummary::id).orElse(null);
			accounts.create(demo.username(), demo.staffName(), password, staff == null ? null : staff.id(), scope, demo.roles(), false,
					Actor.SYSTEM);
		}
	}
}
