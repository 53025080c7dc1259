package org.luoshi.economy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.luoshi.support.BrowserTest;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.Messages;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A leader reads the indicators on a phone and opens GDP: the towns, the trend chart, the targets by town; the
 * district office records a value the page refuses (a quarterly figure in May) and keeps what was typed.
 */
@IntegrationTest
class EconomyBrowserTests extends BrowserTest {

	@Autowired
	Messages messages;

	@AfterEach
	void desktopWindowAgain() {
		browser.manage().window().setSize(new Dimension(1280, 900));
	}

	@Test
	void aLeaderReadsTheIndicatorsAndOpensGdpOnAPhone() {
		browser.manage().window().setSize(new Dimension(390, 844));
		signIn("demo-leader");
		open("/economy/indicators?period=2026-10");
		assertThat(browser.findElements(By.cssSelector(".indicator-row"))).hasSizeGreaterThanOrEqualTo(7);
		fitsThePhone();
		click(find(By.cssSelector("#indicator-GDP a")));
		assertThat(find(By.id("place-440703102")).getText()).contains("荷塘镇", "101");
		assertThat(find(By.id("place-440703")).findElements(By.cssSelector(".light .light-name"))).singleElement()
			.satisfies(light -> assertThat(light.getText()).isIn(messages.zh("economy.light.GREEN"), messages.zh("economy.light.AMBER"),
					messages.zh("economy.light.RED")));
		assertThat(find(By.id("economy-chart")).findElements(By.tagName("canvas"))).isNotEmpty();
		assertThat(find(By.id("cascade")).getText()).contains("力争突破百亿元");
		assertThat(browser.findElements(By.id("record-form"))).isEmpty();
		fitsThePhone();
	}

	@Test
	void theOfficeIsToldWhyAValueIsRefusedAndKeepsWhatItTyped() {
		signIn("demo-admin");
		open("/economy/indicators");
		click(find(By.cssSelector("#indicator-GDP a")));
		find(By.id("record-value")).sendKeys("412.5");
		((JavascriptExecutor) browser).executeScript("document.getElementById('record-period').value = '2031-05'");
		click(By.id("record-submit"));
		assertThat(find(By.id("economy-problems")).getText()).contains(messages.zh("economy.month.QUARTERLY_CUMULATIVE", 5));
		assertThat(find(By.id("record-value")).getAttribute("value")).isEqualTo("412.5");
	}

	@Test
	void theOfficeDefinesAnIndicatorOnAPhoneAndTakesItOutOfUse() {
		String code = "TEST_" + java.util.UUID.randomUUID().toString().substring(0, 6).toUpperCase(java.util.Locale.ROOT).replace('-', '_');
		browser.manage().window().setSize(new Dimension(390, 844));
		signIn("demo-admin");
		open("/economy/indicators");
		click(By.id("economy-definitions-link"));
		assertThat(find(By.cssSelector("#definition-table [data-code='GDP']")).getText()).contains(messages.zh("economy.frequency.QUARTERLY_CUMULATIVE"));
		fitsThePhone();

		// A lower-case code is refused and what was typed stays; then defined as it should be.
		find(By.id("definition-code")).sendKeys("bad code");
		find(By.id("definition-name")).sendKeys("限上单位商品零售额" + code);
		find(By.id("definition-name-en")).sendKeys("Retail sales above designated size");
		((JavascriptExecutor) browser).executeScript("document.getElementById('definition-code').removeAttribute('pattern')");
		click(By.id("definition-save"));
		assertThat(find(By.id("economy-problems")).getText()).contains(messages.zh("economy.indicator.code.format"));
		assertThat(find(By.id("definition-name")).getAttribute("value")).isEqualTo("限上单位商品零售额" + code);
		find(By.id("definition-code")).clear();
		find(By.id("definition-code")).sendKeys(code);
		click(By.id("definition-save"));
		assertThat(find(By.id("flash")).getText()).contains(messages.zh("economy.definition.saved"));

		click(find(By.cssSelector("#definition-table [data-code='" + code + "'] .definition-edit")));
		click(By.id("definition-active"));
		click(By.id("definition-save"));
		assertThat(find(By.cssSelector("#definition-table [data-code='" + code + "']")).getText()).contains(messages.zh("common.no"));
		open("/economy/indicators");
		assertThat(browser.findElements(By.id("indicator-" + code))).isEmpty();
		fitsThePhone();
	}

	private void fitsThePhone() {
		long width = ((Number) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth")).longValue();
		assertThat(width).as("no sideways scrolling on a phone: " + browser.getCurrentUrl()).isLessThanOrEqualTo(390);
	}
}
