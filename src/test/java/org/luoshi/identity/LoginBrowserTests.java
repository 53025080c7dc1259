package org.luoshi.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.luoshi.support.BrowserTest;
import org.luoshi.support.Messages;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

class LoginBrowserTests extends BrowserTest {

	@Autowired
	Messages messages;

	@Test
	void signsInInChineseAndLandsOnTheHomePage() {
		signIn("demo-admin");
		assertThat(find(By.tagName("h1")).getText()).isEqualTo(messages.zh("home.greeting", "陈志远"));
		assertThat(pageText()).contains(messages.zh("nav.home"));
	}

	@Test
	void switchesTheWholeInterfaceToEnglishAndRemembersIt() {
		open("/login?lang=en");
		assertThat(find(By.id("login-submit")).getText()).isEqualTo(messages.en("identity.login.submit"));
		signIn("demo-leader");
		assertThat(find(By.tagName("h1")).getText()).contains("Hello");
		open("/");
		assertThat(find(By.id("lang-switch")).getText()).isEqualTo("中文");
	}

	@Test
	void showsALocalizedErrorForAWrongPassword() {
		signIn("demo-town", "not-the-password");
		assertThat(find(By.id("login-error")).getText()).isEqualTo(messages.zh("identity.login.failed", 5, 15));
		waitFor(ExpectedConditions.urlContains("/login"));
	}
}
