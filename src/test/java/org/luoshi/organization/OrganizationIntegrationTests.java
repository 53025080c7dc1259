package org.luoshi.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.luoshi.organization.OrganizationFixtures.actAs;
import static org.luoshi.organization.OrganizationFixtures.administratorOf;
import static org.luoshi.organization.OrganizationFixtures.districtAdministrator;
import static org.luoshi.organization.OrganizationFixtures.handlerOf;
import static org.luoshi.organization.OrganizationFixtures.unique;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.organization.UnitCommands.CreateStaff;
import org.luoshi.organization.UnitCommands.CreateUnit;
import org.luoshi.organization.UnitCommands.MoveUnit;
import org.luoshi.organization.UnitCommands.SetStaffActive;
import org.luoshi.organization.UnitCommands.SetUnitActive;
import org.luoshi.organization.UnitCommands.UpdateStaff;
import org.luoshi.organization.UnitCommands.UpdateUnit;
import org.luoshi.shared.AuditableEvent;
import org.luoshi.shared.ConflictException;
import org.luoshi.shared.NotFoundException;
import org.luoshi.shared.Page;
import org.luoshi.shared.PageQuery;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;
import org.luoshi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@IntegrationTest
@RecordApplicationEvents
class OrganizationIntegrationTests {

	@Autowired
	OrganizationDirectory directory;

	@Autowired
	OrganizationAdministration administration;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	UnitSummary development;
	UnitSummary industry;
	UnitSummary justice;
	UnitSummary tangxia;

	@BeforeEach
	void actAsTheDistrictAdministrator() {
		actAs(districtAdministrator());
		development = unit("区发改局");
		industry = unit("区工信局");
		justice = unit("区司法局");
		tangxia = unit("棠下镇");
	}

	@AfterEach
	void signOut() {
		OrganizationFixtures.actAsNobody();
	}

	// ---- names

	@Test
	void resolvesManyNamesAtOnceExactlyAsOneByOne() {
		List<String> names = List.of("区发改局", "江门市蓬江区发展和改革局", "经济发展办", "棠下镇/经济发展办", "区发展改革局");
		for (Long scope : java.util.Arrays.asList(null, tangxia.id())) {
			java.util.Map<String, UnitNameResolution> resolved = directory.resolveUnitNames(names, scope);
			assertThat(resolved.keySet()).containsExactlyElementsOf(names);
			names.forEach(name -> assertThat(resolved.get(name)).as(name + " in " + scope).isEqualTo(directory.resolveUnitName(name, scope)));
		}
		assertThat(directory.resolveUnitNames(names, null).get("江门市蓬江区发展和改革局"))
			.isEqualTo(new UnitNameResolution.Unique("江门市蓬江区发展和改革局", development));
		assertThat(directory.resolveUnitNames(names, tangxia.id()).get("经济发展办")).isInstanceOf(UnitNameResolution.Unique.class);
	}

	// ---- division codes

	@Test
	void townNeedsAKnownNineDigitTownshipCode() {
		assertThat(violationsOf(() -> createUnder(tangxia, UnitType.TOWN, null))).containsExactly("divisionCode:organization.validation.division.required");
		assertThat(violationsOf(() -> createUnder(tangxia, UnitType.TOWN, "4407031"))).containsExactly("divisionCode:organization.validation.division.format");
		assertThat(violationsOf(() -> createUnder(tangxia, UnitType.TOWN, "440703999"))).containsExactly("divisionCode:organization.validation.division.unknown");
		assertThat(violationsOf(() -> createUnder(tangxia, UnitType.TOWN, "440704"))).containsExactly("divisionCode:organization.validation.division.level");
		assertThat(createUnder(development, UnitType.SUBDISTRICT, "440703002").divisionCode()).isEqualTo("440703002");
	}

	@Test
	void departmentsAndOfficesCarryNoDivisionCode() {
		assertThat(violationsOf(() -> createUnder(development, UnitType.DEPARTMENT, "440703101")))
			.containsExactly("divisionCode:organization.validation.division.not-a-place");
		assertThat(violationsOf(() -> createUnder(development, UnitType.OFFICE, "440703")))
			.containsExactly("divisionCode:organization.validation.division.not-a-place");
	}

	@Test
	void reportsEveryViolationAtOnceAndWritesNothing() {
		long units = count("unit");
		assertThat(violationsOf(() -> administration.createUnit(new CreateUnit(development.id(), " ", "简".repeat(31), UnitType.TOWN, "12",
				10_000))))
			.containsExactlyInAnyOrder("name:validation.required", "shortName:validation.too-long", "divisionCode:organization.validation.division.format",
					"sortOrder:organization.validation.sort-order");
		assertThat(count("unit")).isEqualTo(units);

		long staff = count("staff");
		assertThat(violationsOf(() -> administration.createStaff(new CreateStaff(null, "", "职".repeat(51), "12345", "not-an-address"))))
			.containsExactlyInAnyOrder("unitId:validation.required", "name:validation.required", "position:validation.too-long",
					"phone:validation.phone", "email:validation.Email");
		assertThat(count("staff")).isEqualTo(staff);
	}

	// ---- names and the tree

	@Test
	void refusesASecondUnitOfTheSameNameUnderOneParent() {
		String name = unique("综合科");
		administration.createUnit(new CreateUnit(development.id(), name, null, UnitType.OFFICE, null, 1));

		assertThat(violationsOf(() -> administration.createUnit(new CreateUnit(development.id(), name, null, UnitType.OFFICE, null, 2))))
			.containsExactly("name:organization.validation.name.taken");
		assertThat(administration.createUnit(new CreateUnit(industry.id(), name, null, UnitType.OFFICE, null, 1)).parentId())
			.isEqualTo(industry.id());
	}

	@Test
	void movingAUnitRewritesThePathsOfItsWholeSubtree() {
		UnitSummary office = createUnder(development, UnitType.OFFICE, null);
		UnitSummary team = createUnder(office, UnitType.OTHER, null);

		UnitSummary moved = administration.moveUnit(new MoveUnit(office.id(), office.version(), industry.id()));

		assertThat(moved.parentId()).isEqualTo(industry.id());
		assertThat(moved.path()).isEqualTo(industry.path() + office.id() + "/");
		assertThat(directory.findUnit(team.id()).orElseThrow().path()).isEqualTo(industry.path() + office.id() + "/" + team.id() + "/");
		assertThat(directory.subtreeIds(industry.id())).contains(office.id(), team.id());
		assertThat(directory.subtreeIds(development.id())).doesNotContain(office.id(), team.id());
	}

	@Test
	void refusesToMoveAUnitUnderItselfOrItsOwnSubtree() {
		UnitSummary office = createUnder(development, UnitType.OFFICE, null);
		UnitSummary team = createUnder(office, UnitType.OTHER, null);

		assertThat(violationsOf(() -> administration.moveUnit(new MoveUnit(office.id(), office.version(), team.id()))))
			.containsExactly("parentId:organization.validation.parent.cycle");
		assertThat(violationsOf(() -> administration.moveUnit(new MoveUnit(office.id(), office.version(), office.id()))))
			.containsExactly("parentId:organization.validation.parent.cycle");
		assertThat(directory.findUnit(office.id()).orElseThrow().path()).isEqualTo(office.path());
	}

	@Test
	void refusesToDeactivateAUnitWhileItHasActiveSubUnits() {
		UnitSummary office = createUnder(development, UnitType.OFFICE, null);
		UnitSummary team = createUnder(office, UnitType.OTHER, null);

		assertThat(violationsOf(() -> administration.setUnitActive(new SetUnitActive(office.id(), office.version(), false))))
			.containsExactly(":organization.validation.deactivate.children");
		assertThat(directory.findUnit(office.id()).orElseThrow().active()).isTrue();

		administration.setUnitActive(new SetUnitActive(team.id(), team.version(), false));
		assertThat(administration.setUnitActive(new SetUnitActive(office.id(), office.version(), false)).active()).isFalse();
		assertThat(violationsOf(() -> administration.setUnitActive(new SetUnitActive(team.id(), team.version() + 1, true))))
			.containsExactly(":organization.validation.parent.inactive");
	}

	@Test
	void refusesAStaleVersionAndKeepsTheOtherPersonsSave() {
		UnitSummary office = createUnder(development, UnitType.OFFICE, null);
		String theirs = unique("他人保存");
		administration.updateUnit(new UpdateUnit(office.id(), office.version(), theirs, null, UnitType.OFFICE, null, 3));

		assertThatThrownBy(() -> administration.updateUnit(new UpdateUnit(office.id(), office.version(), unique("我的修改"), null,
				UnitType.OFFICE, null, 4)))
			.isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> administration.moveUnit(new MoveUnit(office.id(), office.version(), industry.id())))
			.isInstanceOf(ConflictException.class);
		assertThat(directory.findUnit(office.id()).orElseThrow()).satisfies(unit -> {
			assertThat(unit.name()).isEqualTo(theirs);
			assertThat(unit.parentId()).isEqualTo(development.id());
		});
	}

	@Test
	void theDistrictRootCannotBeMovedDeactivatedOrRetyped() {
		UnitSummary root = unit("江门市蓬江区");
		assertThat(root.parentId()).isNull();

		assertThat(violationsOf(() -> administration.moveUnit(new MoveUnit(root.id(), root.version(), development.id()))))
			.containsExactly("parentId:organization.validation.root.move");
		assertThat(violationsOf(() -> administration.setUnitActive(new SetUnitActive(root.id(), root.version(), false))))
			.contains(":organization.validation.root.deactivate");
		assertThat(violationsOf(() -> administration.updateUnit(new UpdateUnit(root.id(), root.version(), root.name(), root.shortName(),
				UnitType.DEPARTMENT, null, 0))))
			.containsExactly("type:organization.validation.root.type");
		assertThat(violationsOf(() -> administration.createUnit(new CreateUnit(null, unique("第二个区"), null, UnitType.DISTRICT, "440704", 0))))
			.containsExactly("parentId:validation.required");
	}

	// ---- data scope and permission

	@Test
	void aTownAdministratorNeitherSeesNorEditsTheJusticeBureau() {
		UnitSummary townOffice = unit("棠下镇经济发展办公室");
		actAs(administratorOf(tangxia.id()));

		assertThatThrownBy(() -> administration.updateUnit(new UpdateUnit(justice.id(), justice.version(), "改名", null,
				UnitType.DEPARTMENT, null, 0)))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> administration.setUnitActive(new SetUnitActive(justice.id(), justice.version(), false)))
			.isInstanceOf(NotFoundException.class);
		// Naming an out-of-scope unit as parent or unit reads like naming one that does not exist: no ids can be probed.
		assertThat(violationsOf(() -> administration.createUnit(new CreateUnit(justice.id(), unique("科"), null, UnitType.OFFICE, null, 0))))
			.containsExactly("parentId:organization.validation.parent.unknown");
		assertThat(violationsOf(() -> administration.createStaff(new CreateStaff(justice.id(), "张三", null, null, null))))
			.containsExactly("unitId:organization.validation.unit.unknown");
		assertThat(violationsOf(() -> administration.moveUnit(new MoveUnit(townOffice.id(), townOffice.version(), justice.id()))))
			.containsExactly("parentId:organization.validation.parent.unknown");
		StaffSummary lawyer = directory.staff(new StaffQuery(justice.id(), "谢文博", false), page(), districtAdministrator()).items().get(0);
		assertThatThrownBy(() -> administration.setStaffActive(new SetStaffActive(lawyer.id(), lawyer.version(), false)))
			.isInstanceOf(NotFoundException.class);

		assertThat(directory.isVisibleTo(justice.id(), administratorOf(tangxia.id()))).isFalse();
		assertThat(directory.staff(StaffQuery.all(), page(), administratorOf(tangxia.id())).items())
			.extracting(StaffSummary::name).contains("梁家豪", "吴敏仪").doesNotContain("谢文博");
		assertThat(administration.createUnit(new CreateUnit(townOffice.id(), unique("调解组"), null, UnitType.OTHER, null, 0)).path())
			.startsWith(tangxia.path());
	}

	@Test
	void aUnitHandlerMayReadButNotWrite() {
		actAs(handlerOf(tangxia.id()));

		assertThatThrownBy(() -> administration.updateUnit(new UpdateUnit(tangxia.id(), tangxia.version(), tangxia.name(), "改",
				UnitType.TOWN, tangxia.divisionCode(), 0)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> administration.createStaff(new CreateStaff(tangxia.id(), "张三", null, null, null)))
			.isInstanceOf(AccessDeniedException.class);
		// Outside their scope the answer stays 404, not 403: it must not confirm that the unit exists.
		assertThatThrownBy(() -> administration.updateUnit(new UpdateUnit(justice.id(), justice.version(), "改名", null,
				UnitType.DEPARTMENT, null, 0)))
			.isInstanceOf(NotFoundException.class);
	}

	// ---- staff

	@Test
	void staffMayStayInADeactivatedUnitButNotJoinOne() {
		UnitSummary office = createUnder(development, UnitType.OFFICE, null);
		StaffSummary clerk = administration.createStaff(new CreateStaff(office.id(), unique("办事员"), "科员", "13900001111", null));
		UnitSummary closed = administration.setUnitActive(new SetUnitActive(office.id(), office.version(), false));

		StaffSummary edited = administration.updateStaff(new UpdateStaff(clerk.id(), clerk.version(), closed.id(), clerk.name(), "副科长",
				clerk.phone(), "clerk@pengjiang.gov.cn"));
		assertThat(edited.position()).isEqualTo("副科长");
		assertThat(violationsOf(() -> administration.createStaff(new CreateStaff(closed.id(), unique("新人"), null, null, null))))
			.containsExactly("unitId:organization.validation.unit.inactive");

		StaffSummary away = administration.setStaffActive(new SetStaffActive(edited.id(), edited.version(), false));
		assertThat(violationsOf(() -> administration.setStaffActive(new SetStaffActive(away.id(), away.version(), true))))
			.containsExactly("unitId:organization.validation.unit.inactive");
	}

	@Test
	void staffListIsPagedSortedAndFilteredBySubtree() {
		Page<StaffSummary> justiceStaff = directory.staff(new StaffQuery(justice.id(), null, false), page(), districtAdministrator());
		assertThat(justiceStaff.items()).extracting(StaffSummary::name).contains("谢文博", "冯嘉欣");
		assertThat(justiceStaff.items()).allSatisfy(staff -> assertThat(directory.findUnit(staff.unitId()).orElseThrow().isWithin(justice.id())).isTrue());

		Page<StaffSummary> firstTwo = directory.staff(StaffQuery.all(), PageQuery.of(0, 2, "unit,asc", "name", StaffQuery.SORTABLE),
				districtAdministrator());
		assertThat(firstTwo.items()).hasSize(2);
		assertThat(firstTwo.total()).isGreaterThanOrEqualTo(11);
		assertThat(firstTwo.items().get(0).name()).isEqualTo("黄国栋"); // the district's own staff come first in tree order
		assertThat(directory.staff(new StaffQuery(null, "督查", false), page(), districtAdministrator()).items())
			.extracting(StaffSummary::name).contains("林晓燕");
		assertThat(directory.staff(new StaffQuery(null, "林\\晓燕", false), page(), districtAdministrator()).items())
			.as("a typed backslash is a backslash, not LIKE's escape").isEmpty();
	}

	// ---- audit

	@Test
	void everyWritePublishesAnAuditableEventWithItsChanges() {
		UnitSummary office = createUnder(development, UnitType.OFFICE, null);
		UnitSummary renamed = administration.updateUnit(new UpdateUnit(office.id(), office.version(), office.name() + "改", null,
				UnitType.OFFICE, null, 5));
		administration.moveUnit(new MoveUnit(renamed.id(), renamed.version(), industry.id()));

		List<AuditableEvent> trail = events.stream(AuditableEvent.class).filter(e -> e.targetId().equals(String.valueOf(office.id()))).toList();
		assertThat(trail).extracting(AuditableEvent::action)
			.containsExactly("organization.unit.created", "organization.unit.updated", "organization.unit.moved");
		assertThat(trail.get(1).changes()).containsKeys("name", "sortOrder").doesNotContainKey("type");
		assertThat(trail.get(2).changes().get("parent")).isEqualTo(new AuditableEvent.Change(development.name(), industry.name()));
	}

	// ---- helpers

	UnitSummary unit(String name) {
		return directory.findUnitByName(name).orElseThrow();
	}

	UnitSummary createUnder(UnitSummary parent, UnitType type, String divisionCode) {
		return administration.createUnit(new CreateUnit(parent.id(), unique("单位"), null, type, divisionCode, 0));
	}

	long count(String table) {
		return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
	}

	static PageQuery page() {
		return PageQuery.of(0, 200, null, "name", StaffQuery.SORTABLE);
	}

	/** The violations of a refused write as {@code field:messageKey}; fails when the write was not refused. */
	static List<String> violationsOf(Runnable write) {
		try {
			write.run();
		}
		catch (ValidationException e) {
			return e.violations().stream().map(OrganizationIntegrationTests::describe).toList();
		}
		throw new AssertionError("the write was not refused");
	}

	static String describe(Violation violation) {
		return (violation.field() == null ? "" : violation.field()) + ":" + violation.messageKey();
	}
}
