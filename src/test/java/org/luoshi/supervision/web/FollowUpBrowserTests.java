package org.luoshi.supervision.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.luoshi.supervision.SupervisionFixtures;
import org.luoshi.supervision.TaskDetails;
import org.luoshi.support.BrowserTest;
import org.luoshi.support.Messages;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Following a task up: the lead unit finds a new task in 我的任务 and signs for it; the office reminds it and sends a
 * supervision notice, printable as PDF; the unit asks for more time, which the office finds in its own list and grants.
 */
@Import(SupervisionFixtures.class)
class FollowUpBrowserTests extends BrowserTest {

	@Autowired
	Messages messages;

	@Autowired
	SupervisionFixtures fixtures;

	@Test
	void aUnitSignsFromItsListAndTheOfficeRemindsSendsANoticeAndGrantsMoreTime() throws Exception {
		TaskDetails task = fixtures.issued(fixtures.goal("跟踪督办浏览器测试目标"), "跟踪督办测试：完善法律援助便民服务点。", "区司法局", 20);

		signIn("demo-dept");
		click(find(By.linkText("我的任务")));
		WebElement toSign = find(By.id("my-to-sign"));
		click(toSign.findElement(By.xpath(".//a[contains(., '跟踪督办测试：完善法律援助便民服务点')]")));
		waitFor(ExpectedConditions.urlMatches(".*/supervision/tasks/" + task.id() + "$"));
		click(find(By.id("action-sign")));
		waitFor(ExpectedConditions.textToBe(By.cssSelector("#task-status .task-status"), messages.zh("supervision.status.IN_PROGRESS")));

		browser.manage().deleteAllCookies();
		signIn("demo-admin");
		open("/supervision/tasks/" + task.id());
		open(find(By.id("action-reminder")));
		find(By.id("reminder-text")).sendKeys("请于本周五前报送进展。");
		click(find(By.id("reminder-submit")));
		waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#timeline .timeline-entry[data-kind='REMINDER']")));

		open(find(By.id("action-notice")));
		find(By.id("notice-issues")).sendKeys("服务点建设进度滞后。");
		find(By.id("notice-requirements")).sendKeys("请说明原因并提出整改措施。");
		setDate(find(By.id("notice-replyDue")), fixtures.today().plusDays(5).toString());
		click(find(By.id("notice-submit")));
		WebElement issued = find(By.id("notice-issued"));
		assertThat(issued.getText()).containsPattern("蓬督〔\\d{4}〕\\d+号");
		String pdf = find(By.id("notice-pdf-link")).getAttribute("href");
		HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(pdf))
			.header("Cookie", cookies()).build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(new String(download.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

		browser.manage().deleteAllCookies();
		signIn("demo-dept");
		open("/supervision/tasks/" + task.id());
		open(find(By.id("action-extension")));
		setDate(find(By.id("extension-newDeadline")), fixtures.today().plusDays(50).toString());
		find(By.id("extension-reason")).sendKeys("需等待场地移交。");
		click(find(By.id("extension-submit")));
		waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#timeline .timeline-entry[data-kind='EXTENSION_REQUESTED']")));

		browser.manage().deleteAllCookies();
		signIn("demo-admin");
		open("/supervision/my");
		click(find(By.id("my-extensions")).findElement(By.xpath(".//a[contains(., '跟踪督办测试：完善法律援助便民服务点')]")));
		waitFor(ExpectedConditions.urlMatches(".*/supervision/tasks/" + task.id() + "$"));
		find(By.id("decision-note")).sendKeys("同意延期。");
		click(find(By.id("decision-approve")));
		waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#timeline .timeline-entry[data-kind='EXTENSION_APPROVED']")));
		assertThat(pageText()).contains(fixtures.today().plusDays(50).toString());
	}

	/** The session cookie of the browser, for fetching what it links to. */
	private String cookies() {
		StringBuilder header = new StringBuilder();
		for (Cookie cookie : browser.manage().getCookies()) {
			header.append(cookie.getName()).append('=').append(cookie.getValue()).append("; ");
		}
		return header.toString();
	}

	/** Opens an action's collapsed form, if it is one. */
	private void open(WebElement action) {
		if ("details".equals(action.getTagName()) && action.getAttribute("open") == null) {
			click(action.findElement(By.tagName("summary")));
		}
	}

	/** A date input takes the value as a browser's date picker sets it. */
	private void setDate(WebElement input, String isoDate) {
		((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", input, isoDate);
	}

}
