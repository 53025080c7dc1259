package org.luoshi.supervision.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.luoshi.supervision.GoalDetails;
import org.luoshi.supervision.SupervisionFixtures;
import org.luoshi.supervision.TaskDetails;
import org.luoshi.supervision.TaskManagement;
import org.luoshi.support.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

@Import(SupervisionFixtures.class)
class PublicPlanBrowserTests extends BrowserTest {

	@Autowired
	SupervisionFixtures fixtures;

	@Autowired
	TaskManagement tasks;

	@Test
	void aVisitorSeesThePublishedTasksOfAGoalWithTheirProgress() {
		GoalDetails goal = fixtures.publishedGoal("公开浏览器测试：提升基层治理水平");
		TaskDetails shown = fixtures.published(goal, "公开浏览器测试：建成矛盾纠纷调处中心。", "区司法局", 60);
		fixtures.progress(tasks.sign(shown.id(), fixtures.justice()), 40, fixtures.justice());
		TaskDetails internal = fixtures.issued(goal, "公开浏览器测试：内部工作安排。", "区司法局", 60);

		open("/public/plan");

		WebElement published = find(By.id("goal-" + goal.id()));
		WebElement task = published.findElement(By.cssSelector(".public-task"));
		// A unit's own words are published once the task is closed: until then the visitor sees that it reported, not what.
		assertThat(task.getText()).contains(shown.content(), "区司法局", "已报送进展").doesNotContain("已完成40%。");
		assertThat(task.findElement(By.className("public-task-percent")).getText()).isEqualTo("40%");
		assertThat(pageText()).doesNotContain(internal.content());
		assertThat(browser.getCurrentUrl()).endsWith("/public/plan");
	}
}
