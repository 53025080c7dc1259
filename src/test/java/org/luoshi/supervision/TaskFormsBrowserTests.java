package org.luoshi.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

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
import org.springframework.context.annotation.Import;

/** A manager sets a goal and issues a task through the forms, then finds it in the task list by unit and light. */
@Import(SupervisionFixtures.class)
class TaskFormsBrowserTests extends BrowserTest {

	@Autowired
	Messages messages;

	@Autowired
	SupervisionFixtures fixtures;

	@Autowired
	TaskManagement tasks;

	@Test
	void aManagerSetsAGoalIssuesATaskAndFindsItInTheList() {
		String marker = UUID.randomUUID().toString().substring(0, 8);
		String goalTitle = "法治政府建设示范创建 " + marker;
		String content = "完成行政执法公示平台建设 " + marker;
		long justice = fixtures.unit("区司法局");

		signIn("demo-admin");
		open("/supervision/goals");
		click(find(By.id("goal-new")));
		find(By.id("goal-title-input")).sendKeys(goalTitle);
		find(By.id("goal-indicator-input")).sendKeys("示范创建达标率");
		find(By.id("goal-target-value")).sendKeys("100");
		find(By.id("goal-target-unit")).sendKeys("%");
		click(find(By.id("goal-save")));
		assertThat(find(By.id("goal-title")).getText()).isEqualTo(goalTitle);
		assertThat(find(By.id("goal-indicator")).getText()).contains("示范创建达标率").contains("≥").contains("100");

		click(find(By.id("goal-new-task")));
		find(By.id("task-content-input")).sendKeys(content);
		WebElement everybody = find(By.id("task-staff"));
		new Select(find(By.id("task-lead-unit"))).selectByValue(String.valueOf(justice));
		waitFor(ExpectedConditions.stalenessOf(everybody));
		Select staff = new Select(find(By.id("task-staff")));
		assertThat(staff.getOptions()).extracting(WebElement::getText).anyMatch(name -> name.startsWith("谢文博"))
			.noneMatch(name -> name.startsWith("梁家豪"));
		staff.selectByIndex(1);
		type(find(By.id("task-deadline-input")), LocalDate.now().plusMonths(3).toString());
		find(By.id("task-tags-input")).sendKeys("依法行政、示范创建");
		find(By.id("milestone-title-0")).sendKeys("完成平台选型");
		type(find(By.id("milestone-date-0")), LocalDate.now().plusMonths(1).toString());
		click(find(By.id("milestone-add")));
		waitFor(ExpectedConditions.presenceOfElementLocated(By.id("milestone-title-1")));
		assertThat(find(By.id("milestone-title-0")).getAttribute("value")).isEqualTo("完成平台选型");
		click(find(By.id("task-issue-now")));

		waitFor(ExpectedConditions.textToBe(By.cssSelector("#task-status .task-status"), messages.zh("supervision.status.ISSUED")));
		assertThat(find(By.id("flash")).getText()).isEqualTo(messages.zh("tasks.created.issued"));
		assertThat(find(By.id("task-content")).getText()).isEqualTo(content);
		assertThat(find(By.id("task-lead")).getText()).isEqualTo("区司法局");
		assertThat(find(By.id("task-milestones")).getText()).contains("完成平台选型");

		open("/supervision/tasks");
		new Select(find(By.id("filter-unit"))).selectByValue(String.valueOf(justice));
		waitFor(ExpectedConditions.urlContains("unit=" + justice));
		new Select(find(By.id("filter-light"))).selectByValue("GREEN");
		waitFor(ExpectedConditions.urlContains("light=GREEN"));
		WebElement row = waitFor(ExpectedConditions.visibilityOfElementLocated(By.xpath("//tr[contains(@class, 'task-row')][.//a[text()='" + content + "']]")));
		assertThat(row.getAttribute("data-light")).isEqualTo("GREEN");
		assertThat(find(By.id("export-ledger")).getAttribute("href")).contains("layout=ledger").contains("unit=" + justice).contains("light=GREEN");

		new Select(find(By.id("filter-light"))).selectByValue("RED");
		waitFor(ExpectedConditions.urlContains("light=RED"));
		waitFor(ExpectedConditions.invisibilityOfElementLocated(By.xpath("//a[text()='" + content + "']")));
	}

	@Test
	void aTownBreaksTheTaskItSignedForDownForItsOfficeOnAPhone() {
		String marker = UUID.randomUUID().toString().substring(0, 8);
		TaskDetails task = tasks.sign(fixtures.issued(fixtures.goal("镇级分解 " + marker), "棠下镇推进园区招商 " + marker, "棠下镇", 60).id(),
				fixtures.tangxia());
		long office = fixtures.unit("棠下镇经济发展办公室");
		String content = "对接重点客商 " + marker;

		browser.manage().window().setSize(new Dimension(390, 844));
		try {
			signIn("demo-town");
			open("/supervision/tasks/" + task.id());
			click(find(By.id("task-add-subtask")));
			assertThat(find(By.tagName("h1")).getText()).contains(task.number());
			Select lead = new Select(find(By.id("task-lead-unit")));
			assertThat(lead.getOptions()).extracting(option -> option.getAttribute("value")).contains(String.valueOf(office))
				.doesNotContain(String.valueOf(fixtures.unit("区司法局")), String.valueOf(fixtures.unit("棠下镇")));
			find(By.id("task-content-input")).sendKeys(content);
			lead.selectByValue(String.valueOf(office));
			type(find(By.id("task-deadline-input")), LocalDate.now().plusMonths(1).toString());
			click(find(By.id("task-issue-now")));

			waitFor(ExpectedConditions.textToBe(By.cssSelector("#task-status .task-status"), messages.zh("supervision.status.ISSUED")));
			assertThat(find(By.id("task-content")).getText()).isEqualTo(content);
			assertThat(find(By.id("task-lead")).getText()).contains("经济发展办");
			assertThat(((Number) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth;")).intValue())
				.as("no sideways scrolling on a phone").isLessThanOrEqualTo(390);
		}
		finally {
			browser.manage().window().setSize(new Dimension(1280, 900));
		}
	}

	@Test
	void aManagerBindsAGoalToATownsGdpTargetAndTheGoalTakesItsLightFromTheFigures() {
		String marker = UUID.randomUUID().toString().substring(0, 8);
		GoalDetails goal = fixtures.goal("荷塘镇冲刺百亿 " + marker);

		signIn("demo-admin");
		open("/supervision/goals/" + goal.id());
		assertThat(browser.findElements(By.id("goal-standing"))).isEmpty();
		click(find(By.id("goal-edit")));
		new Select(find(By.id("goal-bound-indicator"))).selectByValue("GDP");
		new Select(find(By.id("goal-bound-place"))).selectByVisibleText("荷塘镇");
		click(find(By.id("goal-save")));

		WebElement standing = find(By.id("goal-standing"));
		assertThat(standing.getText()).contains("荷塘镇").contains("地区生产总值");
		// 荷塘镇's demo target for this year is a level of 101 亿元; its light is read from its quarterly figures.
		assertThat(find(By.id("goal-standing-figures")).getText()).contains("101");
		assertThat(standing.getAttribute("data-light")).isIn("GREEN", "YELLOW", "RED");
		click(standing.findElement(By.tagName("a")));
		assertThat(browser.getCurrentUrl()).contains("/economy/indicators/").contains("place=440703102");

		open("/supervision/goals");
		assertThat(find(By.cssSelector("[data-goal-id='" + goal.id() + "'] .goal-standing")).getText()).contains("荷塘镇");
	}

	private void type(WebElement dateInput, String isoDate) {
		// A date input takes keys in the browser's locale; setting its value is what picking a day does.
		((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", dateInput, isoDate);
	}
}
