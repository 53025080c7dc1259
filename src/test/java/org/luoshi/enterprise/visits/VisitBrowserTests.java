package org.luoshi.enterprise.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

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

/**
 * A town's handler plans a visit on a phone (390 px) — picking the enterprise by typing part of its name —, records it
 * with what was found and a photo, and finds it on the enterprise's 360° page; no page is wider than the screen.
 */
class VisitBrowserTests extends BrowserTest {

	@Autowired
	Messages messages;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void desktopWindowAgain() {
		browser.manage().window().setSize(new Dimension(1280, 900));
	}

	@Test
	void aTownPlansThenRecordsAVisitOnAPhone() throws Exception {
		browser.manage().window().setSize(new Dimension(390, 844));
		long tangxia = jdbc.sql("SELECT id FROM unit WHERE short_name = '棠下镇'").query(Long.class).single();
		long laser = jdbc.sql("SELECT id FROM enterprise WHERE name = '江门市棠下激光科技有限公司'").query(Long.class).single();
		String purpose = "浏览器走访" + System.nanoTime();
		signIn("demo-town");

		open("/visits");
		assertThat(find(By.tagName("h1")).getText()).isEqualTo(messages.zh("visits.list.title"));
		assertWithinPhone();
		click(By.id("visit-new"));
		new Select(find(By.id("visit-kind"))).selectByValue("LEADER");
		setDate(find(By.id("visit-plannedDate")), today().plusDays(5));
		new Select(find(By.id("visit-unitId"))).selectByValue(String.valueOf(tangxia));
		find(By.id("visit-leaderName")).sendKeys("黄国栋");
		find(By.id("visit-purpose")).sendKeys(purpose);
		// Saved without an enterprise first: refused, beside the picker, with what was typed kept.
		click(By.id("visit-save"));
		assertThat(find(By.id("enterprises-errors")).getText()).isEqualTo(messages.zh("visits.validation.enterprises.none"));
		assertThat(find(By.id("visit-purpose")).getAttribute("value")).isEqualTo(purpose);

		find(By.id("visit-enterprise-q")).sendKeys("激光");
		WebElement add = waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector(".visit-choice-add[data-enterprise-id='" + laser + "']")));
		click(add);
		waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("visit-chosen"), "江门市棠下激光科技有限公司"));
		assertWithinPhone();
		click(By.id("visit-save"));

		waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("visit-page")));
		assertThat(find(By.id("flash")).getText()).contains(messages.zh("visits.flash.planned"));
		assertThat(find(By.id("visit-status")).getText()).isEqualTo(messages.zh("visits.status.PLANNED"));
		assertThat(browser.findElements(By.id("visit-demands"))).as("the place kept for demands").hasSize(1);
		long id = Long.parseLong(find(By.id("visit-page")).getAttribute("data-visit-id"));
		assertWithinPhone();

		click(By.id("visit-record"));
		setDate(find(By.id("visit-visitedDate")), today());
		find(By.cssSelector("#visit-chosen .visit-chosen-findings")).sendKeys("希望招聘激光设备技术工人");
		find(By.id("visit-findings")).sendKeys("企业运转正常，新设备已到厂");
		Path photo = Files.createTempFile("visit", ".png");
		Files.write(photo, VisitApiIntegrationTests.png());
		find(By.id("visit-photos")).sendKeys(photo.toString());
		assertWithinPhone();
		click(By.id("visit-save"));

		waitFor(ExpectedConditions.textToBe(By.id("visit-status"), messages.zh("visits.status.RECORDED")));
		assertThat(find(By.cssSelector("#visit-enterprises .visit-enterprise-findings")).getText()).isEqualTo("希望招聘激光设备技术工人");
		assertThat(find(By.id("visit-findings")).getText()).isEqualTo("企业运转正常，新设备已到厂");
		assertThat(browser.findElements(By.cssSelector("#visit-photos img.visit-photo"))).hasSize(1);
		assertThat(browser.findElements(By.id("visit-record"))).as("recorded: no longer offered").isEmpty();
		assertThat(browser.findElements(By.cssSelector("#visit-timeline .timeline-entry")).stream().map(e -> e.getAttribute("data-kind")).toList())
			.containsExactly("PLANNED", "RECORDED");
		assertWithinPhone();

		open("/enterprises/" + laser);
		assertThat(browser.findElements(By.cssSelector("#enterprise-timeline a[href='/visits/" + id + "']"))).hasSize(1);
		assertWithinPhone();
	}

	@Test
	void theCppccVisitIsOnTheEnterprisesPageAndEveryVisitPageFitsAPhone() {
		long cppcc = jdbc.sql("SELECT id FROM visit WHERE kind = 'CPPCC' ORDER BY id LIMIT 1").query(Long.class).single();
		long zhongtai = jdbc.sql("SELECT id FROM enterprise WHERE name = '中泰纸品有限公司'").query(Long.class).single();
		signIn("demo-admin");
		assertThat(browser.findElements(By.cssSelector("#sidebar a[href='/visits']"))).hasSize(1);
		open("/enterprises/" + zhongtai);
		WebElement entry = find(By.cssSelector("#enterprise-timeline .timeline-entry[data-source='visit']"));
		assertThat(entry.getText()).contains("何腾");
		click(entry.findElement(By.cssSelector("a[href='/visits/" + cppcc + "']")));
		waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("visit-page")));
		assertThat(browser.findElements(By.cssSelector("#visit-enterprises .visit-enterprise"))).hasSize(12);

		browser.manage().window().setSize(new Dimension(390, 844));
		List<String> tooWide = new ArrayList<>();
		long planned = jdbc.sql("SELECT id FROM visit WHERE kind = 'LEADER' AND status = 'PLANNED' ORDER BY id LIMIT 1").query(Long.class).single();
		for (String path : List.of("/visits", "/visits/new", "/visits/new?mode=record", "/visits/" + cppcc, "/visits/" + planned,
				"/visits/" + planned + "/edit", "/visits/" + planned + "/record")) {
			open(path);
			find(By.tagName("h1"));
			long width = ((Number) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth")).longValue();
			if (width > 390) {
				tooWide.add(path + " is " + width + " px wide");
			}
		}
		assertThat(tooWide).isEmpty();

		signIn("demo-sysadmin");
		assertThat(browser.findElements(By.cssSelector("#sidebar a[href='/visits']"))).isEmpty();
	}

	private void setDate(WebElement input, LocalDate date) {
		((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", input, date.toString());
	}

	private void assertWithinPhone() {
		long width = ((Number) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth")).longValue();
		assertThat(width).as("no sideways scrolling on a phone: " + browser.getCurrentUrl()).isLessThanOrEqualTo(390);
	}

	private static LocalDate today() {
		return LocalDate.now(ZoneId.of("Asia/Shanghai"));
	}
}
