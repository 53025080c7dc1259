package org.luoshi.supervision.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.luoshi.supervision.GoalDetails;
import org.luoshi.supervision.SupervisionFixtures;
import org.luoshi.supervision.TaskDetails;
import org.luoshi.support.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

@Import(SupervisionFixtures.class)
class SupervisionBoardsBrowserTests extends BrowserTest {

	@Autowired
	SupervisionFixtures fixtures;

	@Test
	void aHandlerFindsATaskToSignOnTheUnitBoardAndOpensIt() {
		GoalDetails goal = fixtures.goal("单位看板浏览器测试目标");
		TaskDetails task = fixtures.issued(goal, "浏览器测试：建设公共法律服务中心。", "区司法局", 1);
		signIn("demo-dept");

		click(find(By.cssSelector("#sidebar a[href='/supervision/units']")));
		waitFor(ExpectedConditions.urlMatches("/supervision/units/" + fixtures.unit("区司法局") + "$"));
		WebElement card = find(By.cssSelector("#column-to-sign [data-task-id='" + task.id() + "']"));
		assertThat(card.getText()).contains(task.content());

		click(card.findElement(By.className("task-link")));
		waitFor(ExpectedConditions.urlMatches("/supervision/tasks/" + task.id() + "$"));
	}

	@Test
	void aLeaderSeesTheFiguresChartsAndRedTasksOfAGoal() {
		GoalDetails goal = fixtures.goal("督办看板浏览器测试目标");
		fixtures.draft(goal, "浏览器测试：待交办的任务。", "区司法局", 30);
		fixtures.issued(goal, "浏览器测试：正常推进的任务。", "区司法局", 30);
		TaskDetails late = fixtures.issued(goal, "浏览器测试：已逾期的任务。", "棠下镇", 30);
		fixtures.overdue(late, 3);
		fixtures.closed(goal, "浏览器测试：已销号的任务。", 30);
		signIn("demo-leader");

		open("/supervision/board?goal=" + goal.id());

		assertThat(find(By.id("figure-total")).getText()).isEqualTo("4");
		assertThat(find(By.id("figure-open")).getText()).isEqualTo("2");
		assertThat(find(By.id("figure-red")).getText()).isEqualTo("1");
		assertThat(find(By.id("figure-yellow")).getText()).isEqualTo("0");
		assertThat(find(By.id("figure-closed-percent")).getText()).isEqualTo("33%");
		assertThat(find(By.id("figure-drafts")).getText()).isEqualTo("1");
		assertThat(drawnPoints("chart-lights")).isPositive();
		assertThat(drawnPoints("chart-groups")).isPositive();
		assertThat(find(By.id("board-urgent")).getText()).contains(late.content());

		// Most red first; the red column's header sorts by red, from the most, then the other way round.
		assertThat(firstUnit()).isEqualTo("棠下镇");
		WebElement byRed = find(By.xpath("//table[@id='board-units']//th[2]//button"));
		click(byRed);
		assertThat(firstUnit()).isEqualTo("棠下镇");
		click(byRed);
		assertThat(firstUnit()).isEqualTo("区司法局");
	}

	@Test
	void theCalendarShowsATaskOnItsDayAndTheRankingItsUnit() {
		GoalDetails goal = fixtures.goal("日历排名浏览器测试目标");
		TaskDetails task = fixtures.issued(goal, "浏览器测试：后年完成的规划任务。", "区司法局", 800);
		signIn("demo-leader");

		open("/supervision/calendar?month=" + YearMonth.from(task.deadline()));
		assertThat(find(By.id("day-" + task.deadline())).getText()).contains(task.content().substring(0, 8));
		click(find(By.id("calendar-next")));
		waitFor(ExpectedConditions.attributeToBe(By.id("calendar-month"), "data-month", YearMonth.from(task.deadline()).plusMonths(1).toString()));
		assertThat(browser.findElements(By.id("day-" + task.deadline()))).isEmpty();

		open("/supervision/ranking?year=" + task.deadline().getYear());
		WebElement row = find(By.id("ranking-unit-" + fixtures.unit("区司法局")));
		assertThat(row.getText()).contains("区司法局", "—");
		assertThat(drawnPoints("ranking-chart")).isPositive();
	}

	/** How many points the chart in the element drew in its first series (0 if nothing was drawn there). */
	private long drawnPoints(String elementId) {
		waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + elementId + " canvas")));
		Object points = ((JavascriptExecutor) browser).executeScript("var chart = echarts.getInstanceByDom(document.getElementById(arguments[0]));"
				+ " return chart ? chart.getOption().series[0].data.length : 0;", elementId);
		return ((Number) points).longValue();
	}

	private String firstUnit() {
		return find(By.cssSelector("#board-units tbody tr:first-child td:first-child")).getText();
	}

	/** Scrolled to the middle of the window first, so that the sticky header is not in the way. */
}
