package org.luoshi.legalservice.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.Messages;
import org.luoshi.support.PageSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The legal-aid rules' page: a point's staff read the rules they screen by; the bureau changes them — a standard that
 * is no number is refused with its message and changes nothing; a good change is saved and audited.
 */
@IntegrationTest
class AidRulesPageIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Messages messages;

	@Test
	void pointStaffReadTheRulesAndTheBureauChangesThem() {
		PageSession staff = PageSession.signIn(port, "demo-legal");
		String page = PageSession.text(staff.get("/legal/aid-rules"));
		assertThat(page).contains(messages.zh("legal.request.aid.case-type.WAGE_ARREARS")).doesNotContain("aid-rules-save");
		assertThat(staff.post("/legal/aid-rules", "/legal/aid-rules", List.of(Map.entry("incomeStandard", "1"))).statusCode()).isEqualTo(403);
		assertThat(PageSession.signIn(port, "demo-town").get("/legal/aid-rules").statusCode()).isEqualTo(403);

		PageSession bureau = PageSession.signIn(port, "demo-justice");
		BigDecimal before = standard();
		int version = jdbc.sql("SELECT version FROM legal_aid_rules WHERE id = 1").query(Integer.class).single();
		String refused = PageSession.text(bureau.post("/legal/aid-rules", "/legal/aid-rules",
				List.of(Map.entry("incomeStandard", "两千"), Map.entry("version", String.valueOf(version)))));
		assertThat(refused).contains(messages.zh("legal.request.aid.standard.invalid"));
		assertThat(standard()).isEqualByComparingTo(before);

		String exemptBefore = jdbc.sql("SELECT array_to_string(exempt_case_types, ',') FROM legal_aid_rules WHERE id = 1").query(String.class).single();
		try {
			changeAndCheck(bureau, version);
		}
		finally {
			// Other tests screen by the demo's rules.
			jdbc.sql("UPDATE legal_aid_rules SET income_standard = ?, exempt_case_types = string_to_array(?, ',') WHERE id = 1")
				.params(before, exemptBefore).update();
		}
	}

	private void changeAndCheck(PageSession bureau, int version) {
		bureau.post("/legal/aid-rules", "/legal/aid-rules", List.of(Map.entry("incomeStandard", "2100"), Map.entry("exemptCaseTypes", "WAGE_ARREARS"),
				Map.entry("exemptCaseTypes", "MAINTENANCE"), Map.entry("version", String.valueOf(version))));
		assertThat(standard()).isEqualByComparingTo("2100");
		assertThat(jdbc.sql("SELECT array_to_string(exempt_case_types, ',') FROM legal_aid_rules WHERE id = 1").query(String.class).single())
			.contains("WAGE_ARREARS", "MAINTENANCE").doesNotContain("WORK_INJURY");
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'legal.aid-rules.changed' AND actor_username = 'demo-justice'")
			.query(Long.class).single()).isPositive();
	}

	private BigDecimal standard() {
		return jdbc.sql("SELECT income_standard FROM legal_aid_rules WHERE id = 1").query(BigDecimal.class).single();
	}
}
