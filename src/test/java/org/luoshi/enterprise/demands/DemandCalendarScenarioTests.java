package org.luoshi.enterprise.demands;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.luoshi.enterprise.EnterpriseDirectory;
import org.luoshi.enterprise.EnterpriseFixtures;
import org.luoshi.enterprise.EnterpriseSummary;
import org.luoshi.enterprise.demands.DemandCommands.RaiseDemand;
import org.luoshi.enterprise.demands.DemandCommands.TakeStep;
import org.luoshi.enterprise.demands.internal.DemandFollowUp;
import org.luoshi.enterprise.internal.EnterpriseService;
import org.luoshi.shared.Actor;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * A demand raised on the eve of the 2026 National Day holiday, followed day by day on the district's calendar as the
 * State Council published it: 1–7 October off, Saturday 10 October a make-up working day. Its time limit, its sign-by
 * day, the working days left, the daily follow-up's reminder and escalations, the late answer and the rating window all
 * count working days, not calendar days. A database and clock of its own: the follow-up looks at every demand.
 */
@IntegrationTest
@Import(DemandCalendarScenarioTests.Eve.class)
@TestPropertySource(properties = "luoshi.test.database=demands-national-day")
class DemandCalendarScenarioTests {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@TestConfiguration(proxyBeanMethods = false)
	static class Eve {

		@Bean
		MutableClock clock() {
			return new MutableClock(LocalDate.of(2026, 9, 30).atTime(LocalTime.of(9, 0)).atZone(SHANGHAI).toInstant(), SHANGHAI);
		}
	}

	@Autowired
	MutableClock clock;

	@Autowired
	DemandManagement demands;

	@Autowired
	DemandFollowUp followUp;

	@Autowired
	EnterpriseService registry;

	@Autowired
	EnterpriseDirectory directory;

	@Autowired
	EnterpriseFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aDemandRaisedOnTheEveOfNationalDayCountsWorkingDaysThroughTheHolidayAndTheMakeUpSaturday() {
		Actor office = fixtures.office();
		Actor justice = fixtures.justice();
		EnterpriseSummary enterprise = directory.find(registry.register(EnterpriseFixtures.input(EnterpriseFixtures.newCode(),
				EnterpriseFixtures.uniqueName("国庆"), EnterpriseFixtures.TANGXIA), office).enterprise().id()).orElseThrow();
		long legal = jdbc.sql("SELECT id FROM demand_category WHERE code = 'LEGAL'").query(Long.class).single();
		long unit = fixtures.unit("区司法局");

		DemandDetails raised = demands.raise(new RaiseDemand(enterprise.id(), "CONSULTATION", legal, "节前合同咨询", "合同条款咨询。", null, null,
				"COUNTER", null, null), office);
		// Seven working days: 8, 9, 10 (the make-up Saturday), 12, 13, 14 and 15 October.
		assertThat(raised.dueOn()).isEqualTo(LocalDate.of(2026, 10, 15));
		assertThat(raised.signDueOn()).isEqualTo(LocalDate.of(2026, 10, 8));
		assertThat(raised.clock().workingDaysLeft()).isEqualTo(7);

		moveTo(LocalDate.of(2026, 10, 8));
		DemandDetails signed = demands.take(raised.id(), TakeStep.of(DemandStep.SIGN, null), justice);
		assertThat(signed.timeline().get(signed.timeline().size() - 1).arguments()).containsExactly("true");
		assertThat(count(unit, LocalDate.of(2026, 9, 1), "responded_on_time")).isEqualTo(1);

		moveTo(LocalDate.of(2026, 10, 10));
		assertThat(demands.details(raised.id(), justice).clock().workingDaysLeft()).as("Sat 10 Oct works; 12–15 remain").isEqualTo(4);

		moveTo(LocalDate.of(2026, 10, 15));
		assertThat(demands.details(raised.id(), justice).clock().light()).isEqualTo(DemandClock.Light.YELLOW);
		assertThat(followUp.runFor(LocalDate.of(2026, 10, 15))).isPresent();
		assertThat(levelOf(raised)).isZero();

		moveTo(LocalDate.of(2026, 10, 16));
		assertThat(followUp.runFor(LocalDate.of(2026, 10, 16))).isPresent();
		assertThat(levelOf(raised)).isEqualTo(1);
		assertThat(demands.details(raised.id(), justice).clock().workingDaysOverdue()).isEqualTo(1);

		moveTo(LocalDate.of(2026, 10, 19));
		followUp.runFor(LocalDate.of(2026, 10, 19));
		assertThat(levelOf(raised)).as("overdue by 2 working days (16 and 19): not yet the desk's").isEqualTo(1);
		moveTo(LocalDate.of(2026, 10, 20));
		followUp.runFor(LocalDate.of(2026, 10, 20));
		assertThat(levelOf(raised)).isEqualTo(2);
		moveTo(LocalDate.of(2026, 10, 22));
		followUp.runFor(LocalDate.of(2026, 10, 22));
		assertThat(levelOf(raised)).isEqualTo(3);
		assertThat(followUp.runFor(LocalDate.of(2026, 10, 22))).as("once a day across instances").isEmpty();

		moveTo(LocalDate.of(2026, 10, 23));
		DemandDetails answered = demands.take(raised.id(), TakeStep.of(DemandStep.ANSWER, "已出具法律意见。"), justice);
		assertThat(answered.clock().running()).isFalse();
		assertThat(answered.clock().light()).isEqualTo(DemandClock.Light.RED);
		assertThat(count(unit, LocalDate.of(2026, 10, 1), "answered") - count(unit, LocalDate.of(2026, 10, 1), "answered_on_time"))
			.as("the late answer counts as answered, not on time").isGreaterThanOrEqualTo(1);

		// The rating window is five working days: 26–30 October; closed unrated on Monday 2 November.
		moveTo(LocalDate.of(2026, 10, 30));
		followUp.runFor(LocalDate.of(2026, 10, 30));
		assertThat(demands.details(raised.id(), office).status()).isEqualTo(DemandStatus.ANSWERED);
		moveTo(LocalDate.of(2026, 11, 2));
		followUp.runFor(LocalDate.of(2026, 11, 2));
		DemandDetails closed = demands.details(raised.id(), office);
		assertThat(closed.status()).isEqualTo(DemandStatus.CLOSED);
		assertThat(closed.rating()).isNull();
		assertThat(closed.timeline()).extracting(DemandTimelineEntry::kind)
			.containsExactly("raised", "signed", "reminded-automatically", "escalated-2", "escalated-3", "answered", "closed-unrated");
		Map<String, Object> leaders = jdbc.sql("SELECT count(*) AS n FROM notification WHERE message_key = 'demand.notify.escalated' AND link = ?")
			.param("/demands/" + raised.id()).query().singleRow();
		assertThat(((Number) leaders.get("n")).intValue()).as("the desk, then the leaders").isEqualTo(2);
	}

	private void moveTo(LocalDate day) {
		clock.advance(java.time.Duration.between(clock.instant(), day.atTime(LocalTime.of(9, 0)).atZone(SHANGHAI).toInstant()));
	}

	private int levelOf(DemandDetails demand) {
		return jdbc.sql("SELECT escalation_level FROM demand WHERE id = ?").param(demand.id()).query(Integer.class).single();
	}

	private long count(long unitId, LocalDate month, String column) {
		return jdbc.sql("SELECT COALESCE(sum(" + column + "), 0) FROM demand_unit_month WHERE unit_id = ? AND month = ?")
			.params(unitId, month).query(Long.class).single();
	}
}
