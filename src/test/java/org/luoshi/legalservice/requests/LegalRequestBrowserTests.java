package org.luoshi.legalservice.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.luoshi.support.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The public request form on a phone (390 px) and a desk, with the code read from the mail the outbox holds; the
 * counter's queue calling the next ticket and referring it, on both widths too. No page is wider than the phone.
 */
class LegalRequestBrowserTests extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void desktopWindowAgain() {
		browser.manage().window().setSize(new Dimension(1280, 900));
	}

	@ParameterizedTest(name = "{0} px wide")
	@ValueSource(ints = { 390, 1280 })
	void anEmployeeAsksOnThePublicFormConfirmsTheMailedCodeAndGetsATicket(int width) {
		browser.manage().window().setSize(new Dimension(width, 844));
		String email = "browser" + System.nanoTime() + "@example.com";
		open("/public/legal/ask");
		new Select(find(By.id("pointId"))).selectByVisibleText("棠下产业园");
		new Select(find(By.id("serviceCode"))).selectByValue("LEGAL_CONSULTATION");
		find(By.id("name")).sendKeys("浏览器员工");
		find(By.id("phone")).sendKeys("13712340000");
		find(By.id("email")).sendKeys(email);
		find(By.id("matter")).sendKeys("试用期被辞退，想咨询是否合法。");
		assertWithinWidth(width);
		click(By.id("public-legal-send"));

		find(By.id("public-legal-sent"));
		String body = jdbc.sql("SELECT body FROM mail_outbox WHERE recipient = ?").param(email).query(String.class).single();
		Matcher code = Pattern.compile("(\\d{6})").matcher(body);
		assertThat(code.find()).as(body).isTrue();
		find(By.id("code")).sendKeys(code.group(1).equals("000000") ? "111111" : "000000");
		click(By.id("public-legal-confirm-submit"));
		assertThat(find(By.id("public-legal-code-problem")).getText()).contains("4");
		find(By.id("code")).sendKeys(code.group(1));
		click(By.id("public-legal-confirm-submit"));

		String ticket = find(By.id("public-legal-ticket")).getText();
		assertThat(ticket).matches("\\d{8}-\\d{3}");
		assertWithinWidth(width);
		assertThat(jdbc.sql("SELECT count(*) FROM legal_request WHERE requester_email = ? AND email_verified AND channel = 'ONLINE'").param(email)
			.query(Long.class).single()).isEqualTo(1L);
	}

	@ParameterizedTest(name = "{0} px wide")
	@ValueSource(ints = { 1280, 390 })
	void theCounterCallsTheNextTicketAndRefersItToMediation(int width) {
		browser.manage().window().setSize(new Dimension(width, 900));
		long point = jdbc.sql("SELECT id FROM legal_point WHERE park = '棠下产业园'").query(Long.class).single();
		String next = jdbc.sql("""
				SELECT to_char(ticket_day, 'YYYYMMDD') || '-' || lpad(ticket_seq::text, 3, '0') FROM legal_request
				WHERE point_id = ? AND status = 'WAITING' ORDER BY ticket_day, ticket_seq LIMIT 1""").param(point).query(String.class).single();
		signIn("demo-legal");
		open("/legal/counter");
		assertThat(find(By.id("legal-counter-point")).getText()).isEqualTo("棠下产业园公共法律服务工作站");
		assertThat(browser.findElements(By.cssSelector(".legal-waiting-ticket")).get(0).getAttribute("data-ticket")).isEqualTo(next);
		assertWithinWidth(width);
		click(By.id("legal-call-next"));

		assertThat(find(By.id("legal-request-ticket")).getText()).isEqualTo(next);
		assertThat(find(By.id("legal-request-page")).getAttribute("data-status")).isEqualTo("IN_SERVICE");
		click(By.id("legal-open-REFER"));
		waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("refer-service")));
		new Select(find(By.id("refer-service"))).selectByValue("MEDIATION");
		click(By.id("legal-submit-REFER"));
		find(By.id("legal-request-flash"));
		assertThat(find(By.id("legal-request-ticket")).getText()).as("the same ticket").isEqualTo(next);
		assertThat(browser.findElements(By.cssSelector("#legal-request-timeline .timeline-entry")).get(0).getAttribute("data-kind"))
			.isEqualTo("referred");
		assertWithinWidth(width);
	}

	private void assertWithinWidth(int width) {
		if (width <= 390) {
			long pageWidth = ((Number) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth")).longValue();
			assertThat(pageWidth).as("no sideways scrolling on a phone: " + browser.getCurrentUrl()).isLessThanOrEqualTo(width);
		}
	}
}
