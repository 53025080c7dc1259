package org.luoshi.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.luoshi.support.Auditors;
import org.luoshi.support.BrowserTest;
import org.luoshi.support.Messages;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

class AuditBrowserTests extends BrowserTest {

	@Autowired
	Messages messages;

	@org.springframework.beans.factory.annotation.Autowired
	org.luoshi.supervision.SupervisionFixtures supervision;

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void auditorFindsTheirSignInFiltersExpandsChangesAndVerifiesTheChain() {
		signIn("demo-auditor");
		find(By.cssSelector("#sidebar a[href='/audit']")).click();

		WebElement newest = find(By.cssSelector("#audit-entries tr.audit-entry"));
		assertThat(newest.getText()).contains(messages.zh("audit.action.identity.login.success")).contains("demo-auditor").containsAnyOf("127.0.0.1", "::1");

		WebElement action = find(By.id("action"));
		action.sendKeys("identity.account.created");
		// Other tests create accounts in the same database: narrow to the demo auditor's own creation.
		find(By.id("text")).sendKeys("demo-auditor");
		find(By.id("filter-submit")).click();
		waitFor(ExpectedConditions.urlContains("action=identity.account.created"));
		List<WebElement> rows = browser.findElements(By.cssSelector("#audit-entries tr.audit-entry"));
		assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row.findElement(By.className("action-label")).getText()).isEqualTo(messages.zh("audit.action.identity.account.created")));

		WebElement first = rows.get(0);
		WebElement changes = browser.findElement(By.id("changes-" + first.getAttribute("id").substring("entry-".length())));
		assertThat(changes.isDisplayed()).isFalse();
		first.findElement(By.className("changes-toggle")).click();
		waitFor(ExpectedConditions.visibilityOf(changes));
		assertThat(changes.getText()).contains(messages.zh("audit.changes.before")).contains(messages.zh("audit.changes.after"))
			.contains(messages.zh("audit.field.roles")).contains(messages.zh("role.AUDITOR"));

		find(By.id("verify-chain")).click();
		assertThat(find(By.id("verify-outcome")).getText()).contains("哈希链完整");
	}

	@Test
	void aTownAuditorReadsLocalizedEntriesAboutItsTownOnly() {
		String marker = "浏览器审计" + java.util.UUID.randomUUID().toString().substring(0, 6);
		var goal = supervision.goal(marker + "目标");
		supervision.issued(goal, marker + "配合任务", "区司法局", 30, "棠下镇");
		supervision.issued(goal, marker + "司法局任务", "区司法局", 30);
		String auditor = Auditors.scopedTo(jdbc, "棠下镇");

		signIn(auditor);
		open("/audit?text=" + java.net.URLEncoder.encode(marker, java.nio.charset.StandardCharsets.UTF_8));

		List<WebElement> rows = browser.findElements(By.cssSelector("#audit-entries tr.audit-entry"));
		assertThat(rows).isNotEmpty();
		assertThat(find(By.id("audit-entries")).getText()).contains(marker + "配合任务").doesNotContain(marker + "司法局任务");
		assertThat(rows).extracting(row -> row.findElement(By.className("action-label")).getText())
			.contains(messages.zh("audit.action.supervision.task.issued")).doesNotContain("supervision.task.issued");
		WebElement issued = rows.stream().filter(row -> row.getText().contains(marker + "配合任务") && row.getText().contains(messages.zh("audit.action.supervision.task.issued")))
			.findFirst().orElseThrow();
		issued.findElement(By.className("changes-toggle")).click();
		WebElement changes = find(By.id("changes-" + issued.getAttribute("id").substring("entry-".length())));
		waitFor(ExpectedConditions.visibilityOf(changes));
		assertThat(changes.getText()).contains(messages.zh("audit.field.leadUnitId")).contains("江门市蓬江区司法局").doesNotContain("leadUnitId →");
	}

	@Test
	void homePageTellsTheAuditorAboutFailedSignIns() {
		signIn("demo-leader", "not-the-password");
		signIn("demo-auditor");

		WebElement attention = find(By.id("attention"));
		assertThat(attention.getText()).contains("近 24 小时登录失败");
		attention.findElement(By.cssSelector("a[href*='/audit?action=identity.login.']")).click();
		waitFor(ExpectedConditions.urlContains("/audit"));
		assertThat(find(By.id("action")).getAttribute("value")).isEqualTo("identity.login.");
	}

	@Test
	void othersSeeNoAuditLinkAndGetTheFriendlyForbiddenPage() {
		signIn("demo-town");
		assertThat(browser.findElements(By.cssSelector("#sidebar a[href='/audit']"))).isEmpty();

		open("/audit");

		assertThat(find(By.id("error-message")).getText()).isEqualTo(messages.zh("error.forbidden"));
		assertThat(pageText()).contains("403");
	}
}
