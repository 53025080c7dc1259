package org.luoshi.economy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.luoshi.support.ApiClient;
import org.luoshi.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** The indicators' API: who reads and who writes, attainment by place and period, and an import's bad rows as problems. */
@IntegrationTest
class EconomyApiIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void staffReadTheDistrictOfficeWritesAnEnterpriseNeither() {
		assertThat(ApiClient.signIn(port, "demo-enterprise").get("/api/v1/indicators").status()).isEqualTo(403);
		for (String reader : List.of("demo-leader", "demo-town", "demo-admin")) {
			assertThat(ApiClient.signIn(port, reader).get("/api/v1/indicators").json().size()).as(reader).isGreaterThanOrEqualTo(7);
		}
		Map<String, Object> target = Map.of("placeCode", "440703", "year", 2031, "kind", "GROWTH", "value", 6);
		assertThat(ApiClient.signIn(port, "demo-leader").put("/api/v1/indicators/1/targets", target).status()).isEqualTo(403);
		assertThat(ApiClient.signIn(port, "demo-admin").put("/api/v1/indicators/1/targets", target).status()).isEqualTo(200);
	}

	@Test
	void attainmentByPlaceAndPeriod() {
		ApiClient leader = ApiClient.signIn(port, "demo-leader");
		long gdp = id(leader, "GDP");
		JsonNode district = leader.get("/api/v1/indicators/" + gdp + "/attainment?period=2026-11").json();
		assertThat(district.get("asOfMonth").asInt()).isEqualTo(9); // quarterly: September is the latest
		assertThat(district.get("growthNeededPct").isNull()).isFalse();
		assertThat(district.get("light").asString()).isIn("GREEN", "AMBER", "RED");
		JsonNode hetang = leader.get("/api/v1/indicators/" + gdp + "/attainment?place=440703102&period=2026-09").json();
		assertThat(hetang.get("target").decimalValue()).isEqualByComparingTo("101");
		assertThat(leader.get("/api/v1/indicators/" + gdp + "/attainment?place=440104").status()).isEqualTo(404);
		assertThat(leader.get("/api/v1/indicators/" + gdp + "/attainment?period=2026-13").status()).isEqualTo(400);
		JsonNode cascade = leader.get("/api/v1/indicators/" + gdp + "/targets?year=2026").json();
		assertThat(cascade.get("towns").size()).isEqualTo(6);
	}

	@Test
	void anImportsBadRowsComeBackAsProblemsInTheCallersLanguage() {
		ApiClient office = ApiClient.signIn(port, "demo-admin").inLanguage("en");
		String csv = "指标名称,地区,期别,本月止累计\n工业投资,荷塘镇,2031年1-3月,abc\n";
		ApiClient.Answer refused = office.upload("/api/v1/indicators/values/import", "bad.csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).contains("row 2", "is not a number");
		assertThat(ApiClient.signIn(port, "demo-town").upload("/api/v1/indicators/values/import", "bad.csv",
				csv.getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(403);
		String good = "指标名称,地区,期别,本月止累计,同比增长(%)\n工业投资,荷塘镇,2031年1-3月,5.5,10\n";
		assertThat(office.upload("/api/v1/indicators/values/import", "good.csv", good.getBytes(StandardCharsets.UTF_8)).json().get("recorded")
			.asInt()).isEqualTo(1);
	}

	@Test
	void oneIndicatorsTableNeedsNoIndicatorColumnAndARowOfAnotherIsABadRow() {
		ApiClient office = ApiClient.signIn(port, "demo-admin").inLanguage("en");
		long retail = id(office, "RETAIL_SALES");
		String mixed = "地区,期别,本月止累计,指标名称\n杜阮镇,2032年1-2月,12.5,社会消费品零售总额\n杜阮镇,2032年1-2月,3,工业投资\n";
		ApiClient.Answer refused = office.upload("/api/v1/indicators/" + retail + "/values/import", "mixed.csv", mixed.getBytes(StandardCharsets.UTF_8));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).contains("row 3", "this import takes");
		assertThat(office.get("/api/v1/indicators/" + retail + "/values?place=440703103&from=2032&to=2032").json().size()).isZero();

		String own = "地区,期别,本月止累计,同比增长(%)\n杜阮镇,2032年1-2月,12.5,6.1\n";
		ApiClient.Answer imported = office.upload("/api/v1/indicators/" + retail + "/values/import", "own.csv", own.getBytes(StandardCharsets.UTF_8));
		assertThat(imported.status()).isEqualTo(200);
		assertThat(imported.json().get("recorded").asInt()).isEqualTo(1);
		assertThat(office.get("/api/v1/indicators/" + retail + "/values?place=440703103&from=2032&to=2032").json().get(0).get("value")
			.decimalValue()).isEqualByComparingTo("12.5");
	}

	private static long id(ApiClient client, String code) {
		for (JsonNode indicator : client.get("/api/v1/indicators").json()) {
			if (indicator.get("code").asString().equals(code)) {
				return indicator.get("id").asLong();
			}
		}
		throw new AssertionError(code);
	}
}
