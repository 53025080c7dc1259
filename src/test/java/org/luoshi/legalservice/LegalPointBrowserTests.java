package org.luoshi.legalservice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.luoshi.support.BrowserTest;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.Messages;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The bureau opens a point with its services and staff and sees it on the list; a point's staff member finds their point
 * on a phone; the public page lists the parks' points at 390 px without sideways scrolling.
 */
@IntegrationTest
class LegalPointBrowserTests extends BrowserTest {

	@Autowired
	Messages messages;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void desktopWindowAgain() {
		browser.manage().window().setSize(new Dimension(1280, 900));
	}

	@Test
	void theBureauOpensAPointWithItsServicesAndStaff() {
		String name = "江门高新区测试工作站" + System.nanoTime() % 100000;
		signIn("demo-justice");
		open("/legal/points");
		click(By.id("legal-point-new"));
		find(By.id("point-name")).sendKeys(name);
		find(By.id("point-address")).sendKeys("测试路 8 号");
		find(By.id("point-park")).sendKeys("测试园区");
		click(By.id("point-save"));
		// No service chosen yet: refused saying so, what was typed kept.
		assertThat(find(By.id("legal-problems")).getText()).contains(messages.zh("legal.point.services.required"));
		assertThat(find(By.id("point-name")).getAttribute("value")).isEqualTo(name);
		click(By.id("service-MEDIATION"));
		click(By.id("service-LEGAL_AID"));
		long demoLegal = jdbc.sql("SELECT id FROM account WHERE username = 'demo-legal'").query(Long.class).single();
		click(By.id("staff-" + demoLegal));
		click(By.id("point-save"));
		assertThat(find(By.id("legal-flash")).getText()).isEqualTo(messages.zh("legal.point.created"));
		WebElement card = browser.findElements(By.cssSelector(".legal-point")).stream().filter(c -> c.getText().contains(name)).findFirst()
			.orElseThrow();
		assertThat(card.getText()).contains("人民调解", "法律援助", "吴嘉欣");
	}

	@Test
	void aPointsStaffMemberFindsTheirPointOnAPhoneAndThePublicPageFitsToo() {
		browser.manage().window().setSize(new Dimension(390, 844));
		signIn("demo-legal");
		open("/legal/points");
		assertThat(browser.findElements(By.id("legal-point-new"))).isEmpty();
		assertThat(pageText()).contains(messages.zh("legal.point.mine"));
		WebElement mine = browser.findElements(By.cssSelector(".legal-point")).stream()
			.filter(card -> card.getText().contains(messages.zh("legal.point.mine"))).findFirst().orElseThrow();
		assertThat(mine.getText()).contains("棠下产业园");
		fitsThePhone();
		open("/public/legal");
		assertThat(browser.findElements(By.cssSelector(".public-point"))).hasSizeGreaterThanOrEqualTo(4);
		assertThat(find(By.id("public-legal")).getText()).contains("火炬园", "开放时间");
		fitsThePhone();
	}

	private void fitsThePhone() {
		long width = ((Number) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth")).longValue();
		assertThat(width).as("no sideways scrolling on a phone: " + browser.getCurrentUrl()).isLessThanOrEqualTo(390);
	}
}
