package org.luoshi.enterprise.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.luoshi.support.BrowserTest;
import org.luoshi.support.Messages;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * On a phone (390 px): an enterprise's contact registers, 棠下镇 approves, the contact signs in and lands on the portal.
 * No page is wider than the screen.
 */
class PortalBrowserTests extends BrowserTest {

	static final String PHONE = "13760000100";
	static final String PASSWORD = "Qiye-Browser-2026";
	static final String ENTERPRISE = "江门市棠下智能家电有限公司";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Messages messages;

	@AfterEach
	void desk() {
		browser.manage().window().setSize(new Dimension(1280, 900));
	}

	@Test
	void anEnterpriseRegistersOnAPhoneIsApprovedByItsTownAndSeesItsPortal() {
		browser.manage().window().setSize(new Dimension(390, 844));
		String code = jdbc.sql("SELECT credit_code FROM enterprise WHERE name = ?").param(ENTERPRISE).query(String.class).single();

		open("/login");
		click(By.id("portal-register-link"));
		assertWithinPhone();
		find(By.id("creditCode")).sendKeys(code);
		find(By.id("contactName")).sendKeys("李婉婷");
		find(By.id("phone")).sendKeys(PHONE);
		find(By.id("password")).sendKeys(PASSWORD);
		find(By.id("confirmation")).sendKeys(PASSWORD);
		// Without the consent line ticked, nothing is stored and the form says why.
		click(By.id("registration-submit"));
		assertThat(find(By.id("consent-errors")).getText()).isEqualTo(messages.zh("portal.validation.consent"));
		assertThat(jdbc.sql("SELECT count(*) FROM portal_registration WHERE phone = ?").param(PHONE).query(Long.class).single()).isZero();
		find(By.id("password")).sendKeys(PASSWORD);
		find(By.id("confirmation")).sendKeys(PASSWORD);
		click(By.cssSelector("label[for='consent']"));
		click(By.id("registration-submit"));
		assertThat(find(By.id("registration-submitted")).getText()).contains(ENTERPRISE).contains("棠下镇");
		assertWithinPhone();

		// Waiting: the sign-in says so.
		signIn(PHONE, PASSWORD);
		assertThat(find(By.id("login-error")).getText()).isEqualTo(messages.zh("identity.login.awaiting"));

		signIn("demo-town");
		open("/portal/registrations");
		long id = jdbc.sql("SELECT id FROM portal_registration WHERE phone = ?").param(PHONE).query(Long.class).single();
		assertWithinPhone();
		// The registration's own page, where the town's notification and search lead, decides it as the list does.
		open("/portal/registrations/" + id);
		assertThat(find(By.id("registration-status")).getText()).isEqualTo(messages.zh("portal.status.PENDING"));
		assertWithinPhone();
		click(find(By.id("registration-" + id)).findElement(By.cssSelector("button.approve")));
		assertThat(find(By.id("flash")).getText()).isEqualTo(messages.zh("portal.flash.approved"));
		assertThat(find(By.id("decided-" + id)).getText()).contains(messages.zh("portal.status.APPROVED"));
		click(By.id("user-menu"));
		click(By.id("logout"));

		signIn(PHONE, PASSWORD);
		waitFor(driver -> driver.getCurrentUrl().endsWith("/portal"));
		assertThat(find(By.id("portal-enterprise-name")).getText()).isEqualTo(ENTERPRISE);
		assertThat(find(By.id("portal-enterprise-code")).getText()).isEqualTo(code);
		assertThat(find(By.id("portal-enterprise-town")).getText()).isEqualTo("棠下镇");
		assertThat(find(By.id("portal-section-demands")).getText()).contains(messages.zh("portal.section.demands"));
		assertThat(browser.findElements(By.id("sidebar"))).isEmpty();
		assertWithinPhone();
	}

	private void assertWithinPhone() {
		long width = ((Number) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth")).longValue();
		assertThat(width).as("no sideways scrolling on a phone: " + browser.getCurrentUrl()).isLessThanOrEqualTo(390);
	}
}
