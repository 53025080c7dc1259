package org.luoshi.supervision.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.luoshi.supervision.GoalDetails;
import org.luoshi.supervision.SupervisionFixtures;
import org.luoshi.supervision.internal.SettingsService;
import org.luoshi.supervision.internal.SupervisionSettings;
import org.luoshi.support.BrowserTest;
import org.luoshi.support.Messages;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** The supervision office's own pages: the district's thresholds, and importing a task breakdown table. */
@Import(SupervisionFixtures.class)
class SettingsAndImportBrowserTests extends BrowserTest {

	@Autowired
	Messages messages;

	@Autowired
	SupervisionFixtures fixtures;

	@Autowired
	SettingsService settings;

	@Test
	void theOfficeChangesAThresholdAndIsToldWhatIsWrongFirst() {
		SupervisionSettings before = settings.current();
		try {
			signIn("demo-admin");
			click(find(By.linkText("督办设置")));
			WebElement dueSoon = find(By.id("dueSoonDays"));
			dueSoon.clear();
			dueSoon.sendKeys("400");
			click(find(By.id("settings-save")));
			assertThat(find(By.id("dueSoonDays-error")).getText()).isEqualTo(messages.zh("supervision.settings.range", 1, 90));
			assertThat(settings.current().dueSoonDays()).isEqualTo(before.dueSoonDays());

			dueSoon = find(By.id("dueSoonDays"));
			dueSoon.clear();
			dueSoon.sendKeys("10");
			click(find(By.id("settings-save")));
			waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("flash")));
			assertThat(settings.current().dueSoonDays()).isEqualTo(10);
		}
		finally {
			SupervisionSettings now = settings.current();
			settings.update(new SupervisionSettings(before.dueSoonDays(), now.signWithinDays(), now.autoRemind(), now.remindEveryDays(),
					now.noticePrefix(), now.version()), now.version(), fixtures.supervisor());
		}
	}

	@Test
	void theOfficeImportsABreakdownTableAfterCorrectingTheRowsItWasShown() throws Exception {
		GoalDetails goal = fixtures.goal("导入页面浏览器测试目标");
		String deadline = fixtures.today().plusDays(40).toString();
		Path wrong = Files.write(Files.createTempFile("breakdown-wrong", ".xlsx"), LedgerIntegrationFiles.breakdownTable(List.of(
				new String[] { "1", "导入页面测试：建设法律服务站。", "区司法局", "棠下镇", deadline },
				new String[] { "2", "导入页面测试：办好法治讲座。", "区法制局", "", deadline })));
		Path right = Files.write(Files.createTempFile("breakdown-right", ".xlsx"), LedgerIntegrationFiles.breakdownTable(List.of(
				new String[] { "1", "导入页面测试：建设法律服务站。", "区司法局", "棠下镇", deadline },
				new String[] { "2", "导入页面测试：办好法治讲座。", "区司法局", "", deadline })));

		signIn("demo-admin");
		click(find(By.linkText("导入台账")));
		new Select(find(By.id("import-goal"))).selectByValue(String.valueOf(goal.id()));
		find(By.id("import-file")).sendKeys(wrong.toString());
		click(find(By.id("import-submit")));
		WebElement problems = find(By.id("import-problems"));
		assertThat(problems.findElements(By.cssSelector(".import-problem"))).hasSize(1);
		assertThat(problems.getText()).contains("5").contains("牵头单位").contains("区法制局");

		new Select(find(By.id("import-goal"))).selectByValue(String.valueOf(goal.id()));
		find(By.id("import-file")).sendKeys(right.toString());
		click(find(By.id("import-submit")));
		waitFor(ExpectedConditions.urlMatches(".*/supervision/goals/" + goal.id() + "$"));
		assertThat(find(By.id("goal-tasks")).getText()).contains("导入页面测试：建设法律服务站。").contains("导入页面测试：办好法治讲座。");
	}

}
