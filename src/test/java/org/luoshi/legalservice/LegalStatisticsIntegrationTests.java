package org.luoshi.legalservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.luoshi.support.ApiClient;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.PageSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * The statistics count what the requests and lectures hold: the bureau every point, a point's staff their own; others
 * are refused; a bad month is a clear 400.
 */
@IntegrationTest
class LegalStatisticsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theBureauCountsEveryPointAndAPointsStaffTheirOwn() {
		String from = "2024-01";
		String to = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();
		long requests = jdbc.sql("SELECT count(*) FROM legal_request WHERE requested_at >= '2024-01-01'").query(Long.class).single();
		assertThat(requests).isPositive();
		JsonNode bureau = ApiClient.signIn(port, "demo-justice").get("/api/v1/legal/stats?from=" + from + "&to=" + to).json();
		assertThat(bureau.get("total").get("received").asLong()).isEqualTo(requests);
		long byPoint = 0;
		for (JsonNode counts : bureau.get("byPoint")) {
			byPoint += counts.get("received").asLong();
		}
		assertThat(byPoint).isEqualTo(requests);
		// The January 2024 lecture at 蓬江产业园 is counted with its attendance.
		boolean january = false;
		for (JsonNode month : bureau.get("lectures")) {
			january |= month.get("month").asString().equals("2024-01") && month.get("park").asString().equals("蓬江产业园")
					&& month.get("attendances").asLong() > 0;
		}
		assertThat(january).isTrue();

		long tangxia = jdbc.sql("""
				SELECT count(*) FROM legal_request r JOIN legal_point p ON p.id = r.point_id
				WHERE p.park = '棠下产业园' AND r.requested_at >= '2024-01-01'""").query(Long.class).single();
		JsonNode staff = ApiClient.signIn(port, "demo-legal").get("/api/v1/legal/stats?from=" + from + "&to=" + to).json();
		assertThat(staff.get("total").get("received").asLong()).isEqualTo(tangxia).isLessThan(requests);
	}

	@Test
	void othersAreRefusedAndABadMonthIsAClearMessage() {
		assertThat(ApiClient.signIn(port, "demo-town").get("/api/v1/legal/stats").status()).isEqualTo(403);
		assertThat(ApiClient.signIn(port, "demo-enterprise").get("/api/v1/legal/stats").status()).isEqualTo(403);
		ApiClient.Answer bad = ApiClient.signIn(port, "demo-justice").inLanguage("en").get("/api/v1/legal/stats?from=2026-13");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.body()).contains("YYYY-MM");
		assertThat(PageSession.text(PageSession.signIn(port, "demo-justice").get("/legal/stats?from=2024-01"))).contains("棠下产业园", "蓬江产业园");
		assertThat(PageSession.signIn(port, "demo-lawyer").get("/legal/stats").statusCode()).isEqualTo(403);
	}
}
