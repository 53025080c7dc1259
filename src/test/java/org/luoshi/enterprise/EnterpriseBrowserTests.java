package org.luoshi.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.luoshi.support.BrowserTest;
import org.luoshi.support.Messages;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A town's handler registers an enterprise — with a wrong credit code first, then the right one —, finds it in the list
 * and opens its 360° page; on a desk (1280 px) and on a phone (390 px), where no page is wider than the screen.
 */
class EnterpriseBrowserTests extends BrowserTest {

	@Autowired
	Messages messages;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void desktopWindowAgain() {
		browser.manage().window().setSize(new Dimension(1280, 900));
	}

	@ParameterizedTest(name = "{0} px wide")
	@ValueSource(ints = { 1280, 390 })
	void aTownRegistersAnEnterpriseWithAWrongThenTheRightCodeFindsItAndOpensItsPage(int width) {
		browser.manage().window().setSize(new Dimension(width, 900));
		String code = EnterpriseFixtures.newCode();
		char expected = code.charAt(17);
		char wrong = expected == 'A' ? 'B' : 'A';
		String name = EnterpriseFixtures.uniqueName("浏览器");
		signIn("demo-town");

		open("/enterprises");
		assertThat(find(By.tagName("h1")).getText()).isEqualTo(messages.zh("enterprise.list.title"));
		click(By.id("enterprise-new"));
		WebElement creditCode = find(By.id("enterprise-creditCode"));
		creditCode.sendKeys(code.substring(0, 17) + wrong);
		// Checked as it is typed: the expected check character is named before anything is sent.
		WebElement liveError = waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#credit-code-check .credit-code-error")));
		assertThat(liveError.getText()).isEqualTo(messages.zh("enterprise.credit-code.check", String.valueOf(expected), String.valueOf(wrong)));
		find(By.id("enterprise-name")).sendKeys(name);
		find(By.id("enterprise-legalRepresentative")).sendKeys("陈浏览");
		find(By.id("enterprise-address")).sendKeys("江门市蓬江区棠下镇浏览路8号");
		click(find(By.cssSelector("label[for='tag-ABOVE_DESIGNATED_SIZE']")));
		find(By.id("contact-name-0")).sendKeys("李联系");
		find(By.id("contact-phone-0")).sendKeys("1371111");
		click(By.id("enterprise-save"));

		// Refused by the server too, beside the field, with what was typed kept.
		WebElement fieldError = find(By.id("creditCode-errors"));
		assertThat(fieldError.getText()).contains("“" + expected + "”");
		assertThat(find(By.id("enterprise-name")).getAttribute("value")).isEqualTo(name);
		WebElement phone = find(By.id("contact-phone-0"));
		assertThat(phone.getAttribute("class")).contains("is-invalid");
		assertThat(phone.findElement(By.xpath("following-sibling::div[contains(@class, 'invalid-feedback')]")).getText())
			.isEqualTo(messages.zh("validation.phone"));
		phone.clear();
		phone.sendKeys("13711112222");
		assertThat(jdbc.sql("SELECT count(*) FROM enterprise WHERE name = ?").param(name).query(Long.class).single()).isZero();
		creditCode = find(By.id("enterprise-creditCode"));
		creditCode.clear();
		creditCode.sendKeys(code);
		waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#credit-code-check .credit-code-ok")));
		assertWithinWidth(width);
		click(By.id("enterprise-save"));

		waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("enterprise-page")));
		assertThat(find(By.id("flash")).getText()).contains(messages.zh("enterprise.flash.registered"));
		assertThat(find(By.id("enterprise-name")).getText()).isEqualTo(name);
		assertThat(find(By.id("enterprise-credit-code")).getText()).isEqualTo(code);
		assertThat(find(By.id("enterprise-town")).getText()).contains("棠下镇");
		assertThat(find(By.cssSelector("#enterprise-contacts .contact-phone")).getText()).as("its town reads it whole").isEqualTo("13711112222");
		assertThat(find(By.cssSelector("#enterprise-timeline .timeline-text")).getText()).isEqualTo(messages.zh("enterprise.timeline.REGISTERED"));
		assertWithinWidth(width);

		open("/enterprises");
		find(By.id("enterprise-q")).sendKeys(name.substring(3, 12));
		waitFor(ExpectedConditions.textToBe(By.id("enterprise-total"), messages.zh("common.total", 1)));
		WebElement row = find(By.cssSelector("#enterprise-table .enterprise-row"));
		assertThat(row.findElement(By.cssSelector(".contact-phone")).getText()).as("masked in the list").isEqualTo("137****2222");
		assertWithinWidth(width);
		click(row.findElement(By.cssSelector(".enterprise-link")));
		waitFor(ExpectedConditions.textToBe(By.id("enterprise-name"), name));
	}

	@Test
	void aSubjectCodeFailingItsOwnCheckIsAWarningWhileTyping() {
		signIn("demo-town");
		open("/enterprises/new");
		find(By.id("enterprise-creditCode")).sendKeys(EnterpriseFixtures.newCodeFailingItsSubjectCheck());

		WebElement warning = waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#credit-code-check .credit-code-warning")));
		assertThat(warning.getText()).contains("GB 11714");
		assertThat(browser.findElements(By.cssSelector("#credit-code-check .credit-code-error"))).isEmpty();
	}

	@Test
	void theRegistryIsInTheMenuOfThoseWhoMayReadItAndItsPagesFitAPhone() {
		signIn("demo-sysadmin");
		assertThat(browser.findElements(By.cssSelector("#sidebar a[href='/enterprises']"))).isEmpty();

		signIn("demo-leader");
		assertThat(browser.findElements(By.cssSelector("#sidebar a[href='/enterprises']"))).hasSize(1);
		long chaoguang = jdbc.sql("SELECT id FROM enterprise WHERE name = '朝光通信有限公司'").query(Long.class).single();
		open("/enterprises/" + chaoguang);
		assertThat(find(By.cssSelector("#enterprise-contacts .contact-phone")).getText()).as("a leader reads contacts masked")
			.isEqualTo("139****1013");
		assertThat(browser.findElements(By.id("enterprise-edit"))).isEmpty();

		browser.manage().window().setSize(new Dimension(390, 844));
		signIn("demo-admin");
		List<String> tooWide = new ArrayList<>();
		for (String path : List.of("/enterprises", "/enterprises/new", "/enterprises/" + chaoguang, "/enterprises/" + chaoguang + "/edit",
				"/enterprises/import")) {
			open(path);
			find(By.tagName("h1"));
			long pageWidth = ((Number) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth")).longValue();
			if (pageWidth > 390) {
				tooWide.add(path + " is " + pageWidth + " px wide");
			}
		}
		assertThat(tooWide).isEmpty();
	}

	private void assertWithinWidth(int width) {
		if (width <= 390) {
			long pageWidth = ((Number) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth")).longValue();
			assertThat(pageWidth).as("no sideways scrolling on a phone: " + browser.getCurrentUrl()).isLessThanOrEqualTo(width);
		}
	}
}
