package org.luoshi.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.luoshi.organization.OrganizationDirectory;
import org.luoshi.support.BrowserTest;
import org.luoshi.support.Messages;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

class AccountAdminBrowserTests extends BrowserTest {

	@Autowired
	Messages messages;

	@Autowired
	OrganizationDirectory organization;

	@Autowired
	AccountDirectory accounts;

	@Test
	void theSystemAdministratorCreatesAnAccountTheSecurityAdministratorGrantsItsRoleAndItsOwnerChoosesAPassword() {
		String username = IdentityFixtures.uniqueUsername("wu");
		long tangxia = organization.findUnitByName("棠下镇").orElseThrow().id();

		signIn("demo-sysadmin");
		find(By.linkText("账号管理")).click();
		find(By.id("new-account")).click();
		find(By.id("username")).sendKeys(username);
		find(By.id("displayName")).sendKeys("吴敏仪");
		find(By.id("staff-search")).sendKeys("吴敏");
		// The choices arrive by htmx after typing stops; click the one for this person once it is there.
		click(By.xpath("//div[@id='staff-choices']//label[contains(., '吴敏仪')]"));
		waitFor(driver -> driver.findElement(By.cssSelector("#staff-choices input[type=radio]")).isSelected());
		assertThat(browser.findElements(By.cssSelector("input[name=roles]"))).isEmpty();
		new Select(find(By.id("scopeUnitId"))).selectByValue(String.valueOf(tangxia));
		click(By.id("account-save"));

		assertThat(find(By.id("issued-message")).getText()).isEqualTo(messages.zh("identity.account.issued.created", username));
		String password = find(By.id("one-time-password")).getText();
		find(By.id("issued-back")).click();
		assertThat(pageText()).contains("棠下镇").contains("吴敏仪").contains(messages.zh("identity.account.must-change")).contains(messages.zh("identity.account.roles.none"));

		// Their own account: no roles to grant, neither to others nor to themselves.
		open("/admin/accounts/" + accounts.findByUsername("demo-sysadmin").orElseThrow().id());
		assertThat(find(By.id("roles-read-only")).getText()).contains(messages.zh("role.SYSTEM_ADMIN"));
		assertThat(browser.findElements(By.id("roles-form"))).isEmpty();
		assertThat(pageText()).contains(messages.zh("identity.account.own"));
		signOut();

		signIn("demo-secadmin");
		open("/admin/accounts/" + accounts.findByUsername(username).orElseThrow().id());
		assertThat(browser.findElements(By.id("account-form"))).isEmpty();
		click(By.cssSelector("#roles-form input[name=roles][value=UNIT_HANDLER]"));
		click(By.id("roles-save"));
		assertThat(find(By.id("flash")).getText()).isNotBlank();
		assertThat(find(By.id("roles-card")).getText()).doesNotContain(messages.zh("identity.account.roles.none"));
		assertThat(find(By.cssSelector("#roles-form input[value=UNIT_HANDLER]")).isSelected()).isTrue();
		signOut();

		signIn(username, password);
		waitFor(ExpectedConditions.urlContains("/account/password"));
		assertThat(find(By.id("password-change-required")).getText()).isEqualTo(messages.zh("identity.password.required"));
		open("/");
		waitFor(ExpectedConditions.urlContains("/account/password"));
		find(By.id("currentPassword")).sendKeys(password);
		find(By.id("newPassword")).sendKeys("Tangxia-Lychee-48");
		find(By.id("confirmation")).sendKeys("Tangxia-Lychee-48");
		click(By.cssSelector("#password-form button[type=submit]"));

		assertThat(find(By.id("flash")).getText()).isEqualTo(messages.zh("identity.password.changed"));
		assertThat(find(By.tagName("h1")).getText()).isEqualTo(messages.zh("home.greeting", "吴敏仪"));
		assertThat(pageText()).doesNotContain(messages.zh("identity.nav.accounts"));
	}

	@Test
	void noOneGrantsARoleToThemselves() {
		signIn("demo-secadmin");
		open("/admin/accounts/" + accounts.findByUsername("demo-secadmin").orElseThrow().id());
		assertThat(find(By.id("roles-read-only")).getText()).contains(messages.zh("role.SECURITY_ADMIN"));
		assertThat(pageText()).contains(messages.zh("identity.account.roles.own"));
		assertThat(browser.findElements(By.id("roles-form"))).isEmpty();
		assertThat(browser.findElements(By.id("reset-password"))).isEmpty();
	}

	private void signOut() {
		find(By.id("user-menu")).click();
		find(By.id("logout")).click();
		waitFor(ExpectedConditions.urlContains("/login?logout"));
	}

	/** Clicks an element once it is clickable, scrolled to the middle of the window so no header or edge is in the way. */
}
