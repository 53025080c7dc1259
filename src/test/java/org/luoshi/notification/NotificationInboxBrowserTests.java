package org.luoshi.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.notification.internal.Inbox;
import org.luoshi.organization.OrganizationDirectory;
import org.luoshi.support.BrowserTest;
import org.luoshi.support.Messages;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A town handler hears of a reminder: the bell counts it, the inbox shows it, opening it reads it. */
@Import(NotificationFixtures.class)
class NotificationInboxBrowserTests extends BrowserTest {

	@Autowired
	Messages messages;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OrganizationDirectory organization;

	@Autowired
	Inbox inbox;

	@Autowired
	NotificationFixtures fixtures;

	@BeforeEach
	void nothingUnreadForTheTownHandler() {
		inbox.markAllRead(fixtures.accountId("demo-town"));
	}

	@Test
	void aReminderRingsTheBellAndOpeningItReadsItAndSilencesTheBell() {
		ReminderSent reminder = fixtures.reminderTo("棠下镇");
		fixtures.publish(reminder);
		fixtures.awaitNotification(reminder);

		signIn("demo-town");
		assertThat(find(By.id("inbox-unread-count")).getText()).isEqualTo("1");
		assertThat(find(By.id("attention")).getText()).contains(messages.zh("notification.attention.unread", 1));

		click(By.id("inbox-bell-link"));
		waitFor(ExpectedConditions.urlContains("/inbox"));
		WebElement item = find(By.cssSelector("#inbox-items .inbox-unread"));
		assertThat(item.getText()).contains("催办：" + reminder.task()).contains(NotificationFixtures.DETAIL).contains(messages.zh("notification.unread"));

		click(By.cssSelector("#inbox-items .inbox-unread"));
		waitFor(ExpectedConditions.not(ExpectedConditions.urlContains("/inbox")));
		find(By.id("inbox-bell-link"));
		assertThat(browser.findElements(By.id("inbox-unread-count"))).isEmpty();

		open("/inbox");
		assertThat(find(By.cssSelector("#inbox-items .inbox-item")).getAttribute("data-read")).isEqualTo("true");
		assertThat(browser.findElements(By.cssSelector("#inbox-items .inbox-unread"))).isEmpty();
	}

	@Test
	void marksEverythingReadAtOnceInEnglishToo() {
		ReminderSent first = fixtures.reminderTo("棠下镇");
		ReminderSent second = fixtures.reminderTo("棠下镇");
		fixtures.publish(first);
		fixtures.publish(second);
		fixtures.awaitNotification(first);
		fixtures.awaitNotification(second);

		signIn("demo-town");
		open("/inbox?unread=true&lang=en");
		assertThat(find(By.id("inbox-unread-count")).getText()).isEqualTo("2");
		assertThat(browser.findElements(By.cssSelector("#inbox-items .inbox-unread"))).hasSize(2);
		assertThat(find(By.id("inbox-items")).getText()).contains("催办: " + first.task()).contains(messages.en("notification.unread"));

		click(By.id("inbox-read-all"));
		assertThat(find(By.id("flash")).getText()).isEqualTo(messages.en("notification.read-all.done"));
		find(By.id("inbox-bell-link"));
		assertThat(browser.findElements(By.id("inbox-unread-count"))).isEmpty();
		open("/inbox?unread=true");
		assertThat(find(By.id("inbox-empty")).getText()).isEqualTo(messages.en("notification.empty.unread"));
	}

}
