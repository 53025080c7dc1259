package org.luoshi.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

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

class ReportReviewBrowserTests extends BrowserTest {

	@Autowired
	Messages messages;

	@Autowired
	JdbcClient jdbc;

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
		waitFor(ExpectedConditions.alertIsPresent()).accept();
		waitFor(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".task-card"), 3));

		// 区政务服务数据管理局 is no unit of the organization: the preview names it and confirming asks first.
		click(find(By.id("report-confirm")));
		assertThat(find(By.id("confirm-unmatched")).getText()).contains("区政务服务数据管理局");
		click(find(By.id("confirm-submit")));
		waitFor(ExpectedConditions.alertIsPresent()).accept();
		waitFor(ExpectedConditions.textToBe(By.id("report-status"), "Confirmed"));
		assertThat(browser.findElements(By.id("report-confirm"))).isEmpty();
		assertThat(browser.findElements(By.cssSelector(".task-edit"))).isEmpty();
		// Once confirmed, the projects module offers the projects and platforms the report names, in a box of its own.
		waitFor(ExpectedConditions.presenceOfElementLocated(By.id("report-mentions")));
		assertThat(browser.findElements(By.id("report-mentions-slot"))).as("the slot is replaced by what it loaded").isEmpty();

		open("/reports");
		assertThat(find(By.id("reports-table")).getText()).contains(ReportDraftFixtures.TITLE).contains("Confirmed");
	}

	@Test
	void showsWhyNothingWasReadInline() {
		signIn("demo-admin");
		open("/reports/new?lang=en");
		click(find(By.id("report-submit")));

		assertThat(find(By.id("report-text-error")).getText()).isEqualTo(messages.en("reports.new.input.required"));
	}

	@Test
	void readsOnceOnADoubleClickShowingThatItIsBusy() {
		signIn("demo-admin");
		open("/reports/new?lang=en");
		long before = reports();
		// The form page itself, loaded whole, before the double click: a page still arriving from the sign-in must not
		// replace it under the script.
		waitFor(ExpectedConditions.urlContains("/reports/new"));
		waitFor(driver -> "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
		find(By.id("report-submit"));
		WebElement text = find(By.id("report-text"));
		// Long enough that the second click comes while the first is still being read, as a clerk's does. (Chromium itself
		// often drops the first of two quick submissions, so the count alone would pass without the page's guard; the
		// busy state would not.)
		String longText = java.util.stream.IntStream.rangeClosed(1, 60)
			.mapToObj(i -> "第" + i + "项，区发改局要推进第" + i + "批重点项目建设，年底前完成投资" + i + "亿元。")
			.collect(java.util.stream.Collectors.joining("\n"));
		((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", text, longText);

		Object busy = ((JavascriptExecutor) browser).executeAsyncScript("""
				var done = arguments[arguments.length - 1];
				var button = document.getElementById('report-submit');
				button.click();
				var shown = !document.getElementById('report-reading').hidden;
				setTimeout(function () { button.click(); done(shown); }, 100);""");

		assertThat(busy).isEqualTo(true);
		waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("report-source")));
		assertThat(reports()).isEqualTo(before + 1);
	}

	@Test
	void addsTasksFromTheSourceAndByTypingAsksBeforeDeletingAndConfirmsWhatThePreviewShows() {
		signIn("demo-admin");
		readMeeting();

		// The cards stand in the order of the text, and the source stays in view beside the last of them.
		assertThat(cardOrder()).containsExactly(0, 1, 2, 3);
		((JavascriptExecutor) browser).executeScript("window.scrollTo(0, document.body.scrollHeight);");
		assertThat(inView(find(By.id("report-source-panel")))).isTrue();

		// A passage the reader left out, taken from the source.
		selectInSource("园区法律服务站");
		click(find(By.id("report-source-take")));
		assertThat(find(By.id("add-task-text")).getAttribute("value")).isEqualTo("园区法律服务站");
		new Select(find(By.id("add-task-lead"))).selectByVisibleText("区司法局");
		click(find(By.id("add-task-save")));
		waitFor(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".task-card"), 5));
		assertThat(cardOrder()).containsExactly(0, 1, 2, 3, 4);
		assertThat(find(By.cssSelector("#task-3 .task-text")).getText()).isEqualTo("园区法律服务站");

		// One typed: it goes to the end.
		click(find(By.cssSelector("#add-task summary")));
		find(By.id("add-task-text")).sendKeys("各镇街要完成安全生产大检查。");
		click(find(By.id("add-task-save")));
		waitFor(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".task-card"), 6));
		assertThat(find(By.cssSelector("#task-5 .task-text")).getText()).isEqualTo("各镇街要完成安全生产大检查。");

		// Deleting asks: "no" keeps the task, "yes" deletes it.
		WebElement typed = find(By.id("task-5"));
		click(typed.findElement(By.tagName("summary")));
		click(typed.findElement(By.cssSelector(".task-delete")));
		waitFor(ExpectedConditions.alertIsPresent()).dismiss();
		assertThat(browser.findElements(By.cssSelector(".task-card"))).hasSize(6);
		click(find(By.id("task-5")).findElement(By.cssSelector(".task-delete")));
		waitFor(ExpectedConditions.alertIsPresent()).accept();
		waitFor(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".task-card"), 5));

		// The preview says what will be issued to whom, and what stays a draft and why; confirming does exactly that.
		click(find(By.id("report-confirm")));
		assertThat(find(By.id("confirm-summary")).getText()).contains("5 tasks").contains("1 issued at once");
		List<WebElement> planned = browser.findElements(By.cssSelector(".planned-task"));
		assertThat(planned).hasSize(5);
		assertThat(planned.get(0).getAttribute("data-issued")).isEqualTo("true");
		assertThat(planned.get(0).findElement(By.cssSelector(".planned-lead")).getText()).isEqualTo("区发改局");
		assertThat(planned.get(1).findElement(By.cssSelector(".planned-reasons")).getText()).contains("棠下镇/经济发展办");
		assertThat(browser.findElements(By.cssSelector("#confirm-unmatched .unmatched-unit"))).extracting(e -> e.getAttribute("data-reason"))
			.containsExactly("unit-ambiguous", "unit-unknown");
		// Asked whether to confirm all the same: "no" stays on the preview, "yes" confirms.
		click(find(By.id("confirm-submit")));
		waitFor(ExpectedConditions.alertIsPresent()).dismiss();
		assertThat(find(By.id("confirm-plan")).isDisplayed()).isTrue();
		click(find(By.id("confirm-submit")));
		waitFor(ExpectedConditions.alertIsPresent()).accept();
		waitFor(ExpectedConditions.textToBe(By.id("report-status"), "Confirmed"));
		click(find(By.id("report-supervision")));
		waitFor(ExpectedConditions.urlMatches(".*/supervision/goals/\\d+$"));
	}

	@Test
	void worksOnAPhoneWithTheSourceBehindAToggle() {
		browser.manage().window().setSize(new Dimension(390, 844));
		try {
			signIn("demo-admin");
			readMeeting();

			// A long title is clipped in the breadcrumb; the crumbs before it keep their line instead of a character per line.
			click(find(By.cssSelector("#report-rename summary")));
			WebElement title = find(By.cssSelector("#report-rename input[name=title]"));
			title.clear();
			title.sendKeys("中共江门市蓬江区委十届六次全会暨区委经济工作会议关于全力推动高质量发展的部署");
			click(find(By.id("report-rename-save")));
			waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".report-crumb"), "中共江门市蓬江区委"));
			assertThat(((JavascriptExecutor) browser).executeScript("""
					return [...document.querySelectorAll('.breadcrumb-item:not(.text-truncate)')]
					  .every(crumb => crumb.getBoundingClientRect().height < 1.5 * parseFloat(getComputedStyle(crumb).lineHeight));"""))
				.isEqualTo(true);

			assertThat(find(By.id("report-source-toggle")).isDisplayed()).isTrue();
			assertThat(browser.findElement(By.id("report-source-panel")).isDisplayed()).isFalse();
			click(find(By.id("report-source-toggle")));
			assertThat(find(By.id("report-source-panel")).isDisplayed()).isTrue();
			assertThat(((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth <= window.innerWidth;"))
				.isEqualTo(true);
			click(find(By.id("report-source-toggle")));

			click(find(By.cssSelector("#add-task summary")));
			find(By.id("add-task-text")).sendKeys("区应急管理局要开展防汛演练。");
			click(find(By.id("add-task-save")));
			waitFor(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".task-card"), 5));

			WebElement first = find(By.id("task-0"));
			click(first.findElement(By.tagName("summary")));
			click(first.findElement(By.cssSelector(".task-delete")));
			waitFor(ExpectedConditions.alertIsPresent()).accept();
			waitFor(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".task-card"), 4));

			click(find(By.id("report-confirm")));
			assertThat(browser.findElements(By.cssSelector(".planned-task"))).hasSize(4);
			assertThat(((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth <= window.innerWidth;"))
				.isEqualTo(true);
			click(find(By.id("confirm-submit")));
			waitFor(ExpectedConditions.alertIsPresent()).accept();
			waitFor(ExpectedConditions.textToBe(By.id("report-status"), "Confirmed"));
		}
		finally {
			browser.manage().window().setSize(new Dimension(1280, 900));
		}
	}

	@Test
	void showsEachUnitAsWrittenBesideTheOrganizationsUnitItMatchesAndMatchesAChosenOneAgain() {
		signIn("demo-admin");
		read(ReportDraftFixtures.unitsAsWritten());

		WebElement projects = find(By.cssSelector("#task-0 .task-lead .unit-match"));
		assertThat(projects.getAttribute("data-match")).isEqualTo("UNIQUE");
		assertThat(projects.findElement(By.cssSelector(".unit-written")).getText()).isEqualTo("区发展改革局");
		assertThat(projects.findElement(By.cssSelector(".unit-org")).getText()).isEqualTo("→ 区发改局");
		assertThat(find(By.cssSelector("#task-0 .task-co")).getText()).contains("区工业和信息化局").contains("→ 区工信局");
		WebElement visits = find(By.cssSelector("#task-1 .task-lead .unit-match"));
		assertThat(visits.getAttribute("data-match")).isEqualTo("AMBIGUOUS");
		assertThat(visits.getText()).isEqualTo("经济发展办 " + messages.en("reports.unit.ambiguous", "棠下镇/经济发展办、荷塘镇/经济发展办、杜阮镇/经济发展办"));
		WebElement finance = find(By.cssSelector("#task-2 .task-lead .unit-match"));
		assertThat(finance.getAttribute("data-match")).isEqualTo("UNKNOWN");
		assertThat(finance.getText()).isEqualTo("区金融工作局 " + messages.en("reports.unit.unknown"));

		// The reviewer chooses the town's office from the organization's units: it is matched again, as itself.
		WebElement card = find(By.id("task-1"));
		click(card.findElement(By.tagName("summary")));
		Select lead = new Select(card.findElement(By.id("lead-1")));
		lead.deselectAll();
		lead.selectByVisibleText("棠下镇/经济发展办");
		click(card.findElement(By.cssSelector(".task-save")));
		waitFor(ExpectedConditions.attributeToBe(By.cssSelector("#task-1 .task-lead .unit-match"), "data-match", "UNIQUE"));
		assertThat(find(By.cssSelector("#task-1 .task-lead .unit-written")).getText()).isEqualTo("棠下镇/经济发展办");
		assertThat(find(By.cssSelector("#task-1 .task-lead .unit-org")).getAttribute("title")).isEqualTo(messages.en("reports.unit.matched"));

		// The preview issues to the matched units, says which name each was written by, and asks about the one left.
		click(find(By.id("report-confirm")));
		List<WebElement> planned = browser.findElements(By.cssSelector(".planned-task"));
		assertThat(planned.get(0).findElement(By.cssSelector(".planned-lead")).getText())
			.isEqualTo("区发改局 " + messages.en("reports.confirm.written", "区发展改革局"));
		assertThat(planned.get(0).findElement(By.cssSelector(".planned-co")).getText()).contains("区工信局");
		assertThat(find(By.id("confirm-unmatched")).getText()).contains(messages.en("reports.confirm.unmatched", 1))
			.contains("区金融工作局").doesNotContain("经济发展办");
	}

	@Test
	void showsTheUnitsAndTheirMatchesOnAPhone() {
		browser.manage().window().setSize(new Dimension(390, 844));
		try {
			signIn("demo-admin");
			read(ReportDraftFixtures.unitsAsWritten());

			for (int task = 0; task < 3; task++) {
				assertThat(find(By.cssSelector("#task-" + task + " .task-lead .unit-match")).isDisplayed()).isTrue();
			}
			assertThat(find(By.cssSelector("#task-1 .task-lead")).getText()).contains("杜阮镇/经济发展办");
			assertThat(((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth <= window.innerWidth;"))
				.isEqualTo(true);
			click(find(By.id("report-confirm")));
			assertThat(find(By.id("confirm-unmatched")).isDisplayed()).isTrue();
			assertThat(((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth <= window.innerWidth;"))
				.isEqualTo(true);
		}
		finally {
			browser.manage().window().setSize(new Dimension(1280, 900));
		}
	}

	/** Our own meeting text, its deadlines in the coming year, read through the form. */
	private void readMeeting() {
		int year = LocalDate.now().getYear() + 1;
		String meeting = """
				区政府召开重点工作调度会议
				会议要求：
				一、区发改局要在%1$d年6月30日前完成重点项目年度投资计划编制。
				二、经济发展办要在%1$d年3月31日前完成规模以上企业走访。
				三、区司法局要推进法律服务进园区，建立园区法律服务站。
				四、区政数局要在%1$d年9月30日前上线一网通办平台。
				""".formatted(year);
		read(meeting);
	}

	/** Pastes the text into the form and reads it, in English. */
	private void read(String text) {
		open("/reports/new?lang=en");
		((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", find(By.id("report-text")), text);
		click(find(By.id("report-submit")));
		waitFor(ExpectedConditions.presenceOfElementLocated(By.id("report-tasks")));
	}

	private List<Integer> cardOrder() {
		return browser.findElements(By.cssSelector(".task-card")).stream()
			.map(card -> Integer.valueOf(card.getAttribute("data-task"))).toList();
	}

	private boolean inView(WebElement element) {
		return (Boolean) ((JavascriptExecutor) browser).executeScript(
				"var r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.top < window.innerHeight && r.bottom > 0;", element);
	}

	/** Selects the first occurrence of the words in the source panel, as a mouse drag would. */
	private void selectInSource(String words) {
		((JavascriptExecutor) browser).executeScript("""
				var source = document.getElementById('report-source');
				var walker = document.createTreeWalker(source, NodeFilter.SHOW_TEXT);
				for (var node = walker.nextNode(); node; node = walker.nextNode()) {
				  var at = node.textContent.indexOf(arguments[0]);
				  if (at >= 0) {
				    var range = document.createRange();
				    range.setStart(node, at);
				    range.setEnd(node, at + arguments[0].length);
				    var selection = window.getSelection();
				    selection.removeAllRanges();
				    selection.addRange(range);
				    return;
				  }
				}
				throw new Error('not in the source: ' + arguments[0]);""", words);
		waitFor(driver -> find(By.id("report-source-take")).isEnabled());
	}

	private long reports() {
		return jdbc.sql("SELECT count(*) FROM report").query(Long.class).single();
	}

	/** Scrolled to the middle of the window first, so that the sticky header or the window's edge is not in the way. */
}
