package org.luoshi.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.luoshi.organization.OrganizationDirectory;
import org.luoshi.support.IntegrationTest;
import org.springframework.context.annotation.Import;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;

/** Delivery of notifiable events into inboxes, after the publisher's commit, through the event publication registry. */
@IntegrationTest
@Import(NotificationFixtures.class)
class NotificationDeliveryIntegrationTests {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OrganizationDirectory organization;

	@Autowired
	IncompleteEventPublications incompletePublications;

	@Autowired
	NotificationFixtures fixtures;

	@Test
	void deliversToTheActiveAccountsOfEachNamedUnitAndNoOneElse() {
		ReminderSent reminder = fixtures.reminderTo("棠下镇", "区司法局");
		fixtures.publish(reminder);

		long notification = fixtures.awaitNotification(reminder);
		assertThat(fixtures.recipientsOf(notification)).containsExactlyInAnyOrder("demo-town", "demo-dept");
	}

	@Test
	void storesTheMessageKeyArgumentsDetailAndLinkForRenderingAtReadTime() {
		ReminderSent reminder = fixtures.reminderTo("棠下镇").linkingTo("/supervision/tasks/12");
		fixtures.publish(reminder);

		long notification = fixtures.awaitNotification(reminder);
		var stored = jdbc.sql("SELECT message_key, message_arguments::text AS arguments, detail, link FROM notification WHERE id = ?")
			.param(notification)
			.query((rs, row) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.single();
		assertThat(stored).containsExactly(NotificationFixtures.LABELLED_TEXT, "[\"催办\", \"" + reminder.task() + "\"]",
				NotificationFixtures.DETAIL, "/supervision/tasks/12");
	}

	@Test
	void doesNotTellTheActorAboutTheirOwnAct() {
		ReminderSent reminder = fixtures.reminderTo("棠下镇", "区司法局").sentBy(fixtures.accountId("demo-town"));
		fixtures.publish(reminder);

		long notification = fixtures.awaitNotification(reminder);
		assertThat(fixtures.recipientsOf(notification)).containsExactly("demo-dept");
	}

	@Test
	void tellsEachAccountOnceWhenNamedAlsoDirectlyAndAddsNamedAccountsOfOtherUnits() {
		ReminderSent reminder = fixtures.reminderTo("棠下镇")
			.alsoToAccounts(fixtures.accountId("demo-town"), fixtures.accountId("demo-leader"));
		fixtures.publish(reminder);

		long notification = fixtures.awaitNotification(reminder);
		assertThat(fixtures.recipientsOf(notification)).containsExactlyInAnyOrder("demo-town", "demo-leader");
	}

	@Test
	void dropsALinkThatLeavesTheApplication() {
		ReminderSent reminder = fixtures.reminderTo("棠下镇").linkingTo("//evil.example/phish");
		fixtures.publish(reminder);

		long notification = fixtures.awaitNotification(reminder);
		assertThat(jdbc.sql("SELECT link IS NULL FROM notification WHERE id = ?").param(notification).query(Boolean.class).single()).isTrue();
		assertThat(fixtures.recipientsOf(notification)).containsExactly("demo-town");
	}

	@Test
	void deliversNothingWhenThePublishingTransactionRollsBack() {
		ReminderSent refused = fixtures.reminderTo("棠下镇");
		fixtures.publishAndRollBack(refused);
		ReminderSent committedAfterwards = fixtures.reminderTo("棠下镇");
		fixtures.publish(committedAfterwards);

		fixtures.awaitNotification(committedAfterwards);
		assertThat(fixtures.notificationCount(refused)).isZero();
		assertThat(fixtures.deliveryCompletions(refused)).isEmpty();
	}

	@Test
	void keepsTheDeliveryInTheEventPublicationRegistryUntilItHasSucceeded() {
		ReminderSent reminder = fixtures.reminderTo("区司法局");
		fixtures.publish(reminder);

		fixtures.awaitNotification(reminder);
		await().atMost(NotificationFixtures.DELIVERY).until(() -> !fixtures.deliveryCompletions(reminder).isEmpty()
				&& fixtures.deliveryCompletions(reminder).get(0) != null);
		assertThat(fixtures.deliveryCompletions(reminder)).hasSize(1);
	}

	@Test
	void anEventHandedOverAgainByTheRegistryChangesNothing() {
		ReminderSent reminder = fixtures.reminderTo("棠下镇", "区司法局");
		fixtures.publish(reminder);
		long notification = fixtures.awaitNotification(reminder);
		await().atMost(NotificationFixtures.DELIVERY).until(() -> fixtures.deliveryCompletions(reminder).get(0) != null);
		var firstCompletion = fixtures.deliveryCompletions(reminder).get(0);

		// As after a crash between the delivery's commit and the registry's completion: the publication is incomplete
		// again, and the registry hands over the event read back from its JSON.
		jdbc.sql("UPDATE event_publication SET completion_date = NULL, status = 'FAILED' WHERE listener_id = 'notification.delivery' "
				+ "AND serialized_event LIKE ?").param("%" + reminder.task() + "%").update();
		incompletePublications.resubmitIncompletePublications(publication -> reminder.equals(publication.getEvent()));

		await().atMost(NotificationFixtures.DELIVERY).until(() -> fixtures.deliveryCompletions(reminder).get(0) != null
				&& fixtures.deliveryCompletions(reminder).get(0).isAfter(firstCompletion));
		assertThat(fixtures.notificationCount(reminder)).isEqualTo(1);
		assertThat(fixtures.recipientsOf(notification)).containsExactlyInAnyOrder("demo-town", "demo-dept");
	}
}
