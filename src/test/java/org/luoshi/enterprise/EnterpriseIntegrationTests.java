package org.luoshi.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.luoshi.enterprise.EnterpriseFixtures.HETANG;
import static org.luoshi.enterprise.EnterpriseFixtures.TANGXIA;
import static org.luoshi.enterprise.EnterpriseFixtures.input;
import static org.luoshi.enterprise.EnterpriseFixtures.newCode;
import static org.luoshi.enterprise.EnterpriseFixtures.uniqueName;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.luoshi.enterprise.internal.EnterpriseFilter;
import org.luoshi.enterprise.internal.EnterpriseInput;
import org.luoshi.enterprise.internal.EnterpriseInput.ContactInput;
import org.luoshi.enterprise.internal.EnterpriseRecord;
import org.luoshi.enterprise.internal.EnterpriseService;
import org.luoshi.search.Search;
import org.luoshi.search.SearchHit;
import org.luoshi.search.SearchQuery;
import org.luoshi.shared.Actor;
import org.luoshi.shared.ConflictException;
import org.luoshi.shared.NotFoundException;
import org.luoshi.shared.PageQuery;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;
import org.luoshi.support.Acting;
import org.luoshi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** The registry's services on PostgreSQL: validation, the scope of each role and town, history, audit and search. */
@IntegrationTest
class EnterpriseIntegrationTests {

	@Autowired
	EnterpriseService registry;

	@Autowired
	EnterpriseDirectory directory;

	@Autowired
	EnterpriseFixtures fixtures;

	@Autowired
	Search search;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void signOut() {
		Acting.actAsNobody();
	}

	@Test
	void aTownRegistersAnEnterpriseWithItsContactsHistoryAuditEntryAndSearchDocument() {
		Actor tangxia = fixtures.tangxia();
		Acting.actAs(tangxia);
		String code = newCode();
		String name = uniqueName("翠鸟电子");

		EnterpriseService.Saved saved = registry.register(input(code.toLowerCase(), name, TANGXIA), tangxia);

		EnterpriseRecord enterprise = registry.details(saved.enterprise().id(), tangxia);
		assertThat(enterprise.creditCode()).isEqualTo(code);
		assertThat(enterprise.townName()).isEqualTo("棠下镇");
		assertThat(enterprise.industry()).isEqualTo(IndustrySection.C);
		assertThat(enterprise.contacts()).extracting(c -> c.phone()).containsExactly("13812345678");
		assertThat(saved.warnings()).isEmpty();
		assertThat(registry.manages(enterprise, tangxia)).isTrue();
		assertThat(registry.timeline(enterprise, tangxia)).extracting(EnterpriseTimelineEntry::messageKey)
			.containsExactly("enterprise.timeline.REGISTERED");
		Map<String, Object> audit = jdbc.sql("SELECT actor_username, target_label, changes::text AS changes FROM audit_entry "
				+ "WHERE action = 'enterprise.registered' AND target_type = 'enterprise' AND target_id = ?")
			.param(String.valueOf(enterprise.id())).query().singleRow();
		assertThat(audit.get("actor_username")).isEqualTo("demo-town");
		assertThat(audit.get("target_label")).isEqualTo(name);
		assertThat((String) audit.get("changes")).contains(code).contains("contact1.phone").contains("13812345678");
		assertThat(found(name, tangxia)).contains(enterprise.id());
	}

	@Test
	void aWrongCreditCodeIsRefusedWithTheExpectedCheckCharacterAndNothingChanges() {
		String code = newCode();
		char wrong = code.charAt(17) == '0' ? '1' : '0';
		long before = jdbc.sql("SELECT count(*) FROM enterprise").query(Long.class).single();

		assertThat(violations(() -> registry.register(input(code.substring(0, 17) + wrong, uniqueName("错码"), TANGXIA), fixtures.tangxia())))
			.containsExactly(Violation.of("creditCode", "enterprise.credit-code.check", String.valueOf(code.charAt(17)), String.valueOf(wrong)));
		assertThat(jdbc.sql("SELECT count(*) FROM enterprise").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void everyProblemOfTheInputIsReportedAtOnce() {
		EnterpriseInput input = new EnterpriseInput(newCode(), " ", "张伟", "", "440703999", null, "Z9", "HUGE", List.of("CPPCC_MEMBER", "VIP"),
				null, null, List.of(new ContactInput(null, null, "12345", "not-an-address")));

		assertThat(violations(() -> registry.register(input, fixtures.office()))).extracting(Violation::field, Violation::messageKey)
			.containsExactlyInAnyOrder(
					org.assertj.core.groups.Tuple.tuple("name", "validation.required"),
					org.assertj.core.groups.Tuple.tuple("address", "validation.required"),
					org.assertj.core.groups.Tuple.tuple("divisionCode", "enterprise.validation.division.unknown"),
					org.assertj.core.groups.Tuple.tuple("industry", "enterprise.validation.industry"),
					org.assertj.core.groups.Tuple.tuple("scale", "enterprise.validation.scale"),
					org.assertj.core.groups.Tuple.tuple("tags", "enterprise.validation.tag"),
					org.assertj.core.groups.Tuple.tuple("cppccMember", "enterprise.validation.cppcc-member.required"),
					org.assertj.core.groups.Tuple.tuple("contacts[0].name", "validation.required"),
					org.assertj.core.groups.Tuple.tuple("contacts[0].phone", "validation.phone"),
					org.assertj.core.groups.Tuple.tuple("contacts[0].email", "validation.Email"));
	}

	@Test
	void anUnknownDivisionCodeListsTheDistrictsTowns() {
		Violation violation = violations(() -> registry.register(input(newCode(), uniqueName("区划"), "440704100"), fixtures.office())).get(0);

		assertThat(violation.messageKey()).isEqualTo("enterprise.validation.division.unknown");
		assertThat(violation.arguments().get(1).toString()).contains("440703101 棠下镇").contains("440703002 白沙街道");
	}

	@Test
	void aTownRegistersOnlyInItsOwnTownAndADepartmentNowhere() {
		Violation outside = violations(() -> registry.register(input(newCode(), uniqueName("越界"), HETANG), fixtures.tangxia())).get(0);
		assertThat(outside.messageKey()).isEqualTo("enterprise.validation.division.outside-scope");
		assertThat(outside.arguments()).containsExactly("荷塘镇", "440703101 棠下镇");

		assertThat(violations(() -> registry.register(input(newCode(), uniqueName("部门"), TANGXIA), fixtures.justice())))
			.extracting(Violation::messageKey).containsExactly("enterprise.validation.division.no-town");
		assertThatThrownBy(() -> registry.register(input(newCode(), uniqueName("领导"), TANGXIA), fixtures.leader()))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void anotherTownsEnterpriseIsNotFoundAndNotListed() {
		EnterpriseRecord inTangxia = registry.register(input(newCode(), uniqueName("棠下"), TANGXIA), fixtures.office()).enterprise();
		Actor hetang = fixtures.hetang();

		assertThatThrownBy(() -> registry.details(inTangxia.id(), hetang)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> registry.update(inTangxia.id(), inTangxia.version(), input(inTangxia.creditCode(), "改名", TANGXIA), hetang))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> registry.details(inTangxia.id(), fixtures.justice())).isInstanceOf(NotFoundException.class);
		assertThat(directory.isVisibleTo(inTangxia.id(), hetang)).isFalse();
		assertThat(directory.isVisibleTo(inTangxia.id(), fixtures.tangxia())).isTrue();
		assertThat(ids(registry.list(EnterpriseFilter.none(), page(), hetang).items())).doesNotContain(inTangxia.id());
		assertThat(registry.list(EnterpriseFilter.none(), page(), hetang).items()).allMatch(e -> e.divisionCode().equals(HETANG));
		assertThat(registry.list(EnterpriseFilter.none(), page(), fixtures.justice()).total()).isZero();
		assertThat(found(inTangxia.name(), hetang)).doesNotContain(inTangxia.id());
		assertThat(found(inTangxia.name(), fixtures.justice())).isEmpty();
	}

	@Test
	void theDistrictOfficeSeesAndManagesEveryTownAndALeaderReadsWithoutManaging() {
		EnterpriseRecord inHetang = registry.register(input(newCode(), uniqueName("荷塘"), HETANG), fixtures.hetang()).enterprise();

		assertThat(registry.manages(registry.details(inHetang.id(), fixtures.office()), fixtures.office())).isTrue();
		assertThat(found(inHetang.name(), fixtures.office())).contains(inHetang.id());
		EnterpriseRecord forLeader = registry.details(inHetang.id(), fixtures.leader());
		assertThat(registry.manages(forLeader, fixtures.leader())).isFalse();
		assertThat(found(inHetang.name(), fixtures.leader())).contains(inHetang.id());
		assertThatThrownBy(() -> registry.update(inHetang.id(), inHetang.version(), input(inHetang.creditCode(), "改名", HETANG),
				fixtures.leader())).isInstanceOf(AccessDeniedException.class);
		assertThat(registry.list(new EnterpriseFilter(null, HETANG, null, null, null), page(), fixtures.office()).items())
			.extracting(EnterpriseRecord::id).contains(inHetang.id());
		assertThat(found(inHetang.name(), fixtures.actor("demo-sysadmin"))).as("no enterprise:read").isEmpty();
	}

	@Test
	void anEditFromAStaleVersionIsRefusedAndChangesNothing() {
		Actor tangxia = fixtures.tangxia();
		EnterpriseRecord registered = registry.register(input(newCode(), uniqueName("版本"), TANGXIA), tangxia).enterprise();
		registry.update(registered.id(), registered.version(), input(registered.creditCode(), registered.name() + "一", TANGXIA), tangxia);

		assertThatThrownBy(() -> registry.update(registered.id(), registered.version(), input(registered.creditCode(), "旧版本的改名", TANGXIA),
				tangxia)).isInstanceOf(ConflictException.class);
		assertThat(registry.details(registered.id(), tangxia).name()).isEqualTo(registered.name() + "一");
	}

	@Test
	void anEditWritesTheChangedFieldsToTheHistoryAndTheValuesToTheAuditTrail() {
		Actor tangxia = fixtures.tangxia();
		Acting.actAs(tangxia);
		EnterpriseRecord registered = registry.register(input(newCode(), uniqueName("修改"), TANGXIA), tangxia).enterprise();
		EnterpriseInput changed = new EnterpriseInput(registered.creditCode(), registered.name() + "（新）", "张伟", "江门市蓬江区测试路1号",
				TANGXIA, null, "C", "SMALL", List.of("ABOVE_DESIGNATED_SIZE"), null, null,
				List.of(new ContactInput("王芳", "办公室主任", "13987654321", "wangfang@example.com")));

		EnterpriseRecord edited = registry.update(registered.id(), registered.version(), changed, tangxia).enterprise();

		assertThat(edited.version()).isEqualTo(registered.version() + 1);
		EnterpriseTimelineEntry latest = registry.timeline(edited, tangxia).get(0);
		assertThat(latest.messageKey()).isEqualTo("enterprise.timeline.EDITED");
		assertThat(latest.itemKeys()).containsExactly("enterprise.field.name", "enterprise.field.contacts");
		String changes = jdbc.sql("SELECT changes::text FROM audit_entry WHERE action = 'enterprise.updated' AND target_id = ?")
			.param(String.valueOf(registered.id())).query(String.class).single();
		assertThat(changes).contains("13987654321").contains("13812345678").contains("（新）").doesNotContain("legalRepresentative");
		assertThat(found(edited.name(), tangxia)).contains(edited.id());
	}

	@Test
	void aCodeIsRegisteredOnceAndTheRefusalNamesItsTown() {
		String code = newCode();
		registry.register(input(code, uniqueName("首次"), HETANG), fixtures.office());

		assertThat(violations(() -> registry.register(input(code, uniqueName("再次"), TANGXIA), fixtures.tangxia())))
			.containsExactly(Violation.of("creditCode", "enterprise.validation.credit-code.taken", code, "荷塘镇"));
	}

	@Test
	void aSubjectCodeFailingGb11714IsSavedWithAWarning() {
		CreditCode failing = CreditCode.parse(EnterpriseFixtures.newCodeFailingItsSubjectCheck());
		assertThat(failing.subjectCodeChecks()).isFalse();

		EnterpriseService.Saved saved = registry.register(input(failing.value(), uniqueName("告警"), TANGXIA), fixtures.tangxia());

		assertThat(saved.warnings()).extracting(Violation::messageKey).containsExactly("enterprise.credit-code.subject-check");
		assertThat(registry.details(saved.enterprise().id(), fixtures.tangxia()).creditCode()).isEqualTo(failing.value());
	}

	@Test
	void movingAnEnterpriseToAnotherTownMovesWhoFindsIt() {
		EnterpriseRecord registered = registry.register(input(newCode(), uniqueName("搬迁"), TANGXIA), fixtures.office()).enterprise();
		assertThat(found(registered.name(), fixtures.tangxia())).contains(registered.id());

		registry.update(registered.id(), registered.version(), input(registered.creditCode(), registered.name(), HETANG), fixtures.office());

		assertThat(found(registered.name(), fixtures.tangxia())).doesNotContain(registered.id());
		assertThat(found(registered.name(), fixtures.hetang())).contains(registered.id());
		assertThatThrownBy(() -> registry.details(registered.id(), fixtures.tangxia())).isInstanceOf(NotFoundException.class);
	}

	@Test
	void theDirectoryAnswersSummariesByIdAndCreditCodeForOtherModules() {
		String code = newCode();
		EnterpriseRecord registered = registry.register(input(code, uniqueName("目录"), TANGXIA), fixtures.office()).enterprise();

		EnterpriseSummary summary = directory.findByCreditCode(" " + code.toLowerCase() + " ").orElseThrow();
		assertThat(summary.id()).isEqualTo(registered.id());
		assertThat(summary.townName()).isEqualTo("棠下镇");
		assertThat(summary.townUnitId()).isEqualTo(fixtures.unit("棠下镇"));
		assertThat(summary.tags()).containsExactly(EnterpriseTag.ABOVE_DESIGNATED_SIZE);
		assertThat(directory.find(List.of(registered.id(), -1L))).containsOnlyKeys(registered.id());
		assertThat(directory.find(registered.id())).contains(summary);
		assertThat(directory.findByCreditCode("不是代码")).isEmpty();
	}

	@Test
	void theListFiltersByTownIndustryTagScaleAndWords() {
		String name = uniqueName("筛选");
		EnterpriseInput food = new EnterpriseInput(newCode(), name, "李娜", "江门市蓬江区杜阮镇筛选路2号", "440703103", "大型产业集聚区蓬江片区", "C1431",
				"MEDIUM", List.of("CLUSTER_HEALTH_FOOD", "CPPCC_MEMBER"), "李娜", null, List.of());
		EnterpriseRecord registered = registry.register(food, fixtures.office()).enterprise();
		Actor office = fixtures.office();

		assertThat(ids(registry.list(new EnterpriseFilter(name.substring(3, 8), "440703103", IndustrySection.C, EnterpriseTag.CLUSTER_HEALTH_FOOD,
				EnterpriseScale.MEDIUM), page(), office).items())).containsExactly(registered.id());
		assertThat(ids(registry.list(new EnterpriseFilter(registered.creditCode().substring(0, 12).toLowerCase(), null, null, null, null), page(),
				office).items())).contains(registered.id());
		assertThat(ids(registry.list(new EnterpriseFilter(name, null, null, null, EnterpriseScale.SMALL), page(), office).items())).isEmpty();
		assertThat(ids(registry.list(new EnterpriseFilter(name, null, null, EnterpriseTag.SPECIALIZED_INNOVATIVE, null), page(), office).items()))
			.isEmpty();
		assertThat(ids(registry.list(new EnterpriseFilter(name, TANGXIA, null, null, null), page(), office).items())).isEmpty();
	}

	@Test
	void demoDataHasEnterprisesInEveryTownWithComputedCodesAndTheSeedsTwo() {
		List<Map<String, Object>> towns = jdbc.sql("SELECT division_code, count(*) AS n FROM enterprise WHERE note LIKE '演示数据%' "
				+ "GROUP BY division_code ORDER BY division_code").query().listOfRows();
		assertThat(towns).extracting(row -> row.get("division_code"))
			.containsExactly("440703002", "440703005", "440703006", "440703101", "440703102", "440703103");
		jdbc.sql("SELECT credit_code FROM enterprise WHERE note LIKE '演示数据%'").query(String.class).list()
			.forEach(code -> assertThat(CreditCode.read(code, "creditCode").warnings()).as(code).isEmpty());
		assertThat(directory.findByCreditCode(jdbc.sql("SELECT credit_code FROM enterprise WHERE name = '朝光通信有限公司'")
			.query(String.class).single())).get().extracting(EnterpriseSummary::cppccMember).isNotNull();
		assertThat(jdbc.sql("SELECT count(*) FROM enterprise WHERE name IN ('朝光通信有限公司', '中泰纸品有限公司')").query(Long.class).single())
			.isEqualTo(2);
		assertThat(jdbc.sql("SELECT count(*) FROM enterprise WHERE 'CPPCC_MEMBER' = ANY (tags) AND note LIKE '演示数据%'").query(Long.class).single())
			.isEqualTo(12);
	}

	private List<Long> found(String text, Actor actor) {
		return search.search(new SearchQuery(text, "enterprise", 0, 50), actor).items().stream().map(SearchHit::id).map(Long::valueOf)
			.toList();
	}

	private static List<Long> ids(List<EnterpriseRecord> records) {
		return records.stream().map(EnterpriseRecord::id).toList();
	}

	private static PageQuery page() {
		return new PageQuery(0, 200, "name", true);
	}

	private static List<Violation> violations(Runnable write) {
		try {
			write.run();
		}
		catch (ValidationException e) {
			return e.violations();
		}
		throw new AssertionError("expected a ValidationException");
	}
}
