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
import org.luoshi.shared.RecordChanged;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;
import org.luoshi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@IntegrationTest
@RecordApplicationEvents
class AccountAdministrationIntegrationTests {

	@LocalServerPort
	int port;

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

	IdentityFixtures fixtures;
	Actor admin;

	@BeforeEach
	void fixtures() {
		fixtures = new IdentityFixtures(port, administration, accounts);
		admin = fixtures.districtAdmin();
	}

	@Test
	void createReportsEveryProblemAtOnceAndWritesNothing() {
		long before = count("account") + count("account_role");
		assertThatThrownBy(() -> administration.create(
				new CreateAccountCommand("-Bad name", " ", 999_999L, Set.of(), 999_999L, "123456"), admin))
			.isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
				.extracting(Violation::field, Violation::messageKey)
				.containsExactlyInAnyOrder(
						tuple("username", "identity.validation.username"),
						tuple("displayName", "validation.required"),
						tuple("staffId", "identity.validation.staff.unknown"),
						tuple("roles", "identity.validation.roles.required"),
						tuple("scopeUnitId", "identity.validation.scope.unknown"),
						tuple("initialPassword", "identity.password.too-short")));
		assertThatThrownBy(() -> administration.create(
				new CreateAccountCommand("Demo-Leader", "黄国栋", null, Set.of(Role.LEADER), null, "password2026"), admin))
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
		PageSession page = signedInAdmin();
		HttpResponse<String> response = page.post("/admin/accounts", List.of(Map.entry("username", "x"), Map.entry("displayName", ""),
				Map.entry("staffId", ""), Map.entry("scopeUnitId", ""), Map.entry("initialPassword", "qwerty12345")));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body())
			.contains("用户名为 3 到 50 位小写字母、数字或 . _ -，且以字母或数字开头。")
			.contains("请至少选择一个角色。")
			.contains("该密码过于常见，容易被猜中，请换一个。")
			.contains("is-invalid");
	}

	@Test
	void aCreatedAccountGetsAOneTimePasswordAndMustChangeItAtFirstSignIn() throws Exception {
		StaffSummary staff = staffNamed("周雅婷");
		UnitSummary tangxia = organization.findUnitByName("棠下镇").orElseThrow();
		PageSession page = signedInAdmin();
		String username = IdentityFixtures.uniqueUsername("zhou");
		HttpResponse<String> created = page.post("/admin/accounts", List.of(Map.entry("username", username),
				Map.entry("displayName", "周雅婷"), Map.entry("staffId", String.valueOf(staff.id())), Map.entry("roles", "UNIT_HANDLER"),
				Map.entry("roles", "SUPERVISOR"), Map.entry("scopeUnitId", String.valueOf(tangxia.id())), Map.entry("initialPassword", "")));
		assertThat(created.statusCode()).isEqualTo(200);
		assertThat(created.headers().firstValue("Cache-Control")).hasValue("no-store");
		String password = oneTimePassword(created.body());

		AccountSummary account = accounts.findByUsername(username).orElseThrow();
		assertThat(account.mustChangePassword()).isTrue();
		assertThat(account.roles()).containsExactlyInAnyOrder(Role.UNIT_HANDLER, Role.SUPERVISOR);
		assertThat(account.scopeUnitId()).isEqualTo(tangxia.id());
		assertThat(account.staffId()).isEqualTo(staff.id());
		assertThat(jdbc.sql("SELECT password_hash FROM account WHERE id = ?").param(account.id()).query(String.class).single())
			.startsWith("$2").doesNotContain(password);

		PageSession owner = fixtures.pageSession();
		assertThat(owner.signIn(username, password).headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
		assertThat(owner.get("/").headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/account/password"));
		assertThat(owner.get("/admin/accounts").statusCode()).isEqualTo(302);
		assertThat(owner.get("/account/password").body()).contains("您的密码由管理员设置或已被重置");

		HttpResponse<String> changed = owner.post("/account/password", List.of(Map.entry("currentPassword", password),
				Map.entry("newPassword", "Lychee-Season-77"), Map.entry("confirmation", "Lychee-Season-77")));
		assertThat(changed.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));
		// The same session goes on, now signed in without the flag.
		HttpResponse<String> home = owner.get("/");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("密码已修改。");
		assertThat(accounts.findAccount(account.id()).orElseThrow().mustChangePassword()).isFalse();
	}

	@Test
	void theListFiltersByTextRoleLockAndStatusAndShowsNamesNotIds() throws Exception {
		AccountSummary inactive = fixtures.newAccount("list-inactive");
		administration.setActive(inactive.id(), false, admin);

		assertThat(usernames(new AccountQuery("demo-", null, false, false))).contains("demo-admin", "demo-town").doesNotContain(inactive.username());
		assertThat(usernames(new AccountQuery(null, Role.AUDITOR, false, false))).contains("demo-auditor").doesNotContain("demo-admin");
		assertThat(usernames(new AccountQuery(null, null, false, true))).contains(inactive.username()).doesNotContain("demo-admin");
		assertThat(usernames(new AccountQuery("陈志远", null, false, false))).containsExactly("demo-admin");

		String page = signedInAdmin().get("/admin/accounts?text=demo-town").body();
		assertThat(page).contains("单位经办人").contains("棠下镇").contains("梁家豪 · 江门市蓬江区棠下镇人民政府").doesNotContain("demo-admin");
		assertThat(signedInAdmin().get("/admin/accounts?inactive=true&role=UNIT_HANDLER&sort=nonsense").body()).contains(inactive.username());
	}

	@Test
	void editingChangesNameStaffRolesAndScopeAndAuditsOnlyWhatChanged() {
		AccountSummary account = fixtures.newAccount("edit");
		UnitSummary justice = organization.findUnitByName("区司法局").orElseThrow();
		StaffSummary staff = staffNamed("冯嘉欣");
		AccountSummary edited = administration.update(new UpdateAccountCommand(account.id(), account.version(), "冯嘉欣 ", staff.id(),
				Set.of(Role.UNIT_HANDLER, Role.AUDITOR), justice.id()), admin);
		assertThat(edited.displayName()).isEqualTo("冯嘉欣");
		assertThat(edited.roles()).containsExactlyInAnyOrder(Role.UNIT_HANDLER, Role.AUDITOR);
		assertThat(edited.scopeUnitId()).isEqualTo(justice.id());
		assertThat(edited.version()).isEqualTo(account.version() + 1);
		RecordChanged audit = events.stream(RecordChanged.class).filter(e -> e.action().equals("identity.account.updated")).findFirst().orElseThrow();
		assertThat(audit.changes()).containsOnlyKeys("displayName", "staffId", "roles", "scopeUnitId");
	}

	@Test
	void aStaleVersionIsAConflictAndChangesNothing() throws Exception {
		AccountSummary account = fixtures.newAccount("stale");
		administration.update(new UpdateAccountCommand(account.id(), account.version(), "先改的人", null, Set.of(Role.UNIT_HANDLER), null), admin);
		assertThatThrownBy(() -> administration.update(
				new UpdateAccountCommand(account.id(), account.version(), "后改的人", null, Set.of(Role.LEADER), null), admin))
			.isInstanceOf(ConflictException.class);

		HttpResponse<String> page = signedInAdmin().post("/admin/accounts/" + account.id(), List.of(Map.entry("version", String.valueOf(account.version())),
				Map.entry("displayName", "后改的人"), Map.entry("staffId", ""), Map.entry("roles", "LEADER"), Map.entry("scopeUnitId", "")));
		assertThat(page.statusCode()).isEqualTo(409);
		assertThat(page.body()).contains("该记录已被他人修改");
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

		HttpResponse<String> reset = signedInAdmin().post("/admin/accounts/" + account.id() + "/reset-password", List.of());
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

		PageSession adminPage = signedInAdmin();
		assertThat(adminPage.post("/admin/accounts/" + account.id() + "/deactivate", List.of()).statusCode()).isEqualTo(302);

		assertThat(sessionsOf(account.username())).isZero();
		assertThat(owner.get("/").headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
		assertThat(fixtures.pageSession().signIn(account.username(), IdentityFixtures.OWN_PASSWORD).headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/login?error=disabled"));
		assertThat(adminPage.get("/admin/accounts/" + account.id()).body()).contains("id=\"status-inactive\"").contains("id=\"activate\"");

		adminPage.post("/admin/accounts/" + account.id() + "/activate", List.of());
		assertThat(fixtures.pageSession().signIn(account.username(), IdentityFixtures.OWN_PASSWORD).headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
	}

	@Test
	void everyWriteIsAuditedAndNoAuditEntryHoldsAPassword() {
		IssuedPassword created = administration.create(new CreateAccountCommand(IdentityFixtures.uniqueUsername("audited"), "审计对象", null,
				Set.of(Role.AUDITOR), null, ""), admin);
		long id = created.account().id();
		IssuedPassword reset = administration.resetPassword(id, admin);
		administration.update(new UpdateAccountCommand(id, reset.account().version(), "审计对象二", null, Set.of(Role.AUDITOR), null), admin);
		jdbc.sql("UPDATE account SET failed_attempts = 5, locked_until = now() + interval '15 minutes' WHERE id = ?").param(id).update();
		administration.unlock(id, admin);
		administration.setActive(id, false, admin);
		administration.setActive(id, true, admin);

		List<RecordChanged> audit = events.stream(RecordChanged.class).filter(e -> e.targetId().equals(String.valueOf(id))).toList();
		assertThat(audit).extracting(RecordChanged::action).containsExactly("identity.account.created", "identity.account.password-reset",
				"identity.account.updated", "identity.account.unlocked", "identity.account.deactivated", "identity.account.activated");
		assertThat(audit.get(0).changes()).containsKeys("roles", "displayName", "mustChangePassword");
		assertThat(audit.get(2).changes()).containsOnlyKeys("displayName");
		String hash = jdbc.sql("SELECT password_hash FROM account WHERE id = ?").param(id).query(String.class).single();
		assertThat(audit.toString()).doesNotContain(created.password()).doesNotContain(reset.password()).doesNotContain(hash).doesNotContain("$2a$");
	}

	@Test
	void anAdministratorCannotDeactivateTheirOwnAccountNorDropTheirOwnAdminRole() throws Exception {
		AccountSummary self = accounts.findByUsername("demo-admin").orElseThrow();
		assertThatThrownBy(() -> administration.setActive(self.id(), false, admin))
			.isInstanceOfSatisfying(ValidationException.class,
					e -> assertThat(e.violations()).extracting(Violation::messageKey).containsExactly("identity.account.deactivate-self"));
		assertThatThrownBy(() -> administration.update(new UpdateAccountCommand(self.id(), self.version(), self.displayName(), self.staffId(),
				Set.of(Role.SUPERVISOR), self.scopeUnitId()), admin))
			.isInstanceOfSatisfying(ValidationException.class,
					e -> assertThat(e.violations()).extracting(Violation::messageKey).containsExactly("identity.account.own-admin-role"));

		HttpResponse<String> page = signedInAdmin().post("/admin/accounts/" + self.id() + "/deactivate", List.of());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("不能停用您自己的账号。");
		assertThat(accounts.findAccount(self.id()).orElseThrow().active()).isTrue();
	}

	@Test
	void anAdministratorOfASubtreeSeesAndGivesNothingOutsideIt() {
		UnitSummary tangxia = organization.findUnitByName("棠下镇").orElseThrow();
		UnitSummary justice = organization.findUnitByName("区司法局").orElseThrow();
		Actor townAdmin = new Actor(-1L, "town-admin", "镇管理员", tangxia.id(), Role.DISTRICT_ADMIN.permissions());
		AccountSummary town = accounts.findByUsername("demo-town").orElseThrow();
		AccountSummary dept = accounts.findByUsername("demo-dept").orElseThrow();

		assertThat(administration.account(town.id(), townAdmin).username()).isEqualTo("demo-town");
		assertThatThrownBy(() -> administration.account(dept.id(), townAdmin)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> administration.unlock(accounts.findByUsername("demo-leader").orElseThrow().id(), townAdmin))
			.isInstanceOf(NotFoundException.class);
		assertThat(administration.accounts(new AccountQuery(null, null, false, false), PageQuery.of(0, 200, null, "username",
				AccountQuery.SORT_FIELDS), townAdmin).items()).extracting(AccountSummary::username).contains("demo-town").doesNotContain("demo-dept", "demo-admin");
		assertThatThrownBy(() -> administration.create(new CreateAccountCommand(IdentityFixtures.uniqueUsername("outside"), "某人", null,
				Set.of(Role.UNIT_HANDLER), justice.id(), ""), townAdmin))
			.isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::messageKey)
				.containsExactly("identity.validation.scope.outside"));
		assertThatThrownBy(() -> administration.create(new CreateAccountCommand(IdentityFixtures.uniqueUsername("outside"), "某人", null,
				Set.of(Role.UNIT_HANDLER), null, ""), townAdmin))
			.isInstanceOf(ValidationException.class);
	}

	@Test
	void aStaffMemberWithAnActiveAccountCannotBeLinkedToASecondOne() {
		StaffSummary chen = staffNamed("陈志远");
		assertThatThrownBy(() -> administration.create(new CreateAccountCommand(IdentityFixtures.uniqueUsername("second"), "陈志远", chen.id(),
				Set.of(Role.LEADER), null, ""), admin))
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
		String home = signedInAdmin().get("/").body();
		assertThat(home).contains("个账号因连续登录失败被锁定").contains("/admin/accounts?locked=true").contains("账号管理");
		administration.unlock(account.id(), admin);
	}

	@Test
	void theStaffPickerFindsStaffByNameOrUnit() throws Exception {
		PageSession page = signedInAdmin();
		assertThat(page.get("/admin/accounts/staff?q=" + URLEncoder.encode("司法局", StandardCharsets.UTF_8)).body())
			.contains("谢文博").doesNotContain("陈志远");
		assertThat(page.get("/admin/accounts/staff?q=" + URLEncoder.encode("冯嘉", StandardCharsets.UTF_8)).body())
			.contains("冯嘉欣").contains("公共法律服务管理科").doesNotContain("谢文博");
		assertThat(page.get("/admin/accounts/staff?q=" + URLEncoder.encode("无此人", StandardCharsets.UTF_8)).body()).contains("没有找到匹配的人员。");
	}

	private PageSession signedInAdmin() throws Exception {
		PageSession page = fixtures.pageSession();
		page.signIn("demo-admin");
		return page;
	}

	private List<String> usernames(AccountQuery query) {
		return administration.accounts(query, PageQuery.of(0, 200, null, "username", AccountQuery.SORT_FIELDS), admin).items().stream()
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
