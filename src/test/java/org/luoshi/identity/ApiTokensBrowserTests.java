package org.luoshi.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.luoshi.support.BrowserTest;
import org.luoshi.support.Messages;
import org.luoshi.support.TestDatabaseEnvironment;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

class ApiTokensBrowserTests extends BrowserTest {

	@Autowired
	Messages messages;

	@Autowired
	IdentityFixtures fixtures;

	@Autowired
	AccountDirectory accounts;

	@Test
	void aPersonFindsTheirTokensInTheUserMenuAndRevokesOne() throws Exception {
		String token = fixtures.token("demo-town", TestDatabaseEnvironment.DEMO_PASSWORD);

		signIn("demo-town");
		find(By.id("user-menu")).click();
		find(By.linkText("我的接口令牌")).click();
		assertThat(find(By.tagName("h1")).getText()).isEqualTo(messages.zh("identity.token.own.title"));
		int before = browser.findElements(By.cssSelector("#token-table tbody tr")).size();
		assertThat(before).isPositive();
		// Newest first: the first row is the token just issued.
		find(By.cssSelector("#token-table tbody tr button[id^=revoke-]")).click();

		assertThat(find(By.id("flash")).getText()).isEqualTo(messages.zh("identity.token.revoked"));
		assertThat(browser.findElements(By.cssSelector("#token-table tbody tr"))).hasSize(before - 1);
		assertThat(fixtures.apiGet("/api/v1/me", "Bearer " + token, null).statusCode()).isEqualTo(401);
	}

	@Test
	void theSecurityAdministratorRevokesAnotherAccountsToken() throws Exception {
		AccountSummary owner = fixtures.accountInUse("browser-token");
		String token = fixtures.token(owner.username(), IdentityFixtures.OWN_PASSWORD);

		signIn("demo-secadmin");
		open("/admin/accounts?text=" + owner.username());
		find(By.linkText(owner.username())).click();
		assertThat(find(By.id("token-table")).getText()).contains("API");
		find(By.cssSelector("#token-table button[id^=revoke-]")).click();

		assertThat(find(By.id("flash")).getText()).isEqualTo(messages.zh("identity.token.revoked"));
		assertThat(find(By.id("tokens-empty")).isDisplayed()).isTrue();
		HttpResponse<String> refused = fixtures.apiGet("/api/v1/me", "Bearer " + token, null);
		assertThat(refused.statusCode()).isEqualTo(401);
	}
}
