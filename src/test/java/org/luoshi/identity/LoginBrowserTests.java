package org.luoshi.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.luoshi.support.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

class LoginBrowserTests extends BrowserTest {

	@Test
	void signsInInChineseAndLandsOnTheHomePage() {
		signIn("demo-admin");
		assertThat(find(By.tagName("h1")).getText()).contains("您好").contains("陈志远");
		assertThat(pageText()).contains("首页");
	}

	@Test
	void switchesTheWholeInterfaceToEnglishAndRemembersIt() {
		open("/login?lang=en");
		assertThat(find(By.id("login-submit")).getText()).isEqualTo("Sign in");
		signIn("demo-leader");
		assertThat(find(By.tagName("h1")).getText()).contains("Hello");
		open("/");
		assertThat(find(By.id("lang-switch")).getText()).isEqualTo("中文");
	}

	@Test
	void showsALocalizedErrorForAWrongPassword() {
		signIn("demo-town", "not-the-password");
		assertThat(find(By.id("login-error")).getText()).startsWith("登录失败");
		waitFor(ExpectedConditions.urlContains("/login"));
	}
}
