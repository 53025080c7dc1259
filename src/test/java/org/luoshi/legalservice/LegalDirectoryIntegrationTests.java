package org.luoshi.legalservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.luoshi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/** The legal service module's reference data as the demo loads it, and the conflict check on engagements. */
@IntegrationTest
@Transactional
class LegalDirectoryIntegrationTests {

	@Autowired
	LegalDirectory directory;

	@Autowired
	ConflictCheck conflicts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theFourParksPointsOfferTheirServicesAndDemoLegalStaffsTangxia() {
		assertThat(directory.points(true)).extracting(ServicePoint::park).contains("蓬江产业园", "棠下产业园", "荷塘康溪产业园", "火炬园");
		ServicePoint tangxia = directory.points(true).stream().filter(point -> point.park().equals("棠下产业园")).findFirst().orElseThrow();
		assertThat(tangxia.serviceCodes()).containsExactly("LEGAL_PUBLICITY", "NOTARIZATION", "LEGAL_CONSULTATION", "JUDICIAL_APPRAISAL",
				"MEDIATION", "LEGAL_AID");
		long demoLegal = account("demo-legal");
		assertThat(directory.pointsStaffedBy(demoLegal)).contains(tangxia.id()); // and those a test added them to
		assertThat(tangxia.staffedBy(demoLegal)).isTrue();
		assertThat(directory.pointsStaffedBy(account("demo-town"))).isEmpty();
	}

	@Test
	void theServiceListFollowsThe12348CategoriesWithTheExamInactive() {
		assertThat(directory.services(false)).hasSize(10);
		assertThat(directory.services(true)).extracting(LegalServiceType::code).doesNotContain("BAR_EXAM").contains("MEDIATION", "LEGAL_AID");
		assertThat(directory.service("MEDIATION").orElseThrow().name(java.util.Locale.ENGLISH)).isEqualTo("People's mediation");
	}

	@Test
	void theExpertGroupIsTheFourLawyersAndDemoLawyerIsOneOfThem() {
		assertThat(directory.experts()).extracting(Practitioner::name).containsExactly("林志明", "陈雅琪", "黄伟强", "刘婉婷");
		Practitioner lin = directory.practitionerOfAccount(account("demo-lawyer")).orElseThrow();
		assertThat(lin.name()).isEqualTo("林志明");
		assertThat(lin.providerKind()).isEqualTo(ProviderKind.LAW_FIRM);
		assertThat(directory.provider(lin.providerId()).orElseThrow().creditCode()).hasSize(18);
	}

	@Test
	void aPractitionerWhoseFirmActedForTheOtherPartyIsExcludedAndToldWhy() {
		Practitioner lin = expert("林志明");
		Practitioner chen = expert("陈雅琪"); // the same firm
		Practitioner huang = expert("黄伟强"); // another firm
		Party company = new Party("江门市示例电子有限公司", "91440703MA00000011");
		conflicts.recordEngagement(lin.id(), company, "劳动争议调解", "test", 1L, LocalDate.of(2026, 3, 2));
		conflicts.recordEngagement(lin.id(), company, "劳动争议调解", "test", 1L, LocalDate.of(2026, 3, 2)); // recorded once

		assertThat(conflicts.conflicts(lin.id(), List.of(company))).singleElement().satisfies(conflict -> {
			assertThat(conflict.byProvider()).isFalse();
			assertThat(conflict.partyName()).isEqualTo("江门市示例电子有限公司");
			assertThat(conflict.matter()).isEqualTo("劳动争议调解");
		});
		// Known by its name alone the other party is found as well; the colleague is excluded for the firm's engagement.
		assertThat(conflicts.conflicts(chen.id(), List.of(new Party(" 江门市示例电子有限公司 ", null)))).singleElement()
			.satisfies(conflict -> {
				assertThat(conflict.byProvider()).isTrue();
				assertThat(conflict.actedBy()).isEqualTo("林志明");
			});
		assertThat(conflicts.conflicts(huang.id(), List.of(company))).isEmpty();
		assertThat(conflicts.conflicts(lin.id(), List.of(new Party("另一家公司", "91440703MA00000029")))).isEmpty();
		assertThat(jdbc.sql("SELECT count(*) FROM legal_engagement WHERE party_key = ?").param(company.key()).query(Long.class).single())
			.as("no ID number or code kept in clear").isEqualTo(1L);
	}

	private Practitioner expert(String name) {
		return directory.experts().stream().filter(expert -> expert.name().equals(name)).findFirst().orElseThrow();
	}

	private long account(String username) {
		return jdbc.sql("SELECT id FROM account WHERE username = ?").param(username).query(Long.class).single();
	}
}
