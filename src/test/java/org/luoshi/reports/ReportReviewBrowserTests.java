package org.luoshi.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.luoshi.support.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

class ReportReviewBrowserTests extends BrowserTest {

	@Test
	void readsAPastedConferenceReviewsItsTasksAndConfirmsThem() {
		signIn("demo-admin");
		open("/reports/new?lang=en");
		WebElement text = find(By.id("report-text"));
		// sendKeys types slowly and drops characters outside the BMP; setting the value is what a paste does.
		((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", text, ReportDraftFixtures.CONFERENCE);
		find(By.id("report-date")).sendKeys("03102025");
		click(find(By.id("report-submit")));

		waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("report-source")));
		assertThat(browser.getCurrentUrl()).matches(".*/reports/\\d+$");
		assertThat(find(By.id("report-status")).getText()).isEqualTo("Draft");
		assertThat(browser.findElements(By.cssSelector("#report-source mark"))).hasSize(4);
		assertThat(find(By.id("span-0")).getText()).contains("区发改局");
		assertThat(browser.findElements(By.cssSelector(".task-card"))).hasSize(4);
		assertThat(find(By.id("report-tasks")).getText()).contains("一要抓好项目建设").contains("二要优化营商环境");

		// The second task: lead unit becomes 区住建局.
		WebElement card = find(By.id("task-1"));
		click(card.findElement(By.tagName("summary")));
		Select lead = new Select(card.findElement(By.id("lead-1")));
		lead.deselectAll();
		lead.selectByVisibleText("区住建局");
		click(card.findElement(By.cssSelector(".task-save")));
		waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#task-1 .task-lead"), "区住建局"));

		// The last task goes.
		WebElement last = find(By.id("task-3"));
		click(last.findElement(By.tagName("summary")));
		click(last.findElement(By.cssSelector(".task-delete")));
		waitFor(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".task-card"), 3));

		click(find(By.id("report-confirm")));
		waitFor(ExpectedConditions.textToBe(By.id("report-status"), "Confirmed"));
		assertThat(browser.findElements(By.id("report-confirm"))).isEmpty();
		assertThat(browser.findElements(By.cssSelector(".task-edit"))).isEmpty();

		open("/reports");
		assertThat(find(By.id("reports-table")).getText()).contains(ReportDraftFixtures.TITLE).contains("Confirmed");
	}

	@Test
	void showsWhyNothingWasReadInline() {
		signIn("demo-admin");
		open("/reports/new?lang=en");
		click(find(By.id("report-submit")));

		assertThat(find(By.id("report-text-error")).getText()).isEqualTo("Paste the text or choose a file.");
	}

	/** Scrolled to the middle of the window first, so that the sticky header or the window's edge is not in the way. */
	private void click(WebElement element) {
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
		element.click();
	}
}
