package org.luoshi.legalservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.luoshi.enterprise.CreditCode;
import org.luoshi.legalservice.internal.LegalAdministration;
import org.luoshi.legalservice.internal.LegalAdministration.PointInput;
import org.luoshi.legalservice.internal.LegalAdministration.PractitionerInput;
import org.luoshi.legalservice.internal.LegalAdministration.ProviderInput;
import org.luoshi.legalservice.internal.LegalAdministration.ServiceInput;
import org.luoshi.shared.Actor;
import org.luoshi.shared.ConflictException;
import org.luoshi.shared.Permissions;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;
import org.luoshi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/**
 * The justice bureau keeps the service list, the points, the providers and their practitioners: every change checked
 * whole and refused without changing anything, locked by version, and audited with the names it changed.
 */
@IntegrationTest
@Transactional
class LegalAdministrationIntegrationTests {

	static final Actor BUREAU = new Actor(9001L, "bureau", "司法局", null, Set.of(Permissions.LEGAL_MANAGE));
	static final Actor POINT_STAFF = new Actor(9002L, "staff", "站点", null, Set.of(Permissions.LEGAL_HANDLE));

	@Autowired
	LegalAdministration administration;

	@Autowired
	LegalDirectory directory;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPointIsOpenedWithItsServicesAndStaffAndEveryChangeIsAudited() {
		long demoLegal = account("demo-legal");
		ServicePoint point = administration.createPoint(new PointInput("杜阮产业园公共法律服务工作站", "杜阮产业园", "440703103", "杜阮镇某路 1 号",
				"周一至周五 9:00–17:00", "0750-1234567", true, List.of("LEGAL_CONSULTATION", "MEDIATION"), List.of(demoLegal), null), BUREAU);
		assertThat(point.serviceCodes()).containsExactly("LEGAL_CONSULTATION", "MEDIATION");
		assertThat(directory.pointsStaffedBy(demoLegal)).contains(point.id());

		ServicePoint changed = administration.changePoint(point.id(), new PointInput("杜阮产业园公共法律服务工作站", "杜阮产业园", "440703103",
				"杜阮镇某路 1 号", "周一至周六 9:00–17:00", "0750-1234567", true, List.of("MEDIATION", "LEGAL_AID", "LEGAL_CONSULTATION"),
				List.of(), point.version()), BUREAU);
		assertThat(changed.serviceCodes()).containsExactly("LEGAL_CONSULTATION", "MEDIATION", "LEGAL_AID");
		assertThat(changed.staffAccountIds()).isEmpty();

		Map<String, Object> entry = jdbc.sql("""
				SELECT action, target_label, changes::text AS changes FROM audit_entry
				WHERE target_type = 'legal-point' AND target_id = ? ORDER BY id DESC LIMIT 1""")
			.param(String.valueOf(point.id())).query().singleRow();
		assertThat(entry.get("action")).isEqualTo("legal.point.changed");
		assertThat((String) entry.get("changes")).contains("openingHours", "法律咨询、人民调解、法律援助", "demo-legal")
			.doesNotContain("address");

		// The version read before the change is stale now.
		assertThatThrownBy(() -> administration.changePoint(point.id(), new PointInput("杜阮产业园公共法律服务工作站", "杜阮产业园", null, "某地",
				"全天", null, false, List.of("MEDIATION"), List.of(), point.version()), BUREAU)).isInstanceOf(ConflictException.class);
		assertThat(directory.point(point.id()).orElseThrow().active()).isTrue();
	}

	@Test
	void aBadPointIsRefusedWithEveryProblemAndNothingChanges() {
		long before = jdbc.sql("SELECT count(*) FROM legal_point").query(Long.class).single();
		long demoTown = account("demo-town"); // may not work a counter
		assertThatThrownBy(() -> administration.createPoint(new PointInput("棠下产业园公共法律服务工作站", " ", "110101001", "某地", "全天", "12345",
				true, List.of("NO_SUCH_SERVICE"), List.of(demoTown), null), BUREAU))
			.isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::messageKey)
				.containsExactlyInAnyOrder("legal.point.name.taken", "validation.required", "legal.point.town.unknown", "validation.phone",
						"legal.service.unknown", "legal.point.services.required", "legal.point.staff.unknown"));
		assertThat(jdbc.sql("SELECT count(*) FROM legal_point").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void onlyTheBureauKeepsThem() {
		assertThatThrownBy(() -> administration.addService(new ServiceInput("TEST_SERVICE", "测试", null, null, null, true, null), POINT_STAFF))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(directory.service("TEST_SERVICE")).isEmpty();
	}

	@Test
	void aServiceIsAddedAtTheEndAndAServiceNoLongerOfferedLeavesTheActiveList() {
		LegalServiceType added = administration.addService(new ServiceInput("labour_inspection", "劳动保障咨询", null, "用工合规咨询", null, null, null),
				BUREAU);
		assertThat(added.code()).isEqualTo("LABOUR_INSPECTION");
		assertThat(added.nameEn()).isEqualTo("劳动保障咨询");
		assertThat(directory.services(true)).last().extracting(LegalServiceType::code).isEqualTo("LABOUR_INSPECTION");
		assertThatThrownBy(() -> administration.addService(new ServiceInput("LABOUR_INSPECTION", "重复", null, null, null, null, null), BUREAU))
			.isInstanceOfSatisfying(ValidationException.class,
					e -> assertThat(e.violations()).extracting(Violation::messageKey).containsExactly("legal.service.code.taken"));

		administration.changeService("LABOUR_INSPECTION", new ServiceInput(null, "劳动保障咨询", "Labour compliance", "用工合规咨询", 5, false,
				administration.serviceVersion("LABOUR_INSPECTION")), BUREAU);
		assertThat(directory.services(true)).extracting(LegalServiceType::code).doesNotContain("LABOUR_INSPECTION");
		assertThat(directory.services(false)).first().extracting(LegalServiceType::code).isEqualTo("LABOUR_INSPECTION");
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE target_type = 'legal-service' AND target_id = 'LABOUR_INSPECTION'")
			.query(Long.class).single()).isEqualTo(2L);
	}

	@Test
	void aProvidersCreditCodeIsCheckedAndItsPractitionerMayBeLinkedToOneProviderAccountOnly() {
		String code = CreditCode.of("31440000MD0000099").value();
		String wrong = code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0');
		assertThatThrownBy(() -> administration.createProvider(new ProviderInput("LAW_FIRM", "测试律师事务所", wrong, null, null, true,
				List.of("LEGAL_CONSULTATION"), null), BUREAU))
			.isInstanceOfSatisfying(ValidationException.class,
					e -> assertThat(e.violations()).extracting(Violation::messageKey).containsExactly("enterprise.credit-code.check"));
		assertThatThrownBy(() -> administration.createProvider(new ProviderInput("SHOP", "测试", code, null, null, true, List.of(), null), BUREAU))
			.isInstanceOfSatisfying(ValidationException.class,
					e -> assertThat(e.violations()).extracting(Violation::messageKey).containsExactly("legal.provider.kind.unknown"));

		Provider firm = administration.createProvider(new ProviderInput("LAW_FIRM", "测试律师事务所", code, "蓬江区", null, true,
				List.of("LEGAL_CONSULTATION", "LAWYER_SERVICE"), null), BUREAU);
		assertThat(firm.creditCode()).isEqualTo(code);

		Practitioner lawyer = administration.createPractitioner(new PractitionerInput(firm.id(), "测试律师", "1440", "13800000001",
				List.of("劳动用工", " 合同 ", "劳动用工"), null, true, true, null), BUREAU);
		assertThat(lawyer.specialties()).containsExactly("劳动用工", "合同");
		assertThat(directory.experts()).extracting(Practitioner::id).contains(lawyer.id());

		// demo-lawyer is 林志明's already; demo-town holds no provider's role.
		for (String username : List.of("demo-lawyer", "demo-town")) {
			assertThatThrownBy(() -> administration.changePractitioner(lawyer.id(), new PractitionerInput(null, "测试律师", "1440", "13800000001",
					List.of("劳动用工"), username, true, true, lawyer.version()), BUREAU))
				.isInstanceOf(ValidationException.class);
		}
		Practitioner away = administration.changePractitioner(lawyer.id(), new PractitionerInput(null, "测试律师", "1440", "13800000001",
				List.of("劳动用工"), "", false, true, lawyer.version()), BUREAU);
		assertThat(away.expert()).isFalse();
		assertThat(directory.experts()).extracting(Practitioner::id).doesNotContain(lawyer.id());
		assertThat(jdbc.sql("SELECT changes::text FROM audit_entry WHERE target_type = 'legal-practitioner' AND target_id = ? ORDER BY id DESC LIMIT 1")
			.param(String.valueOf(lawyer.id())).query(String.class).single()).contains("expert", "specialties").doesNotContain("\"phone\"");
	}

	private long account(String username) {
		return jdbc.sql("SELECT id FROM account WHERE username = ?").param(username).query(Long.class).single();
	}
}
