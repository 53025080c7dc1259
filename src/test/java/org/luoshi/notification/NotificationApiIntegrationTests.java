package org.luoshi.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.luoshi.organization.OrganizationDirectory;
import org.luoshi.support.ApiClient;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.Messages;
import org.springframework.context.annotation.Import;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/** {@code /api/v1/notifications}: each account reads and marks its own notifications, and nobody else's. */
@IntegrationTest
@Import(NotificationFixtures.class)
class NotificationApiIntegrationTests {

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

	/** Publishes a reminder to 区司法局 and answers demo-dept's inbox item of it. */
	long reminderForTheJusticeBureau(ReminderSent reminder) {
		fixtures.publish(reminder);
		return fixtures.inboxItemOf(fixtures.awaitNotification(reminder), "demo-dept");
	}

	static JsonNode itemWithId(JsonNode page, long id) {
		for (JsonNode item : page.path("items")) {
			if (item.path("id").asLong() == id) {
				return item;
			}
		}
		return null;
	}

	@Test
	void listsTheCallersNotificationsNewestFirstRenderedInTheirLanguage() {
		ReminderSent older = fixtures.reminderTo("区司法局");
		long olderItem = reminderForTheJusticeBureau(older);
		ReminderSent newer = fixtures.reminderTo("区司法局");
		long newerItem = reminderForTheJusticeBureau(newer);
		ApiClient dept = ApiClient.signIn(port, "demo-dept");

		JsonNode page = dept.get("/api/v1/notifications?size=200").json();
		assertThat(page.path("items").get(0).path("id").asLong()).isEqualTo(newerItem);
		JsonNode item = itemWithId(page, olderItem);
		assertThat(item.path("message").asText()).isEqualTo("催办：" + older.task());
		assertThat(item.path("messageKey").asText()).isEqualTo(NotificationFixtures.LABELLED_TEXT);
		assertThat(item.path("detail").asText()).isEqualTo(NotificationFixtures.DETAIL);
		assertThat(item.path("link").asText()).isEqualTo("/");
		assertThat(item.path("read").asBoolean()).isFalse();
		assertThat(page.path("total").asLong()).isGreaterThanOrEqualTo(2);

		JsonNode english = itemWithId(dept.inLanguage("en").get("/api/v1/notifications?size=200").json(), olderItem);
		assertThat(english.path("message").asText()).isEqualTo("催办: " + older.task());
	}

	@Test
	void showsNoOneElsesNotificationsAndAnswers404ForThem() {
		long deptItem = reminderForTheJusticeBureau(fixtures.reminderTo("区司法局"));
		ApiClient town = ApiClient.signIn(port, "demo-town");

		assertThat(itemWithId(town.get("/api/v1/notifications?size=200").json(), deptItem)).isNull();
		ApiClient.Answer someoneElses = town.post("/api/v1/notifications/" + deptItem + "/read", null);
		assertThat(someoneElses.status()).isEqualTo(404);
		assertThat(someoneElses.json().path("code").asText()).isEqualTo("error.not-found");
		JsonNode stillUnread = itemWithId(ApiClient.signIn(port, "demo-dept").get("/api/v1/notifications?unread=true&size=200").json(), deptItem);
		assertThat(stillUnread).isNotNull();
	}

	@Test
	void marksOneNotificationReadAndKeepsTheFirstReadingTime() {
		long item = reminderForTheJusticeBureau(fixtures.reminderTo("区司法局"));
		ApiClient dept = ApiClient.signIn(port, "demo-dept");

		JsonNode read = dept.post("/api/v1/notifications/" + item + "/read", null).json();
		assertThat(read.path("read").asBoolean()).isTrue();
		String readAt = read.path("readAt").asText();
		assertThat(readAt).isNotBlank();
		assertThat(dept.post("/api/v1/notifications/" + item + "/read", null).json().path("readAt").asText()).isEqualTo(readAt);
		assertThat(itemWithId(dept.get("/api/v1/notifications?unread=true&size=200").json(), item)).isNull();
	}

	@Test
	void marksAllOfTheCallersNotificationsReadAndNoOneElses() {
		ReminderSent reminder = fixtures.reminderTo("区司法局", "棠下镇");
		fixtures.publish(reminder);
		long notification = fixtures.awaitNotification(reminder);
		long deptItem = fixtures.inboxItemOf(notification, "demo-dept");
		long townItem = fixtures.inboxItemOf(notification, "demo-town");
		ApiClient dept = ApiClient.signIn(port, "demo-dept");

		JsonNode marked = dept.post("/api/v1/notifications/read-all", null).json();
		assertThat(marked.path("marked").asInt()).isGreaterThanOrEqualTo(1);
		assertThat(dept.get("/api/v1/notifications?unread=true").json().path("total").asLong()).isZero();
		assertThat(itemWithId(dept.get("/api/v1/notifications?size=200").json(), deptItem).path("read").asBoolean()).isTrue();
		assertThat(itemWithId(ApiClient.signIn(port, "demo-town").get("/api/v1/notifications?unread=true&size=200").json(), townItem))
			.isNotNull();
	}

	@Test
	void refusesBadPagingWithALocalizedProblemAndAnUnreadableFilterAsBadRequest() {
		ApiClient dept = ApiClient.signIn(port, "demo-dept");

		ApiClient.Answer tooLarge = dept.get("/api/v1/notifications?size=500");
		assertThat(tooLarge.status()).isEqualTo(400);
		assertThat(tooLarge.json().path("errors").get(0).path("message").asText()).isEqualTo(messages.zh("validation.size.range", 200));
		ApiClient.Answer badSort = dept.inLanguage("en").get("/api/v1/notifications?sort=message");
		assertThat(badSort.status()).isEqualTo(400);
		assertThat(badSort.json().path("errors").get(0).path("field").asText()).isEqualTo("sort");
		assertThat(dept.get("/api/v1/notifications?unread=perhaps").status()).isEqualTo(400);
	}

	@Test
	void answers401WithoutAToken() {
		assertThat(ApiClient.anonymous(port).get("/api/v1/notifications").status()).isEqualTo(401);
		assertThat(ApiClient.anonymous(port).post("/api/v1/notifications/read-all", Map.of()).status()).isEqualTo(401);
	}
}
