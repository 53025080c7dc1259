package org.luoshi.enterprise.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.luoshi.enterprise.EnterpriseFixtures.HETANG;
import static org.luoshi.enterprise.EnterpriseFixtures.TANGXIA;
import static org.luoshi.enterprise.EnterpriseFixtures.input;
import static org.luoshi.enterprise.EnterpriseFixtures.newCode;
import static org.luoshi.enterprise.EnterpriseFixtures.uniqueName;
import static org.luoshi.enterprise.portal.PortalFixtures.PASSWORD;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.luoshi.enterprise.EnterpriseFixtures;
import org.luoshi.enterprise.internal.EnterpriseRecord;
import org.luoshi.enterprise.internal.EnterpriseService;
import org.luoshi.support.Acting;
import org.luoshi.support.ApiClient;
import org.luoshi.support.Auditors;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.Messages;
import org.luoshi.support.PageSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * A registration belongs to the town that decides it, and reaches exactly the people the town's list does: its handlers
 * (and the district office) find it in search and open its page, its auditors read its entries, its handlers are told
 * when it arrives — another town none of it. Each enterprise is made for the test, so that moving one to another town
 * disturbs no other test.
 */
@IntegrationTest
class RegistrationTownIntegrationTests {

	static final String TYPE = "portal-registration";
	static final String BAISHA = "440703002";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Messages messages;

	@Autowired
	EnterpriseService registry;

	@Autowired
	EnterpriseFixtures fixtures;

	@AfterEach
	void signOut() {
		Acting.actAsNobody();
	}

	@Test
	void theTownFindsItsRegistrationInSearchAndOpensItAnotherTownDoesNotUntilTheEnterpriseMovesThere() {
		String name = uniqueName("凤凰照明");
		EnterpriseRecord enterprise = enterprise(name, TANGXIA);
		long id = registered(enterprise, "钟雅文", "13760000201");
		String hetang = PortalFixtures.townHandler(jdbc, "荷塘镇");

		assertThat(found(name, "demo-town")).contains(String.valueOf(id));
		assertThat(found(name, "demo-admin")).contains(String.valueOf(id));
		assertThat(found(name, hetang)).doesNotContain(String.valueOf(id));
		// The same answer as the pages': the town opens the registration, another town gets 404.
		String page = PageSession.text(PageSession.signIn(port, "demo-town").get("/portal/registrations/" + id));
		assertThat(page).contains(name).contains("钟雅文").contains("13760000201").contains("id=\"registration-" + id + "\"");
		assertThat(PageSession.signIn(port, hetang).get("/portal/registrations/" + id).statusCode()).isEqualTo(404);

		// Decided, it is still found, now as decided.
		assertThat(PageSession.signIn(port, "demo-town").post("/portal/registrations/" + id + "/approve", "/portal/registrations")
			.statusCode()).isEqualTo(302);
		assertThat(hit(name, "demo-town", id).path("title").asText()).contains(name);
		assertThat(PageSession.text(PageSession.signIn(port, "demo-town").get("/portal/registrations/" + id)))
			.contains(messages.zh("portal.status.APPROVED")).doesNotContain("/portal/registrations/" + id + "/approve");

		// The registration goes with its enterprise: moved to 荷塘镇, it is 荷塘镇's to find and no longer 棠下镇's.
		Acting.actAs(fixtures.office());
		registry.update(enterprise.id(), enterprise.version(), input(enterprise.creditCode(), name, HETANG), fixtures.office());
		Acting.actAsNobody();
		assertThat(found(name, hetang)).contains(String.valueOf(id));
		assertThat(found(name, "demo-town")).doesNotContain(String.valueOf(id));
		assertThat(PageSession.signIn(port, hetang).get("/portal/registrations/" + id).statusCode()).isEqualTo(200);
		assertThat(PageSession.signIn(port, "demo-town").get("/portal/registrations/" + id).statusCode()).isEqualTo(404);
	}

	@Test
	void theTownsAuditorReadsTheRegistrationsEntriesAndAnotherTownsDoesNot() {
		EnterpriseRecord enterprise = enterprise(uniqueName("凤凰审计"), TANGXIA);
		long id = registered(enterprise, "甘丽萍", "13760000202");
		assertThat(PageSession.signIn(port, "demo-town").post("/portal/registrations/" + id + "/reject", "/portal/registrations",
				List.of(java.util.Map.entry("reason", "联系人信息无法核实"))).statusCode()).isEqualTo(302);

		ApiClient tangxia = ApiClient.signIn(port, Auditors.scopedTo(jdbc, "棠下镇"));
		assertThat(Auditors.actionsOn(tangxia, TYPE, id))
			.containsExactlyInAnyOrder("portal.registration.submitted", "portal.registration.rejected");

		ApiClient hetang = ApiClient.signIn(port, Auditors.scopedTo(jdbc, "荷塘镇"));
		assertThat(Auditors.actionsOn(hetang, TYPE, id)).isEmpty();
		assertThat(Auditors.actionsOn(ApiClient.signIn(port, "demo-auditor"), TYPE, id)).hasSize(2);
	}

	@Test
	void theTownsHandlersAreToldOfANewRegistrationWithALinkToIt() {
		EnterpriseRecord enterprise = enterprise(uniqueName("凤凰通知"), TANGXIA);
		long town = PortalFixtures.accountId(jdbc, "demo-town");
		long hetang = PortalFixtures.accountId(jdbc, PortalFixtures.townHandler(jdbc, "荷塘镇"));
		long office = PortalFixtures.accountId(jdbc, "demo-admin");

		long id = registered(enterprise, "彭晓峰", "13760000203");

		List<Long> told = toldOf(id);
		assertThat(told).contains(town).doesNotContain(hetang, office);
		assertThat(jdbc.sql("SELECT message_arguments::text FROM notification WHERE link = ?").param("/portal/registrations/" + id)
			.query(String.class).single()).contains(enterprise.name()).contains("彭晓峰").doesNotContain("13760000203");
		// The inbox opens the registration, where the town decides it.
		PageSession inbox = PageSession.signIn(port, "demo-town");
		assertThat(PageSession.text(inbox.get("/inbox"))).contains(messages.zh("portal.notify.submitted", enterprise.name(), "彭晓峰"));
		long item = jdbc.sql("SELECT i.id FROM inbox_item i JOIN notification n ON n.id = i.notification_id WHERE n.link = ? AND i.account_id = ?")
			.params("/portal/registrations/" + id, town).query(Long.class).single();
		assertThat(inbox.post("/inbox/" + item + "/open", "/inbox").headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).endsWith("/portal/registrations/" + id));
		assertThat(PageSession.text(inbox.get("/portal/registrations/" + id))).contains("/portal/registrations/" + id + "/approve");
	}

	@Test
	void aTownWithoutHandlersOfItsOwnLeavesTheNewRegistrationToTheDistrictOffice() {
		EnterpriseRecord enterprise = enterprise(uniqueName("凤凰白沙"), BAISHA);
		long id = registered(enterprise, "区丽华", "13760000204");

		assertThat(toldOf(id)).contains(PortalFixtures.accountId(jdbc, "demo-admin"))
			.doesNotContain(PortalFixtures.accountId(jdbc, "demo-town"));
	}

	// ---- helpers

	private EnterpriseRecord enterprise(String name, String division) {
		Acting.actAs(fixtures.office());
		try {
			return registry.register(input(newCode(), name, division), fixtures.office()).enterprise();
		}
		finally {
			Acting.actAsNobody();
		}
	}

	private long registered(EnterpriseRecord enterprise, String contact, String phone) {
		String page = PageSession.text(PortalFixtures.register(port, enterprise.creditCode(), contact, phone, PASSWORD, PASSWORD, true));
		assertThat(page).contains("registration-submitted");
		return PortalFixtures.registrationId(jdbc, phone);
	}

	private List<String> found(String text, String username) {
		return hits(text, username).stream().map(hit -> hit.path("id").asText()).toList();
	}

	private JsonNode hit(String text, String username, long id) {
		return hits(text, username).stream().filter(hit -> hit.path("id").asText().equals(String.valueOf(id))).findFirst().orElseThrow();
	}

	private List<JsonNode> hits(String text, String username) {
		ApiClient.Answer answer = ApiClient.signIn(port, username)
			.get("/api/v1/search?type=" + TYPE + "&size=50&q=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
		assertThat(answer.status()).isEqualTo(200);
		return StreamSupport.stream(answer.json().path("items").spliterator(), false).toList();
	}

	/** The accounts told of the registration, once the notification module has delivered it after the commit. */
	private List<Long> toldOf(long id) {
		String link = "/portal/registrations/" + id;
		await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(jdbc
			.sql("SELECT count(*) FROM notification WHERE message_key = 'portal.notify.submitted' AND link = ?").param(link)
			.query(Long.class).single()).isEqualTo(1));
		return jdbc.sql("SELECT i.account_id FROM inbox_item i JOIN notification n ON n.id = i.notification_id WHERE n.link = ?")
			.param(link).query(Long.class).list();
	}
}
