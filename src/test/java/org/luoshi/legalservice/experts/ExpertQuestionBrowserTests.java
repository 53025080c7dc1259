package org.luoshi.legalservice.experts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.luoshi.support.ApiClient;
import org.luoshi.support.BrowserTest;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.Messages;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A question's page in a browser, on a 390 px phone: the expert writes the opinion (an empty one refused, saying why),
 * submits it; the justice bureau approves it; the expert signs it off and the printed opinion is offered. The roster
 * and the list fit the phone too.
 */
@IntegrationTest
class ExpertQuestionBrowserTests extends BrowserTest {

	@Autowired
	Messages messages;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void desktopWindowAgain() {
		browser.manage().window().setSize(new Dimension(1280, 900));
	}

	@Test
	void theExpertWritesTheBureauApprovesAndTheExpertSignsOnAPhone() {
		long lin = jdbc.sql("SELECT id FROM legal_practitioner WHERE name = '林志明'").query(Long.class).single();
		long zhongtai = jdbc.sql("SELECT id FROM enterprise WHERE name = '中泰纸品有限公司'").query(Long.class).single();
		ApiClient bureau = ApiClient.signIn(port, "demo-justice");
		String subject = "浏览器测试" + System.nanoTime();
		long id = bureau.post("/api/v1/legal/questions", Map.of("enterpriseId", zhongtai, "subject", subject, "text", "劳务派遣用工比例超标的风险。"))
			.json().get("id").asLong();
		Long assigned = jdbc.sql("SELECT expert_id FROM expert_question WHERE id = ?").param(id).query(Long.class).optional().orElse(null);
		if (assigned == null || assigned != lin) {
			assertThat(bureau.post("/api/v1/legal/questions/" + id + "/steps/ASSIGN", Map.of("expertId", lin)).status()).isEqualTo(200);
		}
		browser.manage().window().setSize(new Dimension(390, 844));

		signIn("demo-lawyer");
		open("/legal/questions");
		assertWithinPhone();
		click(By.cssSelector("#question-" + id + " .question-link"));
		waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("question-page")));
		assertThat(find(By.id("question-status")).getText()).isEqualTo(messages.zh("legal.experts.status.ASSIGNED"));
		assertWithinPhone();
		click(By.id("opinion-submit"));
		assertThat(find(By.id("question-problems")).getText()).contains(messages.zh("legal.experts.opinion.required"));
		find(By.id("opinion-text")).sendKeys("劳务派遣用工不得超过用工总量的百分之十，超出部分应在规定期限内调整。");
		click(By.id("opinion-submit"));
		assertThat(find(By.id("question-flash")).getText()).isEqualTo(messages.zh("legal.experts.done.SUBMIT"));
		assertThat(find(By.id("question-status")).getText()).isEqualTo(messages.zh("legal.experts.status.SUBMITTED"));

		signIn("demo-justice");
		open("/legal/questions/" + id);
		click(By.id("question-open-APPROVE"));
		find(By.id("text-APPROVE")).sendKeys("同意签发。");
		click(By.id("question-submit-APPROVE"));
		assertThat(find(By.id("question-status")).getText()).isEqualTo(messages.zh("legal.experts.status.APPROVED"));
		assertThat(pageText()).contains(messages.zh("legal.experts.event.approved"));
		open("/legal/experts");
		assertWithinPhone();

		signIn("demo-lawyer");
		open("/legal/questions/" + id);
		click(By.id("question-open-SIGN"));
		click(By.id("question-submit-SIGN"));
		assertThat(find(By.id("question-status")).getText()).isEqualTo(messages.zh("legal.experts.status.SIGNED"));
		assertThat(find(By.id("opinion-pdf")).getAttribute("href")).endsWith("/legal/questions/" + id + "/opinion.pdf");
		assertThat(find(By.id("question-timeline")).getText()).contains(messages.zh("legal.experts.event.signed"));
		assertWithinPhone();
	}

	private void assertWithinPhone() {
		long width = ((Number) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth")).longValue();
		assertThat(width).as("no sideways scrolling on a phone: " + browser.getCurrentUrl()).isLessThanOrEqualTo(390);
	}
}
