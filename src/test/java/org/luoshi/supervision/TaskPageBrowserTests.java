package org.luoshi.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.luoshi.support.BrowserTest;
import org.luoshi.support.Messages;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** A task's page through its life: the lead unit signs, reports with evidence and asks for closure; the issuer closes it. */
@Import(SupervisionFixtures.class)
class TaskPageBrowserTests extends BrowserTest {

	@Autowired
	Messages messages;

	@Autowired
	SupervisionFixtures fixtures;

	@Test
	void theLeadUnitSignsAndReportsWithEvidenceAndTheIssuerClosesTheTask() throws IOException {
		TaskDetails task = fixtures.issued(fixtures.goal("浏览器办理测试目标"), "建成村（社区）公共法律服务工作室。", "区司法局", 30);
		Path evidence = Files.createTempFile("luoshi-evidence", ".txt");
		Files.writeString(evidence, "挂牌照片清单", StandardCharsets.UTF_8);
		Path closure = Files.createTempFile("luoshi-closure", ".txt");
		Files.writeString(closure, "验收报告", StandardCharsets.UTF_8);

		signIn("demo-dept");
		open("/supervision/tasks/" + task.id());
		click(find(By.id("action-sign")));
		waitFor(ExpectedConditions.textToBe(By.cssSelector("#task-status .task-status"), messages.zh("supervision.status.IN_PROGRESS")));
		assertThat(find(By.id("flash")).getText()).isEqualTo(messages.zh("tasks.done.sign"));

		find(By.id("progress-text")).sendKeys("已完成 20 个工作室挂牌。");
		WebElement percent = find(By.id("progress-percent"));
		percent.clear();
		percent.sendKeys("50");
		browser.findElement(By.id("progress-files")).sendKeys(evidence.toString());
		click(find(By.id("progress-submit")));

		WebElement report = waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#timeline .timeline-entry[data-kind='PROGRESS']")));
		assertThat(report.getText()).contains("已完成 20 个工作室挂牌。").contains(evidence.getFileName().toString()).contains("SHA-256");
		assertThat(report.findElement(By.cssSelector(".evidence-link")).getAttribute("href")).matches(".*/supervision/evidence/\\d+$");
		assertThat(find(By.id("task-percent")).getText()).isEqualTo("50%");

		click(find(By.cssSelector("#action-completion summary")));
		find(By.id("completion-text")).sendKeys("工作室已全部建成并投入使用。");
		browser.findElement(By.id("completion-files")).sendKeys(closure.toString());
		click(find(By.id("completion-submit")));
		waitFor(ExpectedConditions.textToBe(By.cssSelector("#task-status .task-status"), messages.zh("supervision.status.COMPLETION_REQUESTED")));

		browser.manage().deleteAllCookies();
		signIn("demo-admin");
		open("/supervision/tasks/" + task.id());
		find(By.id("review-comment")).sendKeys("材料齐全，同意销号。");
		click(find(By.id("review-approve")));
		waitFor(ExpectedConditions.textToBe(By.cssSelector("#task-status .task-status"), messages.zh("supervision.status.CLOSED")));
		assertThat(find(By.cssSelector("#timeline .timeline-entry")).getText()).contains(messages.zh("supervision.event.CLOSED")).contains("材料齐全，同意销号。");
		assertThat(find(By.id("no-actions")).getText()).isEqualTo(messages.zh("tasks.actions.finished"));
	}


	/** Scrolled to the middle of the window first, so that the sticky header or the window's edge is not in the way. */
}
