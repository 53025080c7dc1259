package org.luoshi.enterprise.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.luoshi.enterprise.EnterpriseFixtures;
import org.luoshi.enterprise.visits.internal.VisitPortal;
import org.luoshi.enterprise.visits.internal.VisitPortal.OwnVisit;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.PageSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An enterprise sees the visits that covered it on its portal — with its own findings, never the other enterprises'
 * — and staff have no such page.
 */
@IntegrationTest
class VisitPortalIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	VisitPortal portal;

	@Autowired
	EnterpriseFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anEnterpriseSeesItsOwnPartOfEachVisitThatCoveredIt() {
		long chaoguang = jdbc.sql("SELECT id FROM enterprise WHERE name = '朝光通信有限公司'").query(Long.class).single();
		long cppcc = jdbc.sql("SELECT id FROM visit WHERE kind = 'CPPCC' ORDER BY id LIMIT 1").query(Long.class).single();
		String own = jdbc.sql("SELECT findings FROM visit_enterprise WHERE visit_id = ? AND enterprise_id = ?").params(cppcc, chaoguang)
			.query(String.class).single();
		String others = jdbc.sql("SELECT findings FROM visit_enterprise WHERE visit_id = ? AND enterprise_id <> ? AND findings IS NOT NULL LIMIT 1")
			.params(cppcc, chaoguang).query(String.class).single();

		var enterprise = fixtures.actor("demo-enterprise");
		assertThat(portal.visits(enterprise)).extracting(OwnVisit::id).contains(cppcc);
		assertThat(portal.visits(enterprise)).filteredOn(visit -> visit.id() == cppcc).extracting(OwnVisit::findings).containsExactly(own);
		assertThat(portal.visits(fixtures.office())).as("staff read visit records, not this").isEmpty();
		assertThat(portal.card(enterprise)).isPresent();

		var page = PageSession.signIn(port, "demo-enterprise").get("/portal/visits");
		assertThat(page.statusCode()).isEqualTo(200);
		String html = new String(page.body(), StandardCharsets.UTF_8);
		assertThat(html).contains(own).doesNotContain(others);
		assertThat(PageSession.signIn(port, "demo-enterprise").get("/visits/" + cppcc).statusCode()).isEqualTo(403);
		assertThat(PageSession.signIn(port, "demo-town").get("/portal/visits").statusCode()).isEqualTo(403);
	}
}
