package org.luoshi.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.luoshi.identity.IdentityFixtures.PageSession;
import org.luoshi.support.Messages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A real installation (no demo data) starts with the three administrators (三员), each with a password printed on the
 * console that must be replaced at first sign-in. The one test context of its own, since it needs an empty account
 * table without demo mode.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "luoshi.demo=false")
@ExtendWith(OutputCaptureExtension.class)
class FirstAdministratorIntegrationTests {

	@Autowired
	Messages messages;

	static final Pattern PRINTED = Pattern.compile("First system admin: +sysadmin / (\\S+)");

	@Autowired
	IdentityFixtures fixtures;

	@Autowired
	AccountDirectory accounts;

	@Test
	void theFirstAdministratorMustReplaceThePrintedPasswordBeforeDoingAnything(CapturedOutput output) throws Exception {
		Matcher printed = PRINTED.matcher(output.getOut());
		assertThat(printed.find()).as("the start-up banner names the first administrator").isTrue();
		String password = printed.group(1);
		AccountSummary admin = accounts.findByUsername("sysadmin").orElseThrow();
		assertThat(admin.mustChangePassword()).isTrue();
		assertThat(admin.roles()).containsExactly(Role.SYSTEM_ADMIN);
		assertThat(accounts.findByUsername("secadmin").orElseThrow().roles()).containsExactly(Role.SECURITY_ADMIN);
		assertThat(accounts.findByUsername("auditadmin").orElseThrow().roles()).containsExactly(Role.AUDITOR);
		assertThat(output.getOut()).contains("First security admin:", "secadmin / ", "First auditor:", "auditadmin / ");
		assertThat(accounts.findByUsername("demo-admin")).isEmpty();

		assertThat(fixtures.requestToken("sysadmin", password, null).statusCode()).isEqualTo(403);
		PageSession page = fixtures.pageSession();
		assertThat(page.signIn("sysadmin", password).headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
		assertThat(page.get("/").headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/account/password"));
		assertThat(page.get("/admin/accounts").headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/account/password"));

		HttpResponse<String> weak = page.post("/account/password",
				List.of(Map.entry("currentPassword", password), Map.entry("newPassword", "My-Sysadmin-Office-9"), Map.entry("confirmation", "My-Sysadmin-Office-9")));
		assertThat(weak.statusCode()).isEqualTo(200);
		assertThat(weak.body()).contains(messages.zh("identity.password.contains-username"));
		assertThat(page.get("/").statusCode()).isEqualTo(302);

		page.post("/account/password", List.of(Map.entry("currentPassword", password), Map.entry("newPassword", "Jiangmen-Office-2026"),
				Map.entry("confirmation", "Jiangmen-Office-2026")));
		assertThat(page.get("/").statusCode()).isEqualTo(200);
		assertThat(page.get("/admin/accounts").body()).contains(">sysadmin<");
		assertThat(accounts.findByUsername("sysadmin").orElseThrow().mustChangePassword()).isFalse();
		assertThat(fixtures.requestToken("sysadmin", "Jiangmen-Office-2026", null).statusCode()).isEqualTo(200);
		assertThat(fixtures.requestToken("sysadmin", password, null).statusCode()).isEqualTo(401);
	}
}
