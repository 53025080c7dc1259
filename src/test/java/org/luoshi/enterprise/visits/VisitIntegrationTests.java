package org.luoshi.enterprise.visits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.luoshi.enterprise.EnterpriseFixtures;
import org.luoshi.enterprise.visits.internal.VisitInput;
import org.luoshi.enterprise.visits.internal.VisitService;
import org.luoshi.identity.Role;
import org.luoshi.shared.Actor;
import org.luoshi.shared.ValidationException;
import org.luoshi.support.ApiClient;
import org.luoshi.support.Auditors;
import org.luoshi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** The visits through the real services: refusals of those who read but may not record, what the directory publishes, notifications. */
@IntegrationTest
class VisitIntegrationTests {

	@Autowired
	VisitService visits;

	@Autowired
	VisitDirectory directory;

	@Autowired
	EnterpriseFixtures people;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	@Test
	void aReaderWhoMayNotRecordSeesTheVisitButEveryStepIs403AndNothingChanges() {
		long planned = plannedByTangxia();
		// The supervision office reads the registry of the whole district but does not record visits.
		Actor supervisor = new Actor(9102L, "test-supervisor", "督查室", null, Role.SUPERVISOR.permissions());

		assertThat(visits.details(planned, supervisor).actions().steps()).isEmpty();
		assertThatThrownBy(() -> visits.cancel(planned, 0, "不去了", supervisor)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> visits.record(planned, 0, new VisitInput.Recording(today().toString(), "x", List.of()), List.of(), supervisor))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> visits.plan(input(people.unit("棠下镇")), supervisor)).isInstanceOf(AccessDeniedException.class);
		assertThat(jdbc.sql("SELECT status || ':' || version FROM visit WHERE id = ?").param(planned).query(String.class).single())
			.isEqualTo("PLANNED:0");
	}

	@Test
	void theDirectoryGivesTheVisitWithItsEnterprisesAndItsRule() {
		long planned = plannedByTangxia();

		VisitSummary summary = directory.find(planned).orElseThrow();
		assertThat(summary.status()).isEqualTo(VisitStatus.PLANNED);
		assertThat(summary.enterpriseIds()).containsExactly(laser());
		assertThat(directory.isVisibleTo(planned, people.tangxia())).isTrue();
		assertThat(directory.isRecordableBy(planned, people.tangxia())).isTrue();
		assertThat(directory.isVisibleTo(planned, people.hetang())).isFalse();
		assertThat(directory.isVisibleTo(planned, people.justice())).isFalse();
		assertThat(directory.isVisibleTo(planned, people.leader())).isTrue();
	}

	@Test
	void aVisitPlannedByAnotherUnitTellsTheTownWhoseEnterpriseItCovers() {
		long before = jdbc.sql("SELECT coalesce(max(id), 0) FROM notification").query(Long.class).single();
		long id = visits.plan(input(people.unit("区政协")), people.office()).visit().id();

		// Delivered once the step has committed, by the notification module's listener.
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
				jdbc.sql("SELECT message_key FROM notification WHERE id > ? AND link = ?").params(before, "/visits/" + id)
					.query(String.class).list())
			.contains("visits.notify.planned"));
	}

	@Test
	void anEnterpriseTheWriterMayNotSeeIsRefusedWithTheOthersAndTheVisitStaysAsItWas() {
		long planned = plannedByTangxia();
		long hetang = jdbc.sql("SELECT id FROM enterprise WHERE name = '江门市荷塘纺织服装有限公司'").query(Long.class).single();
		VisitInput withHetang = new VisitInput("LEADER", today().plusDays(2).toString(), null, "", null, List.of(), people.unit("棠下镇"), "了解情况",
				null, List.of(new VisitInput.Covered(laser(), null), new VisitInput.Covered(hetang, null)));

		assertThatThrownBy(() -> visits.edit(planned, 0, withHetang, people.tangxia()))
			.isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
				.extracting(v -> v.messageKey())
				.containsExactlyInAnyOrder("validation.required", "visits.validation.enterprise.unknown"));
		assertThat(directory.find(planned).orElseThrow().enterpriseIds()).containsExactly(laser());
		assertThat(Set.of(jdbc.sql("SELECT version FROM visit WHERE id = ?").param(planned).query(Integer.class).single())).containsExactly(0);
	}

	@Test
	void theOrganizingUnitsAuditorsReadAVisitsEntriesAndNoOthers() {
		long townsVisit = plannedByTangxia();
		visits.cancel(townsVisit, 0, "领导另有安排", people.tangxia());
		// The CPPCC's visit to the same 棠下镇 enterprise is the CPPCC's: the town sees neither it nor its entries.
		long cppccVisit = visits.plan(input(people.unit("区政协")), people.office()).visit().id();

		ApiClient tangxia = ApiClient.signIn(port, Auditors.scopedTo(jdbc, "棠下镇"));
		assertThat(Auditors.actionsOn(tangxia, "visit", townsVisit)).containsExactly("visit.planned", "visit.cancelled");
		assertThat(Auditors.actionsOn(tangxia, "visit", cppccVisit)).isEmpty();
		ApiClient cppcc = ApiClient.signIn(port, Auditors.scopedTo(jdbc, "区政协"));
		assertThat(Auditors.actionsOn(cppcc, "visit", cppccVisit)).containsExactly("visit.planned");
		assertThat(Auditors.actionsOn(cppcc, "visit", townsVisit)).isEmpty();
		ApiClient district = ApiClient.signIn(port, "demo-auditor");
		assertThat(Auditors.actionsOn(district, "visit", townsVisit)).containsExactly("visit.planned", "visit.cancelled");
		assertThat(Auditors.actionsOn(district, "visit", cppccVisit)).containsExactly("visit.planned");
	}

	private long plannedByTangxia() {
		return visits.plan(input(people.unit("棠下镇")), people.tangxia()).visit().id();
	}

	private VisitInput input(long unitId) {
		return new VisitInput("LEADER", today().plusDays(2).toString(), null, "黄国栋", "副区长", List.of(), unitId, "了解企业用工情况", null,
				List.of(new VisitInput.Covered(laser(), null)));
	}

	private long laser() {
		return jdbc.sql("SELECT id FROM enterprise WHERE name = '江门市棠下激光科技有限公司'").query(Long.class).single();
	}

	private static LocalDate today() {
		return LocalDate.now(ZoneId.of("Asia/Shanghai"));
	}
}
