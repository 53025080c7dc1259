package org.luoshi.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.luoshi.economy.EconomicIndicators;
import org.luoshi.economy.TargetKind;
import org.luoshi.economy.internal.EconomyAdministration;
import org.luoshi.economy.internal.EconomyAdministration.TargetInput;
import org.luoshi.economy.internal.EconomyAdministration.ValueInput;
import org.luoshi.shared.Actor;
import org.luoshi.shared.Permissions;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;
import org.luoshi.supervision.TaskCommands.CreateGoal;
import org.luoshi.supervision.TaskCommands.UpdateGoal;
import org.luoshi.support.ApiClient;
import org.luoshi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;

/**
 * A goal bound to an economic indicator's target for a place takes its light from the figures: the binding checked
 * (what is refused changes nothing), the standing worked from the values and the target, and following a revision.
 */
@IntegrationTest
class GoalIndicatorBindingIntegrationTests {

	static final Actor STATISTICS = new Actor(9102L, "stats", "统计局", null, Set.of(Permissions.ECONOMY_MANAGE, Permissions.ECONOMY_READ));
	static final String DISTRICT = "440703";
	static final String HETANG = "440703102";

	@Autowired
	GoalManagement goals;

	@Autowired
	EconomicIndicators indicators;

	@Autowired
	EconomyAdministration economy;

	@Autowired
	SupervisionFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	@Test
	@Transactional
	void theGoalsLightFollowsTheFiguresAndARevisionChangesIt() {
		// A past year read as of December: the latest month reported (June) stands for the year so far.
		int year = fixtures.today().getYear() - 5;
		long trade = indicators.indicatorByCode("FOREIGN_TRADE").orElseThrow().id();
		economy.record(trade, new ValueInput(HETANG, year - 1, 6, new BigDecimal("100"), null, "test", false, false), STATISTICS);
		economy.record(trade, new ValueInput(HETANG, year - 1, 12, new BigDecimal("200"), null, "test", false, false), STATISTICS);
		economy.record(trade, new ValueInput(HETANG, year, 6, new BigDecimal("110"), null, "test", false, false), STATISTICS);
		economy.setTarget(trade, new TargetInput(HETANG, year, TargetKind.GROWTH, new BigDecimal("10"), null), STATISTICS);

		GoalDetails goal = goals.createGoal(new CreateGoal("荷塘镇外贸稳增长", null, year, null, null, null, null, null, false, "FOREIGN_TRADE",
				HETANG), fixtures.supervisor());
		assertThat(goal.binding()).isEqualTo(new GoalDetails.Binding("FOREIGN_TRADE", HETANG));
		GoalStanding standing = goals.standing(goal.id(), fixtures.supervisor()).orElseThrow();
		assertThat(standing.placeName()).isEqualTo("荷塘镇");
		assertThat(standing.period()).isEqualTo(year + "-12");
		assertThat(standing.attainment().asOfMonth()).isEqualTo(6);
		assertThat(standing.attainment().target()).isEqualByComparingTo("220");
		assertThat(standing.attainment().growthSoFarPct()).isEqualByComparingTo("10");
		// (220 − 110) / (200 − 100) − 1: the second half must grow 10 % on last year's second half.
		assertThat(standing.attainment().growthNeededPct()).isEqualByComparingTo("10");
		assertThat(standing.light()).isEqualTo(Light.GREEN);

		// June revised down to 5 % growth: 5 points short of the target's 10, beyond the 1-point margin.
		economy.record(trade, new ValueInput(HETANG, year, 6, new BigDecimal("105"), null, "修订", true, false), STATISTICS);
		assertThat(goals.standing(goal.id(), fixtures.supervisor()).orElseThrow().light()).isEqualTo(Light.RED);
		// 0.5 points short is within the margin: the goal's yellow is the indicator's amber.
		economy.record(trade, new ValueInput(HETANG, year, 6, new BigDecimal("109.5"), null, "再修订", true, false), STATISTICS);
		assertThat(goals.standing(goal.id(), fixtures.supervisor()).orElseThrow().light()).isEqualTo(Light.YELLOW);

		// Unbinding leaves a goal measured by its tasks alone; the change is on the record.
		goal = goals.goal(goal.id(), fixtures.supervisor());
		goals.updateGoal(new UpdateGoal(goal.id(), goal.version(), goal.title(), null, year, null, null, null, null, null, false, null, null),
				fixtures.supervisor());
		assertThat(goals.standing(goal.id(), fixtures.supervisor())).isEmpty();
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'supervision.goal.edited' AND target_id = ? "
				+ "AND changes::text LIKE '%boundIndicator%'").param(String.valueOf(goal.id())).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	@Transactional
	void withoutATargetTheGoalHasNoLightYetAndSaysWhy() {
		int year = fixtures.today().getYear() + 2;
		GoalDetails goal = goals.createGoal(new CreateGoal("后年规上工业增加值", null, year, null, null, null, null, null, false, "INDUSTRY_VALUE",
				HETANG), fixtures.supervisor());
		GoalStanding standing = goals.standing(goal.id(), fixtures.supervisor()).orElseThrow();
		assertThat(standing.attainment().target()).isNull();
		assertThat(standing.light()).isNull();
	}

	@Test
	@Transactional
	void aBindingToNothingKnownIsRefusedWholeAndNothingIsWritten() {
		long before = jdbc.sql("SELECT count(*) FROM goal").query(Long.class).single();
		assertThatThrownBy(() -> goals.createGoal(new CreateGoal("无效绑定", null, fixtures.today().getYear(), null, null, null, null, null,
				false, "NO_SUCH", "440104"), fixtures.supervisor()))
			.isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::messageKey)
				.containsExactlyInAnyOrder("supervision.goal.binding.indicator.unknown", "supervision.goal.binding.place.unknown"));
		assertThatThrownBy(() -> goals.createGoal(new CreateGoal("只有指标", null, fixtures.today().getYear(), null, null, null, null, null,
				false, "GDP", " "), fixtures.supervisor()))
			.isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::field)
				.containsExactly("boundPlace"));
		assertThat(jdbc.sql("SELECT count(*) FROM goal").query(Long.class).single()).isEqualTo(before);
	}

	@Nested
	class Api {

		@Test
		void theDemoGdpGoalStandsByTheDistrictsFiguresAndABadBindingIsA400InTheCallersLanguage() {
			ApiClient leader = ApiClient.signIn(port, "demo-leader");
			long gdpGoal = jdbc.sql("SELECT id FROM goal WHERE bound_indicator = 'GDP' AND bound_place = ? ORDER BY id LIMIT 1")
				.param(DISTRICT).query(Long.class).single();
			JsonNode standing = leader.get("/api/v1/goals/" + gdpGoal + "/standing").json();
			assertThat(standing.get("indicatorCode").asString()).isEqualTo("GDP");
			assertThat(standing.get("placeName").asString()).isEqualTo("蓬江区");
			assertThat(standing.get("attainment").get("target").isNull()).isFalse();
			assertThat(standing.get("light").asString()).isIn("green", "yellow", "red");
			assertThat(leader.get("/api/v1/goals/" + gdpGoal).json().get("binding").get("indicatorCode").asString()).isEqualTo("GDP");

			ApiClient office = ApiClient.signIn(port, "demo-admin").inLanguage("en");
			Map<String, Object> body = new HashMap<>();
			body.put("title", "A goal bound to a place that is none");
			body.put("year", fixtures.today().getYear());
			body.put("boundIndicator", "GDP");
			body.put("boundPlace", "999999");
			ApiClient.Answer refused = office.post("/api/v1/goals", body);
			assertThat(refused.status()).isEqualTo(400);
			assertThat(refused.body()).contains("No place has the code “999999”");
			long unbound = jdbc.sql("SELECT id FROM goal WHERE bound_indicator IS NULL ORDER BY id LIMIT 1").query(Long.class).single();
			assertThat(leader.get("/api/v1/goals/" + unbound + "/standing").status()).isEqualTo(404);
		}
	}
}
