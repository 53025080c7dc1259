package org.luoshi.legalservice.lectures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.luoshi.enterprise.EnterpriseFixtures;
import org.luoshi.legalservice.LegalDirectory;
import org.luoshi.legalservice.lectures.internal.LectureCommands.ScheduleLecture;
import org.luoshi.legalservice.lectures.internal.LectureService;
import org.luoshi.legalservice.lectures.internal.LectureView;
import org.luoshi.legalservice.lectures.internal.RegistrationStatus;
import org.luoshi.legalservice.lectures.internal.TopicMenu;
import org.luoshi.legalservice.lectures.internal.TopicMenu.ProposeTopic;
import org.luoshi.shared.Actor;
import org.luoshi.shared.web.Times;
import org.luoshi.support.BrowserTest;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.Messages;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The lecture menu in a browser, on a 390 px phone: the enterprise proposes a topic, votes for it (a second vote is not
 * offered; the vote can be withdrawn), registers for a lecture and sees its seat; a visitor registers on the public page
 * without signing in and gets a code; the point's staff check people in on the lecture's page.
 */
@IntegrationTest
class LectureBrowserTests extends BrowserTest {

	@Autowired
	TopicMenu menu;

	@Autowired
	LectureService lectures;

	@Autowired
	LegalDirectory directory;

	@Autowired
	EnterpriseFixtures fixtures;

	@Autowired
	Messages messages;

	@Autowired
	Times times;

	@AfterEach
	void desktopWindowAgain() {
		browser.manage().window().setSize(new Dimension(1280, 900));
	}

	@Test
	void anEnterpriseVotesOnItsPhoneAndRegistersAVisitorRegistersOnThePublicPage() {
		browser.manage().window().setSize(new Dimension(390, 844));
		String title = "数据出境合规" + System.nanoTime();
		signIn("demo-enterprise");
		open("/legal/topics");
		assertThat(find(By.id("topic-ranking")).getText()).contains(messages.zh("legal.topic.vote"));
		find(By.id("topic-title")).sendKeys(title);
		find(By.id("topic-keywords")).sendKeys("数据出境, 跨境传输");
		click(By.id("topic-submit"));
		By mine = By.xpath("//li[contains(@class,'topic')][.//h2[text()='" + title + "']]");
		click(find(mine).findElement(By.className("topic-vote")));
		assertThat(find(By.id("flash")).getText()).contains(messages.zh("legal.topic.done.voted"));
		assertThat(find(mine).findElement(By.className("topic-why")).getText()).isEqualTo(messages.zh("legal.topic.why", 1, 0));
		assertThat(find(mine).findElements(By.className("topic-vote"))).as("no second vote offered").isEmpty();
		assertWithinPhone();
		click(find(mine).findElement(By.className("topic-unvote")));
		assertThat(find(mine).findElement(By.className("topic-why")).getText()).isEqualTo(messages.zh("legal.topic.why", 0, 0));
		click(find(mine).findElement(By.className("topic-vote")));

		// A lecture from the topic; the enterprise registers on its phone and holds a seat.
		long topic = Long.parseLong(find(mine).getAttribute("data-topic-id"));
		Actor legal = fixtures.actor("demo-legal");
		LocalDate day = times.today().plusDays(12);
		LectureView lecture = lectures.schedule(new ScheduleLecture("讲堂·" + title, null,
				directory.points(true).stream().filter(p -> p.park().equals("棠下产业园")).findFirst().orElseThrow().id(), "多功能厅",
				day.atTime(9, 30).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME), null,
				directory.experts().get(0).id(), 1, 1, List.of(topic), true), legal);
		open("/legal/lectures");
		click(By.cssSelector("#lecture-" + lecture.id()));
		waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("lecture-page")));
		find(By.id("register-name")).clear();
		find(By.id("register-name")).sendKeys("陈志光");
		find(By.id("register-phone")).sendKeys("13800002222");
		assertWithinPhone();
		click(By.id("register-submit"));
		assertThat(find(By.id("flash")).getText()).isEqualTo(messages.zh("legal.lecture.done.registered"));
		assertThat(find(By.id("lecture-own-status")).getText()).isEqualTo(messages.zh("legal.lecture.registration.status.REGISTERED"));
		assertThat(browser.findElements(By.id("lecture-registrations"))).as("an enterprise reads its own registration only").isEmpty();
		assertWithinPhone();

		// A visitor, signed in nowhere, takes the place on the waiting list from the public page.
		browser.manage().deleteAllCookies();
		open("/public/legal/lectures/" + lecture.id());
		assertThat(find(By.id("public-lecture-seats")).getText()).contains(messages.zh("legal.lecture.waiting-open"));
		find(By.id("public-name")).sendKeys("李雷");
		find(By.id("public-enterprise")).sendKeys("示例机械有限公司");
		find(By.id("public-phone")).sendKeys("13900001234");
		assertWithinPhone();
		click(By.id("public-submit"));
		assertThat(find(By.id("public-registered")).getText()).contains(messages.zh("legal.lecture.done.waitlisted"));
		assertThat(lectures.details(lecture.id(), legal).waitingList()).extracting(LectureView.RegistrationView::name).containsExactly("李雷");
		assertThat(find(By.id("public-lecture-seats")).getText()).contains(messages.zh("legal.lecture.full"));
		assertThat(browser.findElements(By.id("public-register-form"))).as("past both limits nothing more is offered").isEmpty();
		assertWithinPhone();

		// The point's staff check the enterprise in at the door, on a phone.
		signIn("demo-legal");
		open("/legal/lectures/" + lecture.id());
		assertThat(find(By.id("lecture-registrations")).getText()).contains("13800002222");
		click(By.cssSelector("#lecture-registrations .registration-checkin"));
		assertThat(find(By.id("lecture-done")).getText()).contains(messages.zh("legal.lecture.step.CHECK_IN"));
		assertThat(lectures.details(lecture.id(), legal).registrations()).singleElement()
			.satisfies(seat -> assertThat(seat.checkedInAt()).isNotNull())
			.satisfies(seat -> assertThat(seat.status()).isEqualTo(RegistrationStatus.REGISTERED));
		assertWithinPhone();
	}

	private void assertWithinPhone() {
		long width = ((Number) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth")).longValue();
		assertThat(width).as("no sideways scrolling on a phone: " + browser.getCurrentUrl()).isLessThanOrEqualTo(390);
	}
}
