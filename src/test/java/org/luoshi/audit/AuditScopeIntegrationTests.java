package org.luoshi.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.luoshi.audit.AuditFixtures.actAs;
import static org.luoshi.audit.AuditFixtures.page;
import static org.luoshi.audit.AuditFixtures.signedInToPages;

import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.StreamSupport;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.luoshi.organization.OrganizationAdministration;
import org.luoshi.organization.OrganizationDirectory;
import org.luoshi.organization.StaffSummary;
import org.luoshi.organization.UnitCommands.CreateStaff;
import org.luoshi.shared.Actor;
import org.luoshi.shared.Permissions;
import org.luoshi.supervision.SupervisionFixtures;
import org.luoshi.supervision.TaskDetails;
import org.luoshi.support.Acting;
import org.luoshi.support.ApiClient;
import org.luoshi.support.Auditors;
import org.luoshi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;

/**
 * The trail honours data scope and masks personal data: an auditor of 棠下镇 reads the entries about its subtree only
 * (its staff, the tasks it works on, its people's sign-ins), in the page, the API and the export; nobody reads a full
 * phone number or e-mail address there.
 */
@IntegrationTest
class AuditScopeIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	OrganizationAdministration organization;

	@Autowired
	OrganizationDirectory directory;

	@Autowired
	SupervisionFixtures supervision;

	@Autowired
	@Qualifier("auditScopes")
	ApplicationRunner auditScopes;

	@AfterEach
	void clear() {
		Acting.actAsNobody();
	}

	@Test
	void aTownAuditorReadsOnlyTheEntriesAboutItsSubtreeWithPhonesAndMailsMasked() throws Exception {
		String marker = "审计范围" + UUID.randomUUID().toString().substring(0, 6);
		actAs(new Actor(null, "test-admin", "测试管理员", null, Set.of(Permissions.ORGANIZATION_MANAGE, Permissions.ORGANIZATION_READ)));
		StaffSummary townStaff = organization.createStaff(new CreateStaff(unit("棠下镇经济发展办公室"), marker + "镇", "干事", "13812345678",
				"zhang.san@tangxia.example"));
		StaffSummary bureauStaff = organization.createStaff(new CreateStaff(unit("区司法局"), marker + "局", "科员", "13987654321", null));
		Acting.actAsNobody();
		TaskDetails cooperated = supervision.issued(supervision.goal(marker + "目标"), marker + "配合任务", "区司法局", 30, "棠下镇");
		TaskDetails bureauOnly = supervision.issued(supervision.goal(marker + "目标二"), marker + "司法局任务", "区司法局", 30);
		ApiClient.signIn(port, "demo-dept");
		ApiClient.signIn(port, "demo-town");

		String townAuditor = Auditors.scopedTo(jdbc, "棠下镇");
		ApiClient town = ApiClient.signIn(port, townAuditor);
		List<JsonNode> seen = entries(town, "&limit=1000");
		assertThat(targets(seen, "staff")).contains(String.valueOf(townStaff.id())).doesNotContain(String.valueOf(bureauStaff.id()));
		assertThat(targets(seen, "task")).contains(String.valueOf(cooperated.id())).doesNotContain(String.valueOf(bureauOnly.id()));
		assertThat(seen).filteredOn(entry -> entry.path("action").asText().startsWith("identity.login."))
			.extracting(entry -> entry.path("target").path("label").asText())
			.contains("demo-town", townAuditor)
			.doesNotContain("demo-dept", "demo-admin", "demo-auditor");

		JsonNode townStaffEntry = seen.stream().filter(entry -> entry.path("target").path("id").asText().equals(String.valueOf(townStaff.id()))
				&& entry.path("target").path("type").asText().equals("staff")).findFirst().orElseThrow();
		assertThat(townStaffEntry.path("changes").path("phone").path("after").asText()).isEqualTo("138****5678");
		assertThat(townStaffEntry.path("changes").path("email").path("after").asText()).isEqualTo("z********@tangxia.example");

		List<JsonNode> all = entries(ApiClient.signIn(port, "demo-auditor"), "&limit=1000");
		assertThat(targets(all, "staff")).contains(String.valueOf(townStaff.id()), String.valueOf(bureauStaff.id()));
		assertThat(all.toString()).doesNotContain("13812345678", "13987654321", "zhang.san@");

		HttpClient pages = signedInToPages(port, townAuditor);
		String page = page(pages, port, "/audit?text=" + java.net.URLEncoder.encode(marker, java.nio.charset.StandardCharsets.UTF_8)
				+ "&size=100", HttpResponse.BodyHandlers.ofString()).body();
		assertThat(page).contains(marker + "镇").contains("138****5678").doesNotContain(marker + "局").doesNotContain("13812345678")
			.contains(marker + "配合任务").doesNotContain(marker + "司法局任务");
		byte[] export = page(pages, port, "/audit/export.xlsx", HttpResponse.BodyHandlers.ofByteArray()).body();
		try (InputStream body = new java.io.ByteArrayInputStream(export); ReadableWorkbook workbook = new ReadableWorkbook(body)) {
			List<String> rows = workbook.getFirstSheet().read().stream()
				.map(row -> row.stream().map(cell -> cell == null ? "" : cell.getText()).reduce("", String::concat))
				.toList();
			assertThat(String.join("", rows)).contains(marker + "镇").contains("138****5678").doesNotContain(marker + "局", "13812345678");
			// demo-dept's sign-in is the bureau's; its work on what the town shares (a co-handled proposal, say) is not.
			assertThat(rows).noneMatch(row -> row.contains("identity.login.") && row.contains("demo-dept"));
		}
	}

	@Test
	void entriesWrittenBeforeTheirUnitsWereRecordedGetThemAtStartUp() throws Exception {
		actAs(new Actor(null, "test-admin", "测试管理员", null, Set.of(Permissions.ORGANIZATION_MANAGE, Permissions.ORGANIZATION_READ)));
		StaffSummary staff = organization.createStaff(new CreateStaff(unit("棠下镇经济发展办公室"), "补录" + UUID.randomUUID().toString().substring(0, 6),
				null, null, null));
		Acting.actAsNobody();
		long entry = jdbc.sql("SELECT max(id) FROM audit_entry WHERE target_type = 'staff' AND target_id = ?")
			.param(String.valueOf(staff.id()))
			.query(Long.class)
			.single();
		// As an entry written before audit_entry_scope existed: no row there.
		// Past the append-only trigger as only a superuser can (for this transaction only, without locking the table).
		transactions.executeWithoutResult(status -> {
			jdbc.sql("SET LOCAL session_replication_role = replica").update();
			jdbc.sql("DELETE FROM audit_entry_scope WHERE entry_id = ?").param(entry).update();
		});
		String townAuditor = Auditors.scopedTo(jdbc, "棠下镇");
		assertThat(targets(entries(ApiClient.signIn(port, townAuditor), "&targetType=staff&limit=1000"), "staff"))
			.doesNotContain(String.valueOf(staff.id()));

		auditScopes.run(null);

		assertThat(jdbc.sql("SELECT unit_ids[1] FROM audit_entry_scope WHERE entry_id = ?").param(entry).query(Long.class).single())
			.isEqualTo(unit("棠下镇经济发展办公室"));
		assertThat(targets(entries(ApiClient.signIn(port, townAuditor), "&targetType=staff&limit=1000"), "staff"))
			.contains(String.valueOf(staff.id()));
	}

	private long unit(String name) {
		return directory.findUnitByName(name).orElseThrow().id();
	}

	private static List<JsonNode> entries(ApiClient client, String query) {
		ApiClient.Answer answer = client.get("/api/v1/audit?" + query.substring(1));
		assertThat(answer.status()).isEqualTo(200);
		return StreamSupport.stream(answer.json().path("items").spliterator(), false).toList();
	}

	private static List<String> targets(List<JsonNode> entries, String type) {
		return entries.stream().filter(entry -> entry.path("target").path("type").asText().equals(type))
			.map(entry -> entry.path("target").path("id").asText())
			.toList();
	}
}
