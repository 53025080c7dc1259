package org.luoshi.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.luoshi.support.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

class AuditBrowserTests extends BrowserTest {

	@Test
	void auditorFindsTheirSignInFiltersExpandsChangesAndVerifiesTheChain() {
		signIn("demo-auditor");
		find(By.cssSelector("#sidebar a[href='/audit']")).click();

		WebElement newest = find(By.cssSelector("#audit-entries tr.audit-entry"));
		assertThat(newest.getText()).contains("登录成功").contains("demo-auditor").containsAnyOf("127.0.0.1", "::1");

		WebElement action = find(By.id("action"));
		action.sendKeys("identity.account.created");
		// Other tests create accounts in the same database: narrow to the demo auditor's own creation.
		find(By.id("text")).sendKeys("demo-auditor");
		find(By.id("filter-submit")).click();
		waitFor(ExpectedConditions.urlContains("action=identity.account.created"));
		List<WebElement> rows = browser.findElements(By.cssSelector("#audit-entries tr.audit-entry"));
		assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row.findElement(By.className("action-label")).getText()).isEqualTo("新建账号"));

		WebElement first = rows.get(0);
		WebElement changes = browser.findElement(By.id("changes-" + first.getAttribute("id").substring("entry-".length())));
		assertThat(changes.isDisplayed()).isFalse();
		first.findElement(By.className("changes-toggle")).click();
		waitFor(ExpectedConditions.visibilityOf(changes));
		assertThat(changes.getText()).contains("修改前").contains("修改后").contains("角色").contains("AUDITOR");

		find(By.id("verify-chain")).click();
		assertThat(find(By.id("verify-outcome")).getText()).contains("哈希链完整");
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

		assertThat(find(By.id("error-message")).getText()).isEqualTo("您没有执行此操作的权限。");
		assertThat(pageText()).contains("403");
	}
}
