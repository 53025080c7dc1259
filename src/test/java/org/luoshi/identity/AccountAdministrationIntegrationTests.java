package org.luoshi.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.identity.IdentityFixtures.PageSession;
import org.luoshi.identity.internal.AccountAdministration;
import org.luoshi.identity.internal.AccountAdministration.AccountQuery;
import org.luoshi.identity.internal.AccountAdministration.CreateAccountCommand;
import org.luoshi.identity.internal.AccountAdministration.GrantRolesCommand;
import org.luoshi.identity.internal.AccountAdministration.IssuedPassword;
import org.luoshi.identity.internal.AccountAdministration.UpdateAccountCommand;
import org.luoshi.organization.OrganizationDirectory;
import org.luoshi.organization.StaffQuery;
import org.luoshi.organization.StaffSummary;
import org.luoshi.organization.UnitSummary;
import org.luoshi.shared.Actor;
import org.luoshi.shared.ConflictException;
import org.luoshi.shared.NotFoundException;
import org.luoshi.shared.PageQuery;
import org.luoshi.shared.Permissions;
import org.luoshi.shared.RecordChanged;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.Messages;
import org.luoshi.support.TestDatabaseEnvironment;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@IntegrationTest
@RecordApplicationEvents
class AccountAdministrationIntegrationTests {

	@Autowired
	Messages messages;

	@Autowired
	AccountAdministration administration;

	@Autowired
	AccountDirectory accounts;

	@Autowired
	OrganizationDirectory organization;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	@Autowired
	IdentityFixtures fixtures;

	Actor sysadmin;
	Actor secadmin;

	@BeforeEach
	void administrators() {
		sysadmin = fixtures.systemAdmin();
		secadmin = fixtures.securityAdmin();
	}

	@Test
	void createReportsEveryProblemAtOnceAndWritesNothing() {
		long before = count("account") + count("account_role");
		assertThatThrownBy(() -> administration.create(
				new CreateAccountCommand("-Bad name", " ", 999_999L, 999_999L, "123456"), sysadmin))
			.isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
				.extracting(Violation::field, Violation::messageKey)
				.containsExactlyInAnyOrder(
						tuple("username", "identity.validation.username"),
						tuple("displayName", "validation.required"),
						tuple("staffId", "identity.validation.staff.unknown"),
						tuple("scopeUnitId", "identity.validation.scope.unknown"),
						tuple("initialPassword", "identity.password.too-short")));
		assertThatThrownBy(() -> administration.create(
				new CreateAccountCommand("Demo-Leader", "黄国栋", null, null, "password2026"), sysadmin))
			.isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
				.extracting(Violation::field, Violation::messageKey)
				.containsExactlyInAnyOrder(
						tuple("username", "identity.validation.username.taken"),
						tuple("initialPassword", "identity.password.common")));
		assertThat(count("account") + count("account_role")).isEqualTo(before);
		assertThat(events.stream(RecordChanged.class)).isEmpty();
	}

	@Test
	void theCreateFormShowsTheProblemsBesideTheirFields() throws Exception {
		PageSession page = signedIn("demo-sysadmin");
		HttpResponse<String> response = page.post("/admin/accounts", List.of(Map.entry("username", "x"), Map.entry("displayName", ""),
				Map.entry("staffId", ""), Map.entry("scopeUnitId", ""), Map.entry("initialPassword", "qwerty12345")));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body())
			.contains(messages.zh("identity.validation.username"))
			.contains(messages.zh("identity.password.common"))
			.contains("is-invalid");
	}

	@Test
	void aCreatedAccountGetsAOneTimePasswordAndMustChangeItAtFirstSignIn() throws Exception {
		StaffSummary staff = staffNamed("周雅婷");
		UnitSummary tangxia = organization.findUnitByName("棠下镇").orElseThrow();
		PageSession page = signedIn("demo-sysadmin");
		String username = IdentityFixtures.uniqueUsername("zhou");
		HttpResponse<String> created = page.post("/admin/accounts", List.of(Map.entry("username", username),
				Map.entry("displayName", "周雅婷"), Map.entry("staffId", String.valueOf(staff.id())), Map.entry("roles", "SYSTEM_ADMIN"),
				Map.entry("scopeUnitId", String.valueOf(tangxia.id())), Map.entry("initialPassword", "")));
		assertThat(created.statusCode()).isEqualTo(200);
		assertThat(created.headers().firstValue("Cache-Control")).hasValue("no-store");
		String password = oneTimePassword(created.body());

		AccountSummary account = accounts.findByUsername(username).orElseThrow();
		assertThat(account.mustChangePassword()).isTrue();
		// The system administrator creates accounts without roles, whatever the form sends: the security administrator grants them.
		assertThat(account.roles()).isEmpty();
		PageSession security = signedIn("demo-secadmin");
		assertThat(security.get("/admin/accounts/" + account.id()).body()).contains("id=\"roles-form\"").doesNotContain("id=\"account-form\"");
		assertThat(security.post("/admin/accounts/" + account.id() + "/roles", List.of(Map.entry("version", String.valueOf(account.version())),
				Map.entry("roles", "UNIT_HANDLER"), Map.entry("roles", "SUPERVISOR"))).statusCode()).isEqualTo(302);
		account = accounts.findByUsername(username).orElseThrow();
		assertThat(account.roles()).containsExactlyInAnyOrder(Role.UNIT_HANDLER, Role.SUPERVISOR);
		assertThat(account.scopeUnitId()).isEqualTo(tangxia.id());
		assertThat(account.staffId()).isEqualTo(staff.id());
		assertThat(jdbc.sql("SELECT password_hash FROM account WHERE id = ?").param(account.id()).query(String.class).single())
			.startsWith("$2").doesNotContain(password);

		PageSession owner = fixtures.pageSession();
		assertThat(owner.signIn(username, password).headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
		assertThat(owner.get("/").headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/account/password"));
		assertThat(owner.get("/admin/accounts").statusCode()).isEqualTo(302);
		assertThat(owner.get("/account/password").body()).contains(messages.zh("identity.password.required"));

		HttpResponse<String> changed = owner.post("/account/password", List.of(Map.entry("currentPassword", password),
				Map.entry("newPassword", "Lychee-Season-77"), Map.entry("confirmation", "Lychee-Season-77")));
		assertThat(changed.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));
		// The same session goes on, now signed in without the flag.
		HttpResponse<String> home = owner.get("/");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains(messages.zh("identity.password.changed"));
		assertThat(accounts.findAccount(account.id()).orElseThrow().mustChangePassword()).isFalse();
	}

	@Test
	void theListFiltersByTextRoleLockAndStatusAndShowsNamesNotIds() throws Exception {
		AccountSummary inactive = fixtures.newAccount("list-inactive");
		administration.setActive(inactive.id(), false, sysadmin);

		assertThat(usernames(new AccountQuery("demo-", null, false, false))).contains("demo-admin", "demo-town").doesNotContain(inactive.username());
		assertThat(usernames(new AccountQuery(null, Role.AUDITOR, false, false))).contains("demo-auditor").doesNotContain("demo-admin");
		assertThat(usernames(new AccountQuery(null, null, false, true))).contains(inactive.username()).doesNotContain("demo-admin");
		assertThat(usernames(new AccountQuery("陈志远", null, false, false))).containsExactly("demo-admin");

		String page = signedIn("demo-sysadmin").get("/admin/accounts?text=demo-town").body();
		assertThat(page).contains(messages.zh("role.UNIT_HANDLER")).contains("棠下镇").contains("梁家豪 · 江门市蓬江区棠下镇人民政府").doesNotContain("demo-admin");
		assertThat(signedIn("demo-secadmin").get("/admin/accounts?inactive=true&role=UNIT_HANDLER&sort=nonsense").body()).contains(inactive.username());
	}

	@Test
	void editingChangesNameStaffAndScopeAndGrantingChangesRolesEachAuditingOnlyWhatChanged() {
		AccountSummary account = fixtures.newAccount("edit");
		UnitSummary justice = organization.findUnitByName("区司法局").orElseThrow();
		StaffSummary staff = staffNamed("冯嘉欣");
		AccountSummary edited = administration.update(new UpdateAccountCommand(account.id(), account.version(), "冯嘉欣 ", staff.id(),
				justice.id()), sysadmin);
		assertThat(edited.displayName()).isEqualTo("冯嘉欣");
		assertThat(edited.scopeUnitId()).isEqualTo(justice.id());
		assertThat(edited.version()).isEqualTo(account.version() + 1);
		AccountSummary granted = administration.grantRoles(new GrantRolesCommand(account.id(), edited.version(),
				Set.of(Role.UNIT_HANDLER, Role.AUDITOR)), secadmin);
		assertThat(granted.roles()).containsExactlyInAnyOrder(Role.UNIT_HANDLER, Role.AUDITOR);
		assertThat(granted.version()).isEqualTo(edited.version() + 1);
		RecordChanged audit = events.stream(RecordChanged.class).filter(e -> e.action().equals("identity.account.updated")).findFirst().orElseThrow();
		assertThat(audit.changes()).containsOnlyKeys("displayName", "staffId", "scopeUnitId");
		RecordChanged grant = events.stream(RecordChanged.class).filter(e -> e.action().equals("identity.account.roles-changed"))
			.reduce((first, second) -> second).orElseThrow();
		assertThat(grant.changes()).containsOnlyKeys("roles");
		assertThat(grant.changes().get("roles").after()).isEqualTo(List.of("AUDITOR", "UNIT_HANDLER"));
	}

	@Test
	void theRoleEditorDoesNotOfferTheEnterpriseRoleWhichOnlyAnApprovedRegistrationGrants() throws Exception {
		AccountSummary staff = fixtures.newAccount("noent");
		PageSession security = signedIn("demo-secadmin");
		String staffPage = security.get("/admin/accounts/" + staff.id()).body();
		assertThat(staffPage).contains("id=\"roles-form\"").contains("value=\"UNIT_HANDLER\"").doesNotContain("value=\"ENTERPRISE\"");

		// An enterprise's account holds its one role from its town's approval: no editor, the role shown and why.
		AccountSummary enterprise = accounts.findByUsername("demo-enterprise").orElseThrow();
		String enterprisePage = security.get("/admin/accounts/" + enterprise.id()).body();
		assertThat(enterprisePage).doesNotContain("id=\"roles-form\"").contains(messages.zh("role.ENTERPRISE"))
			.contains(messages.zh("identity.account.roles.enterprise"));

		// Sent anyway, the role is still refused beside the field, and nothing changes.
		long entries = count("audit_entry");
		HttpResponse<String> refused = security.post("/admin/accounts/" + staff.id() + "/roles", List.of(
				Map.entry("version", String.valueOf(staff.version())), Map.entry("roles", "ENTERPRISE")));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains(messages.zh("identity.validation.roles.enterprise"));
		assertThat(accounts.findAccount(staff.id()).orElseThrow().roles()).isEqualTo(staff.roles());
		assertThat(count("audit_entry")).isEqualTo(entries);
		assertThatThrownBy(() -> administration.grantRoles(new GrantRolesCommand(enterprise.id(), enterprise.version(),
				Set.of(Role.ENTERPRISE, Role.UNIT_HANDLER)), secadmin)).isInstanceOf(ValidationException.class);
	}

	@Test
	void aStaleVersionIsAConflictAndChangesNothing() throws Exception {
		AccountSummary account = fixtures.newAccount("stale");
		administration.update(new UpdateAccountCommand(account.id(), account.version(), "先改的人", null, null), sysadmin);
		assertThatThrownBy(() -> administration.update(
				new UpdateAccountCommand(account.id(), account.version(), "后改的人", null, null), sysadmin))
			.isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> administration.grantRoles(new GrantRolesCommand(account.id(), account.version(), Set.of(Role.LEADER)), secadmin))
			.isInstanceOf(ConflictException.class);

		HttpResponse<String> page = signedIn("demo-sysadmin").post("/admin/accounts/" + account.id(), List.of(Map.entry("version", String.valueOf(account.version())),
				Map.entry("displayName", "后改的人"), Map.entry("staffId", ""), Map.entry("scopeUnitId", "")));
		assertThat(page.statusCode()).isEqualTo(409);
		assertThat(page.body()).contains(messages.zh("error.conflict.version"));
		AccountSummary now = accounts.findAccount(account.id()).orElseThrow();
		assertThat(now.displayName()).isEqualTo("先改的人");
		assertThat(now.roles()).containsExactly(Role.UNIT_HANDLER);
	}

	@Test
	void resettingGivesANewOneTimePasswordAndRevokesTokensAndSessions() throws Exception {
		AccountSummary account = fixtures.accountInUse("reset");
		String token = fixtures.token(account.username(), IdentityFixtures.OWN_PASSWORD);
		PageSession owner = fixtures.pageSession();
		owner.signIn(account.username(), IdentityFixtures.OWN_PASSWORD);

		HttpResponse<String> reset = signedIn("demo-secadmin").post("/admin/accounts/" + account.id() + "/reset-password", List.of());
		assertThat(reset.statusCode()).isEqualTo(200);
		String password = oneTimePassword(reset.body());

		assertThat(accounts.findAccount(account.id()).orElseThrow().mustChangePassword()).isTrue();
		assertThat(fixtures.apiGet("/api/v1/me", "Bearer " + token, null).statusCode()).isEqualTo(401);
		assertThat(owner.get("/").headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
		assertThat(fixtures.requestToken(account.username(), IdentityFixtures.OWN_PASSWORD, null).statusCode()).isEqualTo(401);
		assertThat(fixtures.pageSession().signIn(account.username(), password).headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
	}

	@Test
	void deactivatingEndsTheAccountsSessionsAndSignInsUntilActivatedAgain() throws Exception {
		AccountSummary account = fixtures.accountInUse("deactivate");
		PageSession owner = fixtures.pageSession();
		owner.signIn(account.username(), IdentityFixtures.OWN_PASSWORD);
		assertThat(owner.get("/").statusCode()).isEqualTo(200);
		assertThat(sessionsOf(account.username())).isPositive();

		PageSession adminPage = signedIn("demo-sysadmin");
		assertThat(adminPage.post("/admin/accounts/" + account.id() + "/deactivate", List.of()).statusCode()).isEqualTo(302);

		assertThat(sessionsOf(account.username())).isZero();
		assertThat(owner.get("/").headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
		assertThat(fixtures.pageSession().signIn(account.username(), IdentityFixtures.OWN_PASSWORD).headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/login?error=failed"));
		assertThat(adminPage.get("/admin/accounts/" + account.id()).body()).contains("id=\"status-inactive\"").contains("id=\"activate\"");

		adminPage.post("/admin/accounts/" + account.id() + "/activate", List.of());
		assertThat(fixtures.pageSession().signIn(account.username(), IdentityFixtures.OWN_PASSWORD).headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
	}

	@Test
	void everyWriteIsAuditedAndNoAuditEntryHoldsAPassword() {
		IssuedPassword created = administration.create(new CreateAccountCommand(IdentityFixtures.uniqueUsername("audited"), "审计对象", null,
				null, ""), sysadmin);
		long id = created.account().id();
		AccountSummary granted = administration.grantRoles(new GrantRolesCommand(id, created.account().version(), Set.of(Role.AUDITOR)), secadmin);
		IssuedPassword reset = administration.resetPassword(id, secadmin);
		administration.update(new UpdateAccountCommand(id, reset.account().version(), "审计对象二", null, null), sysadmin);
		jdbc.sql("UPDATE account SET failed_attempts = 5, locked_until = now() + interval '15 minutes' WHERE id = ?").param(id).update();
		administration.unlock(id, secadmin);
		administration.setActive(id, false, sysadmin);
		administration.setActive(id, true, sysadmin);

		List<RecordChanged> audit = events.stream(RecordChanged.class).filter(e -> e.targetId().equals(String.valueOf(id))).toList();
		assertThat(audit).extracting(RecordChanged::action).containsExactly("identity.account.created", "identity.account.roles-changed",
				"identity.account.password-reset", "identity.account.updated", "identity.account.unlocked", "identity.account.deactivated",
				"identity.account.activated");
		assertThat(granted.roles()).containsExactly(Role.AUDITOR);
		assertThat(audit.get(0).changes()).containsKeys("roles", "displayName", "mustChangePassword");
		assertThat(audit.get(3).changes()).containsOnlyKeys("displayName");
		String hash = jdbc.sql("SELECT password_hash FROM account WHERE id = ?").param(id).query(String.class).single();
		assertThat(audit.toString()).doesNotContain(created.password()).doesNotContain(reset.password()).doesNotContain(hash).doesNotContain("$2a$");
	}

	@Test
	void noAdministratorActsOnTheirOwnAccountsRolesPasswordOrStatus() throws Exception {
		AccountSummary systemSelf = accounts.findByUsername("demo-sysadmin").orElseThrow();
		AccountSummary securitySelf = accounts.findByUsername("demo-secadmin").orElseThrow();
		assertThatThrownBy(() -> administration.setActive(systemSelf.id(), false, sysadmin))
			.isInstanceOfSatisfying(ValidationException.class,
					e -> assertThat(e.violations()).extracting(Violation::messageKey).containsExactly("identity.account.deactivate-self"));
		assertThatThrownBy(() -> administration.grantRoles(new GrantRolesCommand(securitySelf.id(), securitySelf.version(),
				Set.of(Role.SECURITY_ADMIN, Role.LEADER)), secadmin))
			.isInstanceOfSatisfying(ValidationException.class,
					e -> assertThat(e.violations()).extracting(Violation::messageKey).containsExactly("identity.account.own-roles"));
		assertThatThrownBy(() -> administration.resetPassword(securitySelf.id(), secadmin))
			.isInstanceOfSatisfying(ValidationException.class,
					e -> assertThat(e.violations()).extracting(Violation::messageKey).containsExactly("identity.account.own-security"));

		HttpResponse<String> page = signedIn("demo-sysadmin").post("/admin/accounts/" + systemSelf.id() + "/deactivate", List.of());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains(messages.zh("identity.account.deactivate-self"));
		PageSession security = signedIn("demo-secadmin");
		String own = security.get("/admin/accounts/" + securitySelf.id()).body();
		assertThat(own).contains(messages.zh("identity.account.roles.own")).doesNotContain("id=\"roles-form\"").doesNotContain("id=\"reset-password\"");
		assertThat(security.post("/admin/accounts/" + securitySelf.id() + "/roles", List.of(Map.entry("version",
				String.valueOf(securitySelf.version())), Map.entry("roles", "AUDITOR"))).body()).contains(messages.zh("identity.account.own-roles"));
		assertThat(accounts.findAccount(systemSelf.id()).orElseThrow().active()).isTrue();
		assertThat(accounts.findAccount(securitySelf.id()).orElseThrow().roles()).containsExactly(Role.SECURITY_ADMIN);
		assertThat(events.stream(RecordChanged.class)).isEmpty();
	}

	@Test
	void theSystemSecurityAndAuditAdministratorsAreNeverOneAccount() throws Exception {
		AccountSummary account = fixtures.newAccount("three");
		for (Set<Role> combined : List.of(Set.of(Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN), Set.of(Role.SYSTEM_ADMIN, Role.AUDITOR),
				Set.of(Role.SECURITY_ADMIN, Role.AUDITOR, Role.LEADER))) {
			assertThatThrownBy(() -> administration.grantRoles(new GrantRolesCommand(account.id(), account.version(), combined), secadmin))
				.isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::field, Violation::messageKey)
					.containsExactly(tuple("roles", "identity.validation.roles.separation")));
		}
		HttpResponse<String> page = signedIn("demo-secadmin").post("/admin/accounts/" + account.id() + "/roles",
				List.of(Map.entry("version", String.valueOf(account.version())), Map.entry("roles", "SYSTEM_ADMIN"), Map.entry("roles", "AUDITOR")));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains(messages.zh("identity.validation.roles.separation"));
		assertThat(accounts.findAccount(account.id()).orElseThrow().roles()).containsExactly(Role.UNIT_HANDLER);
		// Each administrator's role alone, and beside a role of the district's business, is allowed.
		assertThat(administration.grantRoles(new GrantRolesCommand(account.id(), account.version(), Set.of(Role.AUDITOR, Role.LEADER)),
				secadmin).roles()).containsExactlyInAnyOrder(Role.AUDITOR, Role.LEADER);
	}

	@Test
	void theSystemAdministratorGrantsNoRolesAndTheSecurityAdministratorCreatesNoAccounts() throws Exception {
		AccountSummary account = fixtures.newAccount("duties");
		AccountSummary systemSelf = accounts.findByUsername("demo-sysadmin").orElseThrow();
		assertThatThrownBy(() -> administration.grantRoles(new GrantRolesCommand(systemSelf.id(), systemSelf.version(),
				Set.of(Role.SYSTEM_ADMIN, Role.AUDITOR)), sysadmin)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> administration.resetPassword(account.id(), sysadmin)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> administration.unlock(account.id(), sysadmin)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> administration.create(new CreateAccountCommand(IdentityFixtures.uniqueUsername("sec"), "某人", null, null, ""),
				secadmin)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> administration.setActive(account.id(), false, secadmin)).isInstanceOf(AccessDeniedException.class);

		PageSession system = signedIn("demo-sysadmin");
		assertThat(system.get("/admin/accounts/" + systemSelf.id()).body()).doesNotContain("id=\"roles-form\"").contains("id=\"account-form\"");
		assertThat(system.post("/admin/accounts/" + systemSelf.id() + "/roles", List.of(Map.entry("version", String.valueOf(systemSelf.version())),
				Map.entry("roles", "AUDITOR"))).statusCode()).isEqualTo(403);
		assertThat(system.post("/admin/accounts/" + account.id() + "/reset-password", List.of()).statusCode()).isEqualTo(403);
		assertThat(signedIn("demo-secadmin").post("/admin/accounts", List.of(Map.entry("username", IdentityFixtures.uniqueUsername("sec")),
				Map.entry("displayName", "某人"))).statusCode()).isEqualTo(403);
		assertThat(accounts.findAccount(systemSelf.id()).orElseThrow().roles()).containsExactly(Role.SYSTEM_ADMIN);
	}

	@Test
	void theDistrictOfficeCanNeitherMakeItselfAnAuditorNorReadTheAuditTrail() throws Exception {
		AccountSummary office = accounts.findByUsername("demo-admin").orElseThrow();
		Actor officeActor = new Actor(office.id(), office.username(), office.displayName(), null, Role.DISTRICT_ADMIN.permissions());
		assertThat(Role.DISTRICT_ADMIN.permissions()).doesNotContain(Permissions.AUDIT_READ, Permissions.ACCOUNTS_MANAGE,
				Permissions.SECURITY_MANAGE, Permissions.ORGANIZATION_MANAGE);
		assertThatThrownBy(() -> administration.grantRoles(new GrantRolesCommand(office.id(), office.version(), Set.of(Role.AUDITOR)),
				officeActor)).isInstanceOf(AccessDeniedException.class);

		PageSession page = signedIn("demo-admin");
		assertThat(page.post("/admin/accounts/" + office.id() + "/roles", List.of(Map.entry("version", String.valueOf(office.version())),
				Map.entry("roles", "AUDITOR"))).statusCode()).isEqualTo(403);
		assertThat(page.get("/admin/accounts").statusCode()).isEqualTo(403);
		assertThat(page.get("/audit").statusCode()).isEqualTo(403);
		assertThat(page.get("/audit/export.xlsx").statusCode()).isEqualTo(403);
		assertThat(fixtures.apiGet("/api/v1/audit", "Bearer " + fixtures.token("demo-admin", TestDatabaseEnvironment.DEMO_PASSWORD), null)
			.statusCode()).isEqualTo(403);
		assertThat(page.get("/").body()).doesNotContain("href=\"/audit\"").doesNotContain("href=\"/admin/accounts\"");
		assertThat(accounts.findAccount(office.id()).orElseThrow().roles()).containsExactlyInAnyOrder(Role.DISTRICT_ADMIN, Role.SUPERVISOR);
	}

	@Test
	void aStaffMemberWithAnActiveAccountCannotBeLinkedToASecondOne() {
		StaffSummary chen = staffNamed("陈志远");
		assertThatThrownBy(() -> administration.create(new CreateAccountCommand(IdentityFixtures.uniqueUsername("second"), "陈志远", chen.id(),
				null, ""), sysadmin))
			.isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::messageKey)
				.containsExactly("identity.validation.staff.taken"));
	}

	@Test
	void peopleWithoutTheAccountsPermissionAreRefused() throws Exception {
		PageSession leader = fixtures.pageSession();
		leader.signIn("demo-leader");
		assertThat(leader.get("/admin/accounts").statusCode()).isEqualTo(403);
		assertThat(leader.get("/admin/accounts/staff?q=陈").statusCode()).isEqualTo(403);
		long before = count("account");
		assertThat(leader.post("/admin/accounts", List.of(Map.entry("username", IdentityFixtures.uniqueUsername("sneaky")),
				Map.entry("displayName", "某人"), Map.entry("roles", "DISTRICT_ADMIN"))).statusCode()).isEqualTo(403);
		assertThat(count("account")).isEqualTo(before);
		assertThat(leader.get("/").body()).doesNotContain("/admin/accounts");

		Actor leaderActor = new Actor(2L, "demo-leader", "黄国栋", null, Role.LEADER.permissions());
		assertThatThrownBy(() -> administration.accounts(new AccountQuery(null, null, false, false), PageQuery.of(0, 20, null, "username",
				AccountQuery.SORT_FIELDS), leaderActor)).isInstanceOf(AccessDeniedException.class);
		assertThat(administration.lockedCount(leaderActor)).isZero();
	}

	@Test
	void theHomePageTellsAdministratorsHowManyAccountsAreLocked() throws Exception {
		AccountSummary account = fixtures.accountInUse("attention");
		for (int attempt = 1; attempt <= 5; attempt++) {
			fixtures.requestToken(account.username(), "Not-The-Password-1", null);
		}
		String home = signedIn("demo-secadmin").get("/").body();
		assertThat(home).contains("个账号因连续登录失败被锁定").contains("/admin/accounts?locked=true").contains(messages.zh("identity.nav.accounts"));
		assertThat(signedIn("demo-sysadmin").get("/").body()).doesNotContain("个账号因连续登录失败被锁定");
		administration.unlock(account.id(), secadmin);
	}

	@Test
	void theStaffPickerFindsStaffByNameOrUnit() throws Exception {
		PageSession page = signedIn("demo-sysadmin");
		assertThat(page.get("/admin/accounts/staff?q=" + URLEncoder.encode("司法局", StandardCharsets.UTF_8)).body())
			.contains("谢文博").doesNotContain("陈志远");
		assertThat(page.get("/admin/accounts/staff?q=" + URLEncoder.encode("冯嘉", StandardCharsets.UTF_8)).body())
			.contains("冯嘉欣").contains("公共法律服务管理科").doesNotContain("谢文博");
		assertThat(page.get("/admin/accounts/staff?q=" + URLEncoder.encode("无此人", StandardCharsets.UTF_8)).body()).contains(messages.zh("identity.account.staff.no-match"));
	}

	private PageSession signedIn(String username) throws Exception {
		PageSession page = fixtures.pageSession();
		page.signIn(username);
		return page;
	}

	private List<String> usernames(AccountQuery query) {
		return administration.accounts(query, PageQuery.of(0, 200, null, "username", AccountQuery.SORT_FIELDS), sysadmin).items().stream()
			.map(AccountSummary::username)
			.toList();
	}

	private StaffSummary staffNamed(String name) {
		return organization.staff(new StaffQuery(null, name, false), PageQuery.of(0, 1, null, "name", Set.of("name")), Actor.SYSTEM)
			.items().get(0);
	}

	private static String oneTimePassword(String page) {
		Matcher matcher = Pattern.compile("id=\"one-time-password\">([^<]+)<").matcher(page);
		assertThat(matcher.find()).as("the one-time password on the page").isTrue();
		return matcher.group(1);
	}

	private long sessionsOf(String username) {
		return jdbc.sql("SELECT count(*) FROM spring_session WHERE principal_name = ?").param(username).query(Long.class).single();
	}

	private long count(String table) {
		return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
	}
}
