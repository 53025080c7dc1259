package org.luoshi.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.luoshi.audit.AuditFixtures.page;
import static org.luoshi.audit.AuditFixtures.signedInToPages;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.luoshi.support.AuditNames;
import org.luoshi.support.Auditors;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.Messages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The trail names what each entry did and what it is about, in Chinese and English, for every action and record type
 * it holds: here the demo data's entries, which take most steps of every module (and whatever tests wrote before in the
 * same database). Steps the demo data does not take are checked where their events are declared
 * ({@code DemandAuditNamesTests}, {@code ProposalAuditNamesTests}…). A code the bundles do not know is still shown as
 * stored, so that a new action is never hidden; this is what keeps that from being the normal case.
 */
@IntegrationTest
class AuditNamesIntegrationTests {

	/** One entry's row on the page: the action's name, then its code. */
	private static final Pattern ROW = Pattern.compile("<span class=\"action-label\">([^<]*)</span>\\s*"
			+ "<div class=\"small mono text-body-secondary\">([^<]*)</div>\\s*</td>\\s*<td>\\s*"
			+ "<span class=\"badge text-bg-light\">([^<]*)</span>");

	private static final Pattern FIELD = Pattern.compile("<span class=\"field-label\">([^<]*)</span>");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Messages messages;

	@Test
	void namesEveryActionAndRecordTypeInTheTrailInBothLanguages() {
		// Entries about "test" records are the audit tests' own probes of the chain.
		List<String> actions = jdbc.sql("SELECT DISTINCT action FROM audit_entry WHERE target_type <> 'test' ORDER BY action")
			.query(String.class)
			.list();
		List<String> types = jdbc.sql("SELECT DISTINCT target_type FROM audit_entry WHERE target_type <> 'test' ORDER BY target_type")
			.query(String.class)
			.list();

		// The demo data takes steps of every enterprise module (its registrations are written as rows, without entries).
		assertThat(actions).contains("enterprise.registered", "enterprise.demand.signed", "visit.planned", "enterprise.proposal.accepted",
				"enterprise.opinion.submitted", "identity.account.registered");
		assertThat(AuditNames.unnamed(actions, types)).as("actions and record types without a name in the audit bundles").isEmpty();
	}

	@Test
	void namesEveryFieldInTheTrailInBothLanguages() {
		List<String> fields = jdbc.sql("""
				SELECT DISTINCT field FROM audit_entry, jsonb_object_keys(changes) AS field
				WHERE target_type <> 'test' ORDER BY field""")
			.query(String.class)
			.list();

		// The demo data's writes of every enterprise module, among them the fields named after a record (a visit's
		// findings per enterprise) or numbered (an enterprise's contacts).
		assertThat(fields).contains("creditCode", "contact1.name", "dueOn", "rating", "proposer", "recipients", "approval", "purpose")
			.anyMatch(field -> field.startsWith("findings."));
		assertThat(AuditNames.unnamedFields(fields)).as("fields without a name in the audit bundles").isEmpty();
	}

	@Test
	void aTownAuditorReadsItsEnterprisesDemandsByName() throws Exception {
		HttpClient auditor = signedInToPages(port, Auditors.scopedTo(jdbc, "棠下镇"));

		List<String[]> zh = rows(page(auditor, port, "/audit?targetType=demand&size=100", HttpResponse.BodyHandlers.ofString()).body());
		List<String[]> en = rows(page(auditor, port, "/audit?targetType=demand&size=100&lang=en", HttpResponse.BodyHandlers.ofString()).body());

		assertThat(zh).isNotEmpty().allSatisfy(row -> {
			assertThat(row[0]).as(row[1]).isEqualTo(messages.zh("audit.action." + row[1]));
			assertThat(row[2]).isEqualTo(messages.zh("audit.target.demand"));
		});
		assertThat(zh).extracting(row -> row[0]).contains(messages.zh("audit.action.enterprise.demand.signed"), "诉求签收");
		assertThat(en).hasSameSizeAs(zh).allSatisfy(row -> {
			assertThat(row[0]).as(row[1]).isEqualTo(messages.en("audit.action." + row[1]));
			assertThat(row[2]).isEqualTo("Enterprise demand");
		});
	}

	@Test
	void aFieldNamedAfterARecordOrNumberedIsReadByItsFieldsName() throws Exception {
		HttpClient auditor = signedInToPages(port, "demo-auditor");

		String visits = page(auditor, port, "/audit?targetType=visit&size=100", HttpResponse.BodyHandlers.ofString()).body();
		String enterprises = page(auditor, port, "/audit?targetType=enterprise&size=100", HttpResponse.BodyHandlers.ofString()).body();
		String visitsEn = page(auditor, port, "/audit?targetType=visit&size=100&lang=en", HttpResponse.BodyHandlers.ofString()).body();

		assertThat(fieldLabels(visits)).contains(messages.zh("audit.field.findings") + "（朝光通信有限公司）", "走访发现（朝光通信有限公司）");
		assertThat(fieldLabels(visitsEn)).contains(messages.en("audit.field.findings") + " (朝光通信有限公司)");
		assertThat(fieldLabels(enterprises)).contains("联系人1姓名", "联系人1电话");
	}

	/** The names of the fields the changes tables of a page of the trail show. */
	private static List<String> fieldLabels(String page) {
		List<String> labels = new ArrayList<>();
		Matcher label = FIELD.matcher(page);
		while (label.find()) {
			labels.add(unescape(label.group(1)));
		}
		return labels;
	}

	/** The entries on a page of the trail: each one's action name, action code and record type's name. */
	private static List<String[]> rows(String page) {
		List<String[]> rows = new ArrayList<>();
		Matcher row = ROW.matcher(page);
		while (row.find()) {
			rows.add(new String[] { unescape(row.group(1)), row.group(2), unescape(row.group(3)) });
		}
		return rows;
	}

	private static String unescape(String html) {
		return html.replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
	}
}
