package org.luoshi.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.support.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

/**
 * Takes the user guide's screenshots from the running application, so that they show what the code does today.
 * Not part of the test run: {@code mvn test -Dtest=UserGuideScreenshots -Dluoshi.screenshots=docs/user-guide/images}.
 */
class UserGuideScreenshots extends BrowserTest {

	Path folder;

	@BeforeEach
	void onlyWhenAsked() throws IOException {
		String target = System.getProperty("luoshi.screenshots");
		Assumptions.assumeTrue(target != null, "Screenshots are taken only with -Dluoshi.screenshots=<folder>");
		folder = Files.createDirectories(Path.of(target));
	}

	@Test
	void takesTheScreenshotsOfTheGuide() throws IOException {
		open("/login");
		shoot("login");
		signIn("demo-sysadmin");
		shoot("home-admin");
		open("/admin/units");
		find(By.id("unit-tree"));
		shoot("units");
		open("/admin/staff");
		shoot("staff");
		open("/admin/organization/import");
		shoot("import");
		open("/admin/accounts");
		shoot("accounts");
		open("/?lang=en");
		shoot("home-admin-en");
		open("/?lang=zh_CN");
		browser.manage().deleteAllCookies();
		signIn("demo-admin");
		open("/supervision/goals");
		click(find(By.xpath("//a[contains(@class, 'goal-link')][contains(., '千亿GDP')]")));
		find(By.id("goal-tasks"));
		shoot("supervision-goal");
		open("/supervision/tasks?light=RED");
		click(find(By.cssSelector("tr.task-row a")));
		find(By.id("timeline"));
		shoot("supervision-task");
		open("/calendar?year=2026&date=2026-10-10");
		find(By.id("calendar-months"));
		shoot("calendar");
		browser.manage().window().setSize(new Dimension(390, 844));
		open("/calendar?year=2026");
		shoot("calendar-phone");
		browser.manage().window().setSize(new Dimension(1280, 900));
		browser.manage().deleteAllCookies();
		signIn("demo-leader");
		open("/supervision/board");
		find(By.cssSelector("#chart-lights canvas"));
		shoot("supervision-board");
		browser.manage().deleteAllCookies();
		signIn("demo-dept");
		open("/supervision/my");
		shoot("supervision-my");
		browser.manage().deleteAllCookies();
		open("/public/plan");
		shoot("supervision-public");
		signIn("demo-auditor");
		open("/audit");
		shoot("audit");
	}

	/** The enterprise registry as a town's handler keeps it: the list, the form refusing a wrong code, the 360° page. */
	@Test
	void takesTheEnterpriseScreenshots() throws IOException {
		signIn("demo-town");
		open("/enterprises");
		find(By.id("enterprise-table"));
		shoot("enterprise-list");
		open("/enterprises/new");
		find(By.id("enterprise-creditCode")).sendKeys("91440703MA5070314A");
		find(By.cssSelector("#credit-code-check .credit-code-error"));
		shoot("enterprise-form");
		open("/enterprises?q=%E6%9C%9D%E5%85%89");
		click(find(By.cssSelector("#enterprise-table .enterprise-link")));
		find(By.id("enterprise-timeline"));
		shoot("enterprise-page");
	}

	private void shoot(String name) throws IOException {
		Path png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
		Files.copy(png, folder.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
	}
}
