package org.luoshi.enterprise.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.luoshi.support.BrowserTest;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.Messages;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A proposal from registration to evaluation on a 390 px phone: the member submits it, the CPPCC office accepts and
 * assigns it, the unit answers B, the member evaluates it into follow-up; every proposal page fits the phone.
 */
@IntegrationTest
class ProposalBrowserTests extends BrowserTest {

	@Autowired
	Messages messages;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void desktopWindowAgain() {
		browser.manage().window().setSize(new Dimension(1280, 900));
	}

	@Test
	void aMemberSubmitsTheOfficeAssignsTheUnitAnswersAndTheMemberEvaluatesAllOnPhones() {
		browser.manage().window().setSize(new Dimension(390, 844));
		String title = "关于企业屋顶光伏并网的建议" + System.nanoTime();
		signIn("demo-member");
		open("/proposals/new");
		find(By.id("proposal-title")).sendKeys(title);
		find(By.id("proposal-reasons")).sendKeys("企业建设屋顶光伏后并网手续较多，周期较长。");
		click(By.id("proposal-submit"));
		assertThat(find(By.id("proposal-problems")).getText()).contains(messages.zh("proposal.suggestions.required"));
		assertThat(find(By.id("proposal-title")).getAttribute("value")).isEqualTo(title);
		find(By.id("proposal-suggestions")).sendKeys("建议设立并网一站式服务窗口。");
		find(By.id("proposal-enterprises")).sendKeys("中泰纸品有限公司");
		assertWithinPhone();
		click(By.id("proposal-submit"));
		waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("proposal-page")));
		long id = Long.parseLong(find(By.id("proposal-page")).getAttribute("data-proposal-id"));
		assertThat(find(By.id("proposal-status")).getText()).isEqualTo(messages.zh("proposal.status.SUBMITTED"));
		assertWithinPhone();

		signIn("demo-cppcc");
		open("/proposals?view=mine");
		click(By.cssSelector("#proposal-" + id + " .proposal-link"));
		take("ACCEPT", null);
		assertThat(find(By.id("proposal-number")).getText()).matches("\\d{4}-\\d{4}");
		click(By.id("proposal-open-ASSIGN"));
		new Select(waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("unit-ASSIGN")))).selectByValue(String.valueOf(unit("区司法局")));
		click(By.id("proposal-submit-ASSIGN"));
		waitFor(ExpectedConditions.textToBe(By.id("proposal-status"), messages.zh("proposal.status.ASSIGNED")));
		assertThat(find(By.id("proposal-lead-unit")).getText()).isEqualTo("区司法局");
		assertThat(find(By.cssSelector("#proposal-clock .proposal-clock")).getAttribute("data-light")).isEqualTo("GREEN");
		assertWithinPhone();

		signIn("demo-dept");
		open("/proposals?view=mine");
		click(By.cssSelector("#proposal-" + id + " .proposal-link"));
		click(By.id("proposal-open-ANSWER"));
		click(waitFor(ExpectedConditions.elementToBeClickable(By.id("category-B"))));
		find(By.id("text-ANSWER")).sendKeys("已列入明年政务服务优化计划，拟设立并网服务专窗。");
		click(By.id("proposal-submit-ANSWER"));
		waitFor(ExpectedConditions.textToBe(By.id("proposal-status"), messages.zh("proposal.status.ANSWERED")));
		assertWithinPhone();

		signIn("demo-member");
		open("/proposals/" + id);
		click(By.id("proposal-open-EVALUATE"));
		click(waitFor(ExpectedConditions.elementToBeClickable(By.id("evaluation-UNSATISFIED"))));
		click(By.id("proposal-submit-EVALUATE"));
		assertThat(find(By.id("proposal-problems")).getText()).contains(messages.zh("proposal.evaluation.unsatisfied.reason"));
		click(waitFor(ExpectedConditions.elementToBeClickable(By.id("evaluation-BASICALLY"))));
		click(By.id("proposal-submit-EVALUATE"));
		waitFor(ExpectedConditions.textToBe(By.id("proposal-status"), messages.zh("proposal.status.IN_FOLLOW_UP")));
		assertThat(find(By.id("proposal-evaluation")).getText()).contains(messages.zh("proposal.evaluation.BASICALLY"));
		assertThat(browser.findElements(By.cssSelector("#proposal-timeline .timeline-entry")).stream().map(e -> e.getAttribute("data-kind")).toList())
			.containsExactly("evaluated-follow-up", "answered", "assigned", "accepted", "submitted");
		assertWithinPhone();
	}

	@Test
	void everyProposalPageFitsAPhone() {
		signIn("demo-cppcc");
		browser.manage().window().setSize(new Dimension(390, 844));
		List<String> tooWide = new ArrayList<>();
		List<String> paths = new ArrayList<>(List.of("/proposals", "/proposals?view=mine", "/proposals/new", "/proposals/opinions",
				"/proposals/opinions/new"));
		jdbc.sql("SELECT id FROM proposal ORDER BY id LIMIT 8").query(Long.class).list().forEach(id -> paths.add("/proposals/" + id));
		jdbc.sql("SELECT id FROM proposal_opinion ORDER BY id LIMIT 3").query(Long.class).list().forEach(id -> paths.add("/proposals/opinions/" + id));
		for (String path : paths) {
			open(path);
			find(By.tagName("h1"));
			long width = ((Number) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth")).longValue();
			if (width > 390) {
				tooWide.add(path + " is " + width + " px wide");
			}
		}
		assertThat(tooWide).isEmpty();
	}

	private void take(String step, String text) {
		click(By.id("proposal-open-" + step));
		if (text != null) {
			waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("text-" + step))).sendKeys(text);
		}
		click(waitFor(ExpectedConditions.elementToBeClickable(By.id("proposal-submit-" + step))));
		waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("proposal-flash")));
	}

	private long unit(String shortName) {
		return jdbc.sql("SELECT id FROM unit WHERE short_name = ?").param(shortName).query(Long.class).single();
	}

	private void assertWithinPhone() {
		long width = ((Number) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth")).longValue();
		assertThat(width).as("no sideways scrolling on a phone: " + browser.getCurrentUrl()).isLessThanOrEqualTo(390);
	}
}
