package org.luoshi.legalservice.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.PageSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The request pages as each role opens them, on the demo data: the demo's requests in every state, the counter's queue
 * and intake, a step taken on the page and refused with its message, and who gets 404 or 403.
 */
@IntegrationTest
class LegalRequestPagesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private long requestOf(String name) {
		return jdbc.sql("SELECT id FROM legal_request WHERE requester_name = ? ORDER BY id LIMIT 1").param(name).query(Long.class).single();
	}

	@Test
	void theDemoHasRequestsInEveryStateAReferredMediationAndAnAidAcceptedByOverride() {
		assertThat(jdbc.sql("SELECT DISTINCT status FROM legal_request").query(String.class).list())
			.containsExactlyInAnyOrder("WAITING", "SCHEDULED", "IN_SERVICE", "CLOSED", "WITHDRAWN");
		long mediation = requestOf("梁志强");
		assertThat(jdbc.sql("SELECT service_code || referral_count || mediation_outcome FROM legal_request WHERE id = ?").param(mediation)
			.query(String.class).single()).isEqualTo("MEDIATION1AGREED");
		assertThat(jdbc.sql("SELECT count(*) FROM legal_mediation_session WHERE request_id = ?").param(mediation).query(Long.class).single())
			.isEqualTo(2L);
		assertThat(jdbc.sql("SELECT aid_eligible = false AND aid_granted AND aid_override_reason IS NOT NULL FROM legal_request WHERE requester_name = '钟秀兰'")
			.query(Boolean.class).single()).isTrue();
	}

	@Test
	void pointStaffSeeTheirPointsRequestsInFullAndOthersGet404Or403() {
		long wages = requestOf("梁志强");
		String asStaff = PageSession.text(PageSession.signIn(port, "demo-legal").get("/legal/requests/" + wages));
		assertThat(asStaff).contains("440703198805061234", "13826001003", "调解", "司法确认", "legal-request-timeline");
		String asOffice = PageSession.text(PageSession.signIn(port, "demo-justice").get("/legal/requests/" + wages));
		assertThat(asOffice).contains("440703198805061234");

		assertThat(PageSession.signIn(port, "demo-lawyer").get("/legal/requests/" + wages).statusCode()).isEqualTo(404);
		assertThat(PageSession.signIn(port, "demo-enterprise").get("/legal/requests/" + wages).statusCode()).isEqualTo(404);
		assertThat(PageSession.signIn(port, "demo-town").get("/legal/requests/" + wages).statusCode()).isEqualTo(403);
		assertThat(PageSession.signIn(port, "demo-town").get("/legal/counter").statusCode()).isEqualTo(403);
		assertThat(PageSession.signIn(port, "demo-enterprise").get("/legal/counter").statusCode()).isEqualTo(403);

		// The lawyer sees the case assigned to them; the list shows the phone masked to everyone.
		long contract = jdbc.sql("SELECT id FROM legal_request WHERE practitioner_id IS NOT NULL ORDER BY id LIMIT 1").query(Long.class).single();
		assertThat(PageSession.signIn(port, "demo-lawyer").get("/legal/requests/" + contract).statusCode()).isEqualTo(200);
		String list = PageSession.text(PageSession.signIn(port, "demo-legal").get("/legal/requests?service=MEDIATION"));
		assertThat(list).contains("梁志强", "138****1003").doesNotContain("13826001003");
		// 荷塘康溪's request is not 棠下's staff's.
		long hetang = requestOf("陈国平");
		assertThat(PageSession.signIn(port, "demo-legal").get("/legal/requests/" + hetang).statusCode()).isEqualTo(404);
	}

	@Test
	void anEnterpriseSeesItsOwnRequestsWithOthersPersonalDataMasked() {
		PageSession enterprise = PageSession.signIn(port, "demo-enterprise");
		String list = PageSession.text(enterprise.get("/legal/requests"));
		assertThat(list).contains("朝光通信有限公司").doesNotContain("梁志强", "黄建华");
		long own = jdbc.sql("SELECT id FROM legal_request WHERE practitioner_id IS NOT NULL ORDER BY id LIMIT 1").query(Long.class).single();
		String page = PageSession.text(enterprise.get("/legal/requests/" + own));
		assertThat(page).contains("legal-request-masked", "9144**********O0X1").doesNotContain("91440703MA5DEMO0X1");
	}

	@Test
	void theEnterprisesRequestsShowOnIts360PageForThoseWhoSeeThem() {
		long chaoguang = jdbc.sql("SELECT id FROM enterprise WHERE name = '朝光通信有限公司'").query(Long.class).single();
		String asOffice = PageSession.text(PageSession.signIn(port, "demo-justice").get("/enterprises/" + chaoguang));
		assertThat(asOffice).contains("data-source=\"legal-request\"", "申请法律服务");
		// 棠下's staff see the enterprise's requests at their point; the town's staff, who see the enterprise, do not.
		String asTown = PageSession.text(PageSession.signIn(port, "demo-town").get("/enterprises/" + chaoguang));
		assertThat(asTown).doesNotContain("data-source=\"legal-request\"");
	}

	@Test
	void theCounterCallsTheNextTicketAndTheIntakeRefusesWithItsMessage() {
		PageSession counter = PageSession.signIn(port, "demo-legal");
		String queue = PageSession.text(counter.get("/legal/counter"));
		assertThat(queue).contains("棠下产业园公共法律服务工作站", "legal-waiting", "黄建华");

		HttpResponse<byte[]> refused = counter.post("/legal/requests/new", "/legal/requests/new", List.of(Map.entry("pointId", "999999"),
				Map.entry("serviceCode", "LEGAL_CONSULTATION"), Map.entry("requesterKind", "WALK_IN"), Map.entry("requesterName", "测试")));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(PageSession.text(refused)).contains("没有这个服务站点", "请说明要办理的事项");

		long point = jdbc.sql("SELECT id FROM legal_point WHERE park = '棠下产业园'").query(Long.class).single();
		HttpResponse<byte[]> made = counter.post("/legal/requests/new", "/legal/requests/new", List.of(Map.entry("pointId", String.valueOf(point)),
				Map.entry("serviceCode", "MEDIATION"), Map.entry("requesterKind", "WALK_IN"), Map.entry("requesterName", "页面测试"),
				Map.entry("phone", "13900000001"), Map.entry("matter", "邻里噪音纠纷"), Map.entry("partyName", "隔壁厂"), Map.entry("partyIdentifier", "")));
		assertThat(made.statusCode()).isEqualTo(302);

		String firstWaiting = jdbc.sql("""
				SELECT requester_name FROM legal_request WHERE point_id = ? AND status = 'WAITING' ORDER BY ticket_day, ticket_seq LIMIT 1""")
			.param(point).query(String.class).single();
		HttpResponse<byte[]> called = counter.post("/legal/counter/" + point + "/call-next", "/legal/counter");
		assertThat(called.statusCode()).isEqualTo(302);
		assertThat(jdbc.sql("SELECT status FROM legal_request WHERE requester_name = ? AND point_id = ? ORDER BY id LIMIT 1")
			.params(firstWaiting, point).query(String.class).single()).isEqualTo("IN_SERVICE");

		// A step refused on the page: the reason shown, nothing changed.
		long id = requestOf("页面测试");
		HttpResponse<byte[]> refer = counter.post("/legal/requests/" + id + "/steps/REFER", "/legal/requests/" + id,
				List.of(Map.entry("serviceCode", "LAWYER_SERVICE")));
		assertThat(PageSession.text(refer)).contains("不提供“律师服务”服务，不能转介");
		assertThat(jdbc.sql("SELECT service_code FROM legal_request WHERE id = ?").param(id).query(String.class).single()).isEqualTo("MEDIATION");
	}
}
