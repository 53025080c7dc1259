package org.luoshi.enterprise.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.luoshi.enterprise.CreditCode;
import org.luoshi.support.ApiClient;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.Messages;
import org.luoshi.support.PageSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;

/**
 * The portal's accounts through the pages: registering (good, a wrong credit code, an enterprise not in the registry, a
 * number still waiting, a refused number again, too many waiting), the town deciding (its own town's, not another town's;
 * refusing needs a reason), and the sign-in while waiting, after approval and after refusal.
 */
@IntegrationTest
class PortalRegistrationIntegrationTests {

	static final String PASSWORD = PortalFixtures.PASSWORD;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Messages messages;

	@Test
	void aContactRegistersWaitsForTheTownAndSignsInOnceApproved() {
		String phone = "13760000001";
		String code = codeOf("江门市棠下摩托车配件有限公司");
		String page = PageSession.text(register(code, "冯小燕", phone, PASSWORD, PASSWORD, true));
		assertThat(page).contains("registration-submitted").contains(HtmlUtils.htmlEscape(phone));
		Map<String, Object> row = jdbc.sql("SELECT r.status, a.active, a.approval, a.enterprise_id, e.name FROM portal_registration r "
				+ "JOIN account a ON a.id = r.account_id JOIN enterprise e ON e.id = r.enterprise_id WHERE r.phone = ?").param(phone).query().singleRow();
		assertThat(row).containsEntry("status", "PENDING").containsEntry("active", false).containsEntry("approval", "PENDING")
			.containsEntry("name", "江门市棠下摩托车配件有限公司");
		assertThat(audited("portal.registration.submitted", phone)).isTrue();

		// Waiting: the right password says so; a wrong one gets the one answer to every refused sign-in.
		assertThat(signInAnswer(phone, PASSWORD)).endsWith("/login?error=awaiting");
		assertThat(signInAnswer(phone, "Wrong-Password-1")).endsWith("/login?error=failed");
		assertThat(ApiClient.anonymous(port).post("/api/v1/auth/token", Map.of("username", phone, "password", PASSWORD)).status()).isEqualTo(403);

		long id = registrationId(phone);
		// Another town's handler does not see it: 404, as for a registration that does not exist; nothing changes.
		PageSession otherTown = PageSession.signIn(port, townHandler("杜阮镇"));
		assertThat(otherTown.post("/portal/registrations/" + id + "/approve", "/portal/registrations").statusCode()).isEqualTo(404);
		assertThat(PageSession.text(otherTown.get("/portal/registrations"))).doesNotContain(phone);
		// A department's handler may not manage the registry of any town.
		assertThat(PageSession.signIn(port, "demo-dept").post("/portal/registrations/" + id + "/approve", "/").statusCode()).isIn(403, 404);
		assertThat(status(phone)).isEqualTo("PENDING");

		PageSession town = PageSession.signIn(port, "demo-town");
		assertThat(PageSession.text(town.get("/"))).contains("/portal/registrations");
		assertThat(PageSession.text(town.get("/portal/registrations"))).contains("registration-" + id).contains(phone);
		HttpResponse<byte[]> approved = town.post("/portal/registrations/" + id + "/approve", "/portal/registrations");
		assertThat(approved.statusCode()).isEqualTo(302);
		assertThat(status(phone)).isEqualTo("APPROVED");
		assertThat(audited("portal.registration.approved", null)).isTrue();
		// Decided once: a second approval is a conflict.
		assertThat(town.post("/portal/registrations/" + id + "/approve", "/portal/registrations").statusCode()).isEqualTo(409);

		assertThat(signInAnswer(phone, PASSWORD)).endsWith("/portal");
		PageSession enterprise = signIn(phone, PASSWORD);
		String portal = PageSession.text(enterprise.get("/portal"));
		assertThat(portal).contains("江门市棠下摩托车配件有限公司").contains(code).contains("棠下镇").contains("portal-section-demands")
			.doesNotContain("id=\"sidebar\"");
		assertThat(enterprise.get("/").headers().firstValue("Location").orElse("")).endsWith("/portal");
	}

	@Test
	void theTownRefusesWithAReasonAndTheApplicantIsToldAtSignIn() {
		String phone = "13760000002";
		register(codeOf("江门市棠下智能家电有限公司"), "李婉婷", phone, PASSWORD, PASSWORD, true);
		long id = registrationId(phone);
		PageSession town = PageSession.signIn(port, "demo-town");
		String refused = PageSession.text(town.post("/portal/registrations/" + id + "/reject", "/portal/registrations",
				List.of(Map.entry("reason", " "))));
		assertThat(refused).contains(messages.zh("portal.validation.reason.required"));
		assertThat(status(phone)).isEqualTo("PENDING");
		assertThat(town.post("/portal/registrations/" + id + "/reject", "/portal/registrations",
				List.of(Map.entry("reason", "联系人不是本企业员工"))).statusCode()).isEqualTo(302);
		assertThat(status(phone)).isEqualTo("REJECTED");
		assertThat(jdbc.sql("SELECT reason FROM portal_registration WHERE id = ?").param(id).query(String.class).single())
			.isEqualTo("联系人不是本企业员工");
		assertThat(signInAnswer(phone, PASSWORD)).endsWith("/login?error=rejected");
		assertThat(PageSession.text(PageSession.anonymous(port).get("/login?error=rejected"))).contains(messages.zh("identity.login.rejected"));
		// An administrator cannot open what the town refused.
		long account = jdbc.sql("SELECT account_id FROM portal_registration WHERE id = ?").param(id).query(Long.class).single();
		assertThat(jdbc.sql("SELECT active FROM account WHERE id = ?").param(account).query(Boolean.class).single()).isFalse();
	}

	@Test
	void aWrongCreditCodeIsRefusedNamingTheCheckCharacterAndNothingIsStored() {
		String code = codeOf("江门市棠下激光科技有限公司");
		char wrong = code.charAt(17) == '0' ? '1' : '0';
		String typed = code.substring(0, 17) + wrong;
		long before = count();
		String page = PageSession.text(register(typed, "周建明", "13760000003", PASSWORD, PASSWORD, true));
		assertThat(page).contains(messages.zh("enterprise.credit-code.check", String.valueOf(code.charAt(17)), String.valueOf(wrong)));
		assertThat(count()).isEqualTo(before);
		assertThat(jdbc.sql("SELECT count(*) FROM account WHERE username = '13760000003'").query(Long.class).single()).isZero();
	}

	@Test
	void anEnterpriseNotInTheRegistryIsToldToContactItsTown() {
		String unknown = CreditCode.of("91440703MA5UUUU01").value();
		long before = count();
		String page = PageSession.text(register(unknown, "某人", "13760000004", PASSWORD, PASSWORD, true));
		assertThat(page).contains(messages.zh("portal.validation.enterprise.unknown"));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void everyProblemIsReportedAtOnce() {
		long before = count();
		String page = PageSession.text(register("", "", "0750-1234567", "short", "other", false));
		assertThat(page).contains(messages.zh("validation.mobile")).contains(messages.zh("identity.password.too-short", 10))
			.contains(messages.zh("portal.validation.consent")).contains(messages.zh("identity.password.mismatch"));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void aWaitingNumberDoesNotRegisterTwiceAndAnEnterpriseHasFewRegistrationsWaiting() {
		String code = codeOf("江门市荷塘电子元件有限公司");
		register(code, "余文辉", "13760000005", PASSWORD, PASSWORD, true);
		long before = count();
		String twice = PageSession.text(register(codeOf("江门市荷塘纺织服装有限公司"), "余文辉", "13760000005", PASSWORD, PASSWORD, true));
		assertThat(twice).contains(messages.zh("portal.validation.phone.pending"));
		register(code, "二号", "13760000006", PASSWORD, PASSWORD, true);
		register(code, "三号", "13760000007", PASSWORD, PASSWORD, true);
		assertThat(count()).isEqualTo(before + 2);
		String fourth = PageSession.text(register(code, "四号", "13760000008", PASSWORD, PASSWORD, true));
		assertThat(fourth).contains(messages.zh("portal.validation.enterprise.too-many-pending", 3));
		assertThat(count()).isEqualTo(before + 2);
	}

	@Test
	void aRefusedApplicantRegistersAgainWithTheSameNumberAndTheRefusalKeepsItsHistory() {
		String phone = "13760000009";
		String code = codeOf("江门市棠下摩托车配件有限公司");
		register(code, "吴志强", phone, PASSWORD, PASSWORD, true);
		long refused = registrationId(phone);
		PageSession town = PageSession.signIn(port, "demo-town");
		assertThat(town.post("/portal/registrations/" + refused + "/reject", "/portal/registrations",
				List.of(Map.entry("reason", "请用企业登记的联系人重新申请"))).statusCode()).isEqualTo(302);
		assertThat(signInAnswer(phone, PASSWORD)).endsWith("/login?error=rejected");

		String again = PageSession.text(register(code, "吴志强", phone, "Qiye-Again-2026", "Qiye-Again-2026", true));
		assertThat(again).contains("registration-submitted");
		long second = registrationId(phone);
		assertThat(second).isNotEqualTo(refused);
		// The refusal stays as it was decided, with its account; the new registration waits with an account of its own.
		assertThat(jdbc.sql("SELECT r.status, r.reason, r.decided_by_name, a.approval FROM portal_registration r "
				+ "JOIN account a ON a.id = r.account_id WHERE r.id = ?").param(refused).query().singleRow())
			.containsEntry("status", "REJECTED").containsEntry("reason", "请用企业登记的联系人重新申请").containsEntry("decided_by_name", "梁家豪")
			.containsEntry("approval", "REJECTED");
		assertThat(status(phone)).isEqualTo("PENDING");
		assertThat(signInAnswer(phone, "Qiye-Again-2026")).endsWith("/login?error=awaiting");

		// While the new one waits, the number does not register a third time, and says why.
		long before = count();
		assertThat(PageSession.text(register(code, "吴志强", phone, PASSWORD, PASSWORD, true)))
			.contains(messages.zh("portal.validation.phone.pending"));
		assertThat(count()).isEqualTo(before);

		assertThat(town.post("/portal/registrations/" + second + "/approve", "/portal/registrations").statusCode()).isEqualTo(302);
		assertThat(signInAnswer(phone, "Qiye-Again-2026")).endsWith("/portal");
		assertThat(signInAnswer(phone, PASSWORD)).endsWith("/login?error=failed");
		// Approved, the number is an account: registering it again is refused as taken.
		assertThat(PageSession.text(register(code, "吴志强", phone, PASSWORD, PASSWORD, true)))
			.contains(messages.zh("portal.validation.phone.taken"));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void theDemoEnterpriseAccountActsFor朝光通信AndTheTownHasARegistrationWaiting() {
		PageSession enterprise = PageSession.signIn(port, "demo-enterprise");
		assertThat(PageSession.text(enterprise.get("/portal"))).contains("朝光通信有限公司").contains("棠下镇");
		assertThat(PageSession.text(PageSession.signIn(port, "demo-town").get("/portal/registrations"))).contains("江门市棠下激光科技有限公司");
	}

	// ---- helpers

	HttpResponse<byte[]> register(String code, String contact, String phone, String password, String confirmation, boolean consent) {
		return PortalFixtures.register(port, code, contact, phone, password, confirmation, consent);
	}

	/** Where the sign-in form sends the person. */
	String signInAnswer(String username, String password) {
		PageSession page = PageSession.anonymous(port);
		return page.post("/login", "/login", List.of(Map.entry("username", username), Map.entry("password", password)))
			.headers().firstValue("Location").orElse("");
	}

	PageSession signIn(String username, String password) {
		PageSession page = PageSession.anonymous(port);
		page.post("/login", "/login", List.of(Map.entry("username", username), Map.entry("password", password)));
		return page;
	}

	String codeOf(String name) {
		return jdbc.sql("SELECT credit_code FROM enterprise WHERE name = ?").param(name).query(String.class).single();
	}

	long registrationId(String phone) {
		return PortalFixtures.registrationId(jdbc, phone);
	}

	String status(String phone) {
		return jdbc.sql("SELECT status FROM portal_registration WHERE id = ?").param(registrationId(phone)).query(String.class).single();
	}

	long count() {
		return jdbc.sql("SELECT count(*) FROM portal_registration").query(Long.class).single();
	}

	boolean audited(String action, String label) {
		return jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = ?").param(action).query(Long.class).single() > 0;
	}

	String townHandler(String town) {
		return PortalFixtures.townHandler(jdbc, town);
	}
}
