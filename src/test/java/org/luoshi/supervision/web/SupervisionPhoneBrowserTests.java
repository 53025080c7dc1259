package org.luoshi.supervision.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.support.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The supervision pages on a phone, 390 px wide: nothing wider than the screen, and the search in the menu. */
class SupervisionPhoneBrowserTests extends BrowserTest {

	static final int PHONE_WIDTH = 390;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void phoneSizedWindow() {
		browser.manage().window().setSize(new Dimension(PHONE_WIDTH, 844));
	}

	@AfterEach
	void desktopWindowAgain() {
		browser.manage().window().setSize(new Dimension(1280, 900));
	}

	@Test
	void noSupervisionPageIsWiderThanThePhone() {
		long goal = jdbc.sql("SELECT min(id) FROM goal").query(Long.class).single();
		long task = jdbc.sql("SELECT min(id) FROM task WHERE status = 'IN_PROGRESS'").query(Long.class).single();
		long unit = jdbc.sql("SELECT id FROM unit WHERE name LIKE '%司法局%' ORDER BY id LIMIT 1").query(Long.class).single();
		signIn("demo-admin");
		List<String> tooWide = new ArrayList<>();
		for (String path : List.of("/", "/supervision/tasks", "/supervision/tasks?subtasks=true", "/supervision/goals",
				"/supervision/goals/" + goal, "/supervision/tasks/" + task, "/supervision/my", "/supervision/board",
				"/supervision/ranking", "/supervision/calendar", "/supervision/units", "/supervision/units/" + unit, "/public/plan")) {
			open(path);
			find(By.tagName("body"));
			long width = ((Number) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth")).longValue();
			if (width > PHONE_WIDTH) {
				tooWide.add(path + " is " + width + " px wide");
			}
		}
		assertThat(tooWide).isEmpty();
	}

	@Test
	void theMenuOffersTheSearchThatTheHeaderHasNoRoomFor() {
		signIn("demo-town");
		assertThat(browser.findElement(By.id("header-search")).isDisplayed()).isFalse();
		find(By.cssSelector("button[data-bs-target='#sidebar']")).click();
		find(By.id("menu-search-input")).sendKeys("棠下", Keys.ENTER);
		waitFor(ExpectedConditions.urlContains("/search?q="));
		assertThat(browser.getCurrentUrl()).contains("/search");
	}
}
