package org.luoshi.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.luoshi.organization.OrganizationDirectory;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.Messages;
import org.luoshi.support.PageSession;
import org.springframework.context.annotation.Import;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The inbox pages without a browser: the bell's fragment, opening an item, and what others and strangers get. */
@IntegrationTest
@Import(NotificationFixtures.class)
class NotificationInboxIntegrationTests {

	@Autowired
	Messages messages;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OrganizationDirectory organization;

	@Autowired
	NotificationFixtures fixtures;

	@Test
	void theBellIsAFragmentLinkingToTheInboxWithTheUnreadCount() {
		PageSession leader = PageSession.signIn(port, "demo-leader");
		leader.post("/inbox/read-all", "/inbox");
		assertThat(PageSession.text(leader.get("/inbox/badge"))).contains("id=\"inbox-bell-link\"").doesNotContain("inbox-unread-count")
			.doesNotContain("<html");

		ReminderSent reminder = fixtures.reminderTo("区司法局").alsoToAccounts(fixtures.accountId("demo-leader"));
		fixtures.publish(reminder);
		fixtures.awaitNotification(reminder);
		assertThat(PageSession.text(leader.get("/inbox/badge"))).containsPattern("id=\"inbox-unread-count\"[^>]*>1<");
	}

	@Test
	void openingAnItemMarksItReadAndGoesToItsLink() {
		ReminderSent reminder = fixtures.reminderTo("区司法局").linkingTo("/search?q=%E9%98%B2%E6%B1%9B");
		fixtures.publish(reminder);
		long item = fixtures.inboxItemOf(fixtures.awaitNotification(reminder), "demo-dept");
		PageSession dept = PageSession.signIn(port, "demo-dept");

		HttpResponse<byte[]> opened = dept.post("/inbox/" + item + "/open", "/inbox");
		assertThat(opened.statusCode()).isEqualTo(302);
		assertThat(opened.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/search?q=%E9%98%B2%E6%B1%9B"));
		assertThat(jdbc.sql("SELECT read_at IS NOT NULL FROM inbox_item WHERE id = ?").param(item).query(Boolean.class).single()).isTrue();
	}

	@Test
	void anItemWithoutALinkOpensTheInbox() {
		ReminderSent reminder = fixtures.reminderTo("区司法局").linkingTo("javascript:alert(1)");
		fixtures.publish(reminder);
		long item = fixtures.inboxItemOf(fixtures.awaitNotification(reminder), "demo-dept");

		HttpResponse<byte[]> opened = PageSession.signIn(port, "demo-dept").post("/inbox/" + item + "/open", "/inbox");
		assertThat(opened.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/inbox"));
	}

	@Test
	void someoneElsesItemIsNotFoundAndStaysUnread() {
		ReminderSent reminder = fixtures.reminderTo("区司法局");
		fixtures.publish(reminder);
		long deptItem = fixtures.inboxItemOf(fixtures.awaitNotification(reminder), "demo-dept");

		HttpResponse<byte[]> answer = PageSession.signIn(port, "demo-town").post("/inbox/" + deptItem + "/open", "/inbox");
		assertThat(answer.statusCode()).isEqualTo(404);
		assertThat(PageSession.text(answer)).contains(messages.zh("error.not-found"));
		assertThat(jdbc.sql("SELECT read_at IS NULL FROM inbox_item WHERE id = ?").param(deptItem).query(Boolean.class).single()).isTrue();
	}

	@Test
	void aHandEditedAddressGetsALocalizedBadRequestPage() {
		PageSession town = PageSession.signIn(port, "demo-town");

		HttpResponse<byte[]> answer = town.post("/inbox/not-a-number/open", "/inbox");
		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(PageSession.text(answer)).contains(messages.zh("error.request"));
		assertThat(town.get("/inbox?page=-3").statusCode()).isEqualTo(200);
	}

	@Test
	void strangersAreSentToSignIn() {
		HttpResponse<byte[]> badge = PageSession.anonymous(port).get("/inbox/badge");
		assertThat(badge.statusCode()).isEqualTo(302);
		assertThat(badge.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
	}
}
