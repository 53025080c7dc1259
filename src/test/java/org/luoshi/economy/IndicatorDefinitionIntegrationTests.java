package org.luoshi.economy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.luoshi.economy.internal.EconomyAdministration;
import org.luoshi.economy.internal.EconomyAdministration.DefinitionInput;
import org.luoshi.economy.internal.EconomyAdministration.ValueInput;
import org.luoshi.shared.Actor;
import org.luoshi.shared.ConflictException;
import org.luoshi.shared.Permissions;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;
import org.luoshi.support.ApiClient;
import org.luoshi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Indicators' definitions kept by the district office: defined and changed on the record, the code fixed once given,
 * a frequency the recorded months do not fit refused, a stale version refused, and what is refused changes nothing.
 */
@IntegrationTest
class IndicatorDefinitionIntegrationTests {

	static final Actor STATISTICS = new Actor(9103L, "stats", "统计局", null, Set.of(Permissions.ECONOMY_MANAGE, Permissions.ECONOMY_READ));
	static final Actor READER = new Actor(9104L, "reader", "读者", null, Set.of(Permissions.ECONOMY_READ));

	@Autowired
	EconomicIndicators indicators;

	@Autowired
	EconomyAdministration administration;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	@Test
	void anIndicatorIsDefinedChangedAndTakenOutOfUseOnTheRecord() {
		String code = code();
		IndicatorDefinition defined = administration.define(new DefinitionInput(code, "限上零售额" + code, "Retail above size", "亿元",
				"MONTHLY_CUMULATIVE", false, null, true, null), STATISTICS);
		assertThat(defined.position()).isGreaterThan(70);
		assertThat(indicators.indicators(true)).extracting(IndicatorDefinition::code).contains(code);

		// Monthly values recorded: a quarterly frequency would leave January and February without a home.
		administration.record(defined.id(), new ValueInput("440703", 2026, 1, new BigDecimal("10"), null, "test", false, false), STATISTICS);
		administration.record(defined.id(), new ValueInput("440703", 2026, 2, new BigDecimal("21"), null, "test", false, false), STATISTICS);
		assertThatThrownBy(() -> administration.redefine(defined.id(), new DefinitionInput(null, defined.name(), defined.nameEn(), "亿元",
				"QUARTERLY_CUMULATIVE", null, null, null, defined.version()), STATISTICS))
			.isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).singleElement()
				.satisfies(v -> assertThat(v.messageKey()).isEqualTo("economy.indicator.frequency.values")));

		IndicatorDefinition changed = administration.redefine(defined.id(), new DefinitionInput(code, defined.name(), defined.nameEn(), "万元",
				"MONTHLY_CUMULATIVE", true, 75, false, defined.version()), STATISTICS);
		assertThat(changed.unit()).isEqualTo("万元");
		assertThat(changed.comparablePrices()).isTrue();
		assertThat(changed.active()).isFalse();
		assertThat(indicators.indicators(true)).extracting(IndicatorDefinition::code).doesNotContain(code);
		assertThat(indicators.values(defined.id(), "440703", 2026, 2026)).hasSize(2);
		assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE target_type = 'indicator' AND target_id = ? ORDER BY id")
			.param(String.valueOf(defined.id())).query(String.class).list())
			.containsExactly("economy.indicator.defined", "economy.indicator.changed");

		// The version read before the change is stale now.
		assertThatThrownBy(() -> administration.redefine(defined.id(), new DefinitionInput(null, defined.name(), defined.nameEn(), "亿元",
				"MONTHLY_CUMULATIVE", null, null, null, defined.version()), STATISTICS)).isInstanceOf(ConflictException.class);
	}

	@Test
	void whatIsRefusedIsSaidFieldByFieldAndChangesNothing() {
		long before = jdbc.sql("SELECT count(*) FROM economic_indicator").query(Long.class).single();
		assertThatThrownBy(() -> administration.define(new DefinitionInput("GDP", "地区生产总值", " ", "亿元亿元亿元亿元亿元亿元", "WEEKLY", null, -1, null, null),
				STATISTICS))
			.isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::messageKey)
				.containsExactlyInAnyOrder("economy.indicator.code.taken", "economy.indicator.name.taken", "validation.required",
						"economy.text.too-long", "economy.indicator.frequency.unknown", "economy.indicator.position.range"));
		IndicatorDefinition gdp = indicators.indicatorByCode("GDP").orElseThrow();
		assertThatThrownBy(() -> administration.redefine(gdp.id(), new DefinitionInput("GDP2", gdp.name(), gdp.nameEn(), gdp.unit(),
				gdp.frequency().name(), null, null, null, gdp.version()), STATISTICS))
			.isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::messageKey)
				.containsExactly("economy.indicator.code.fixed"));
		assertThatThrownBy(() -> administration.define(new DefinitionInput(code(), "读者定义", "Reader", "亿元", "YEARLY", null, null, null, null),
				READER)).isInstanceOf(AccessDeniedException.class);
		assertThat(jdbc.sql("SELECT count(*) FROM economic_indicator").query(Long.class).single()).isEqualTo(before);
		assertThat(indicators.indicatorByCode("GDP").orElseThrow()).isEqualTo(gdp);
	}

	@Test
	void theApiDefinesForTheOfficeOnlyAndAnswersABadFrequencyInTheCallersLanguage() {
		String code = code();
		Map<String, Object> body = new HashMap<>();
		body.put("code", code);
		body.put("name", "进出口" + code);
		body.put("nameEn", "Trade " + code);
		body.put("unit", "亿元");
		body.put("frequency", "FORTNIGHTLY");
		assertThat(ApiClient.signIn(port, "demo-leader").post("/api/v1/indicators", body).status()).isEqualTo(403);
		ApiClient.Answer refused = ApiClient.signIn(port, "demo-admin").inLanguage("en").post("/api/v1/indicators", body);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).contains("“FORTNIGHTLY” is not one of the frequencies");
		body.put("frequency", "YEARLY");
		ApiClient admin = ApiClient.signIn(port, "demo-admin");
		ApiClient.Answer created = admin.post("/api/v1/indicators", body);
		assertThat(created.status()).isEqualTo(201);
		long id = created.json().get("id").asLong();
		ApiClient.Answer changed = admin.put("/api/v1/indicators/" + id, Map.of("unit", "万美元", "version", 0));
		assertThat(changed.status()).isEqualTo(200);
		assertThat(changed.json().get("unit").asString()).isEqualTo("万美元");
		assertThat(changed.json().get("frequency").asString()).isEqualTo("YEARLY");
		assertThat(admin.put("/api/v1/indicators/" + id, Map.of("unit", "亿元", "version", 0)).status()).isEqualTo(409);
	}

	private static String code() {
		return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(java.util.Locale.ROOT);
	}
}
