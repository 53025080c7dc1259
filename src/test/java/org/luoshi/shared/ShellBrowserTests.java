package org.luoshi.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.luoshi.support.BrowserTest;
import org.luoshi.support.Messages;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/** The frame around every page: sidebar by role, language switch, friendly error pages, phone-sized screens. */
class ShellBrowserTests extends BrowserTest {

	@Autowired
	Messages messages;

	@Test
	void showsAFriendlyLocalizedPageForAnUnknownAddress() {
		signIn("demo-leader");
		open("/no-such-page");
		assertThat(find(By.id("error-message")).getText()).isEqualTo(messages.zh("error.not-found"));
		assertThat(pageText()).doesNotContain("Exception").doesNotContain("Whitelabel");
		open("/no-such-page?lang=en");
		assertThat(find(By.id("error-message")).getText()).isEqualTo(messages.en("error.not-found"));
	}

	@Test
	void switchingTheLanguageKeepsThePageAndItsQuery() {
		signIn("demo-leader");
		open("/search?q=%E6%A3%A0%E4%B8%8B");
		find(By.id("lang-switch")).click();
		waitFor(ExpectedConditions.urlContains("lang=en"));
		assertThat(browser.getCurrentUrl()).contains("/search").contains("q=%E6%A3%A0%E4%B8%8B");
		assertThat(find(By.id("lang-switch")).getText()).isEqualTo("中文");
	}

	@Test
	void signsOutFromTheUserMenu() {
		signIn("demo-dept");
		find(By.id("user-menu")).click();
		find(By.id("logout")).click();
		waitFor(ExpectedConditions.urlContains("/login?logout"));
		open("/");
		waitFor(ExpectedConditions.urlContains("/login"));
	}

	@Test
	void foldsTheSidebarIntoAMenuButtonOnAPhone() {
		browser.manage().window().setSize(new Dimension(390, 844));
		try {
			signIn("demo-admin");
			By menuButton = By.cssSelector("button[data-bs-target='#sidebar']");
			assertThat(find(menuButton).isDisplayed()).isTrue();
			browser.findElement(menuButton).click();
			assertThat(find(By.cssSelector("#sidebar a[href='/']")).isDisplayed()).isTrue();
		}
		finally {
			browser.manage().window().setSize(new Dimension(1280, 900));
		}
	}
}
