package org.luoshi.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.luoshi.support.BrowserTest;
import org.luoshi.support.Messages;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The district office keeps the calendar in a browser: on a desk's wide screen and on a phone 390 px wide. */
class CalendarBrowserTests extends BrowserTest {

	@Autowired
	Messages messages;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void wideAgainAndNothingLeftMarked() {
		if (browser != null) {
			browser.manage().window().setSize(new Dimension(1280, 900));
		}
		// Only if a test failed half-way: the days these tests mark are ordinary days in the shipped 2026.
		jdbc.sql("DELETE FROM calendar_day WHERE day IN (DATE '2026-11-16', DATE '2026-12-26')").update();
	}

	@Test
	void theOfficeSeesAYearMarksADayAndSetsItBack() {
		browser.manage().window().setSize(new Dimension(1280, 900));
		signIn("demo-admin");
		open("/calendar?year=2026");
		assertThat(find(By.id("calendar-status")).getText()).contains("国办发明电〔2025〕7号");
		assertThat(cell("2026-10-01").getAttribute("class")).contains("calendar-holiday");
		assertThat(find(By.id("day-2026-10-01")).getText()).contains("休");
		assertThat(cell("2026-10-10").getAttribute("class")).contains("calendar-makeup_workday");
		assertThat(find(By.id("day-2026-10-10")).getText()).contains("班");
		assertThat(find(By.id("calendar-arrangement")).getText()).contains("国庆节：10月1日至10月7日放假，共7天；9月20日（周日）、10月10日（周六）上班");
		assertThat(find(By.id("month-10")).getRect().getY()).as("months side by side on a wide screen")
			.isEqualTo(find(By.id("month-11")).getRect().getY());

		click(By.id("day-2026-11-16"));
		assertThat(find(By.id("calendar-selected-day")).getText()).contains("2026-11-16", "周一", "工作日");
		assertThat(find(By.id("from")).getAttribute("value")).isEqualTo("2026-11-16");
		assertThat(new Select(find(By.id("kind"))).getFirstSelectedOption().getAttribute("value")).isEqualTo("HOLIDAY");
		find(By.id("name")).sendKeys("本区调休");
		click(By.id("calendar-save"));

		assertThat(find(By.id("flash")).getText()).contains(messages.zh("calendar.flash.saved"));
		assertThat(cell("2026-11-16").getAttribute("class")).contains("calendar-holiday", "calendar-district", "calendar-selected");
		assertThat(find(By.id("day-2026-11-16")).getAttribute("title")).isEqualTo("本区调休 · 放假");
		assertThat(find(By.id("calendar-arrangement")).getText()).contains("本区调休：11月16日放假，共1天");
		long districtDays = jdbc.sql("SELECT count(*) FROM calendar_day WHERE year = 2026 AND origin = 'DISTRICT'").query(Long.class).single();
		assertThat(find(By.id("calendar-district-days")).getText()).isEqualTo(messages.zh("calendar.district-days", districtDays));

		new Select(find(By.id("kind"))).selectByValue("ORDINARY");
		click(By.id("calendar-save"));
		waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("flash"), messages.zh("calendar.flash.saved")));
		assertThat(cell("2026-11-16").getAttribute("class")).contains("calendar-workday").doesNotContain("calendar-holiday");
		assertThat(find(By.id("calendar-arrangement")).getText()).doesNotContain("本区调休");
	}

	@Test
	void onAPhoneTheOfficeMarksAMakeUpSaturdayAndIsToldWhenADayCannotBeOne() {
		browser.manage().window().setSize(new Dimension(390, 844));
		signIn("demo-admin");
		open("/calendar?year=2026");
		assertThat(find(By.id("month-12")).isDisplayed()).isTrue();
		assertNoSidewaysScrolling();

		click(By.id("day-2026-12-26"));
		assertThat(new Select(find(By.id("kind"))).getFirstSelectedOption().getAttribute("value")).as("a Saturday is offered as a make-up day")
			.isEqualTo("MAKEUP_WORKDAY");
		find(By.id("name")).sendKeys("本区调休");
		click(By.id("calendar-save"));
		assertThat(find(By.id("flash")).getText()).contains(messages.zh("calendar.flash.saved"));
		assertThat(cell("2026-12-26").getAttribute("class")).contains("calendar-makeup_workday");
		assertThat(find(By.id("day-2026-12-26")).getText()).contains("班");
		assertNoSidewaysScrolling();

		click(By.id("day-2026-12-28"));
		new Select(find(By.id("kind"))).selectByValue("MAKEUP_WORKDAY");
		find(By.id("name")).sendKeys("本区调休");
		click(By.id("calendar-save"));
		assertThat(find(By.id("kind-error")).getText()).isEqualTo(messages.zh("calendar.validation.makeup.weekday", "2026-12-28"));
		assertThat(cell("2026-12-28").getAttribute("class")).contains("calendar-workday");
		assertNoSidewaysScrolling();

		click(By.id("day-2026-12-26"));
		new Select(find(By.id("kind"))).selectByValue("ORDINARY");
		click(By.id("calendar-save"));
		waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("flash"), messages.zh("calendar.flash.saved")));
		assertThat(cell("2026-12-26").getAttribute("class")).contains("calendar-weekend");
	}

	@Test
	void aUnitSeesTheCalendarAndTheWarningForAYearNotPublishedOnAPhone() {
		browser.manage().window().setSize(new Dimension(390, 844));
		signIn("demo-town");
		open("/calendar?year=2027");
		assertThat(find(By.id("calendar-unpublished")).getText()).contains(messages.zh("calendar.unpublished.title", "2027"));
		assertThat(browser.findElements(By.id("calendar-day-form"))).isEmpty();
		assertThat(browser.findElements(By.id("calendar-year-form"))).isEmpty();
		assertNoSidewaysScrolling();
		click(By.id("calendar-previous"));
		assertThat(find(By.id("calendar-year")).getAttribute("data-year")).isEqualTo("2026");
		assertThat(cell("2026-02-17").getAttribute("class")).contains("calendar-holiday");
	}

	private WebElement cell(String date) {
		return find(By.id("day-" + date)).findElement(By.xpath(".."));
	}

	private void assertNoSidewaysScrolling() {
		assertThat(((Number) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth;")).intValue())
			.as("no sideways scrolling on a phone").isLessThanOrEqualTo(390);
	}
}
