package org.luoshi.notification;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.luoshi.identity.AccountDirectory;
import org.luoshi.organization.OrganizationDirectory;
import org.luoshi.shared.Actor;
import org.luoshi.shared.CurrentActor;
import org.luoshi.shared.NotifiableEvent;
import org.luoshi.shared.Permissions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishing notifications the way a module does (inside its write transaction) and looking at what was delivered.
 * All tests of a context share one database: each reminder names a task no other test uses.
 */
@org.springframework.stereotype.Component
class NotificationFixtures {

	/** A key of the bundles with the pattern "{0}：{1}" (English "{0}: {1}"). */
	static final String LABELLED_TEXT = "audit.filter.problem";
	static final String DETAIL = "请于本周五前报送防汛物资检查进展。";
	static final Duration DELIVERY = Duration.ofSeconds(20);

	private static final AtomicInteger sequence = new AtomicInteger();

	private final ApplicationEventPublisher events;
	private final TransactionTemplate transactions;
	private final JdbcClient jdbc;
	private final AccountDirectory accounts;
	private final OrganizationDirectory organization;

	NotificationFixtures(ApplicationEventPublisher events, TransactionTemplate transactions, JdbcClient jdbc, AccountDirectory accounts,
			OrganizationDirectory organization) {
		this.events = events;
		this.transactions = transactions;
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.organization = organization;
	}

	/** A reminder to the handlers of the named units (short names, e.g. 棠下镇), linking to the home page. */
	ReminderSent reminderTo(String... unitNames) {
		Set<Long> units = Arrays.stream(unitNames).map(this::unitId).collect(Collectors.toSet());
		String task = "防汛物资检查-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36) + sequence.incrementAndGet();
		return new ReminderSent(task, units, Set.of(), null, DETAIL, "/");
	}

	long unitId(String name) {
		return organization.findUnitByName(name).orElseThrow().id();
	}

	long accountId(String username) {
		return accounts.findByUsername(username).orElseThrow().id();
	}

	/** Publishes the event in a transaction that commits, as a module's write does. */
	void publish(NotifiableEvent event) {
		transactions.executeWithoutResult(status -> events.publishEvent(event));
	}

	/** Publishes the event in a transaction that then rolls back, as a refused write does. */
	void publishAndRollBack(NotifiableEvent event) {
		transactions.executeWithoutResult(status -> {
			events.publishEvent(event);
			status.setRollbackOnly();
		});
	}

	/** Waits until the reminder's notification is stored and answers its id. */
	long awaitNotification(ReminderSent reminder) {
		await().atMost(DELIVERY).until(() -> notificationOf(reminder) != null);
		return notificationOf(reminder);
	}

	Long notificationOf(ReminderSent reminder) {
		return jdbc.sql("SELECT id FROM notification WHERE message_arguments ->> 1 = ?").param(reminder.task()).query(Long.class)
			.optional().orElse(null);
	}

	long notificationCount(ReminderSent reminder) {
		return jdbc.sql("SELECT count(*) FROM notification WHERE message_arguments ->> 1 = ?").param(reminder.task()).query(Long.class).single();
	}

	/** Who got the notification in their inbox, by username, once per item. */
	List<String> recipientsOf(long notificationId) {
		return jdbc.sql("SELECT account_id FROM inbox_item WHERE notification_id = ? ORDER BY account_id")
			.param(notificationId)
			.query(Long.class)
			.list()
			.stream()
			.map(id -> accounts.findAccount(id).orElseThrow().username())
			.toList();
	}

	long inboxItemOf(long notificationId, String username) {
		return jdbc.sql("SELECT id FROM inbox_item WHERE notification_id = ? AND account_id = ?")
			.params(notificationId, accountId(username))
			.query(Long.class)
			.single();
	}

	/** The registry's record of the delivery listener handling this reminder. */
	List<OffsetDateTime> deliveryCompletions(ReminderSent reminder) {
		return jdbc.sql("SELECT completion_date FROM event_publication WHERE listener_id = 'notification.delivery' AND serialized_event LIKE ?")
			.param("%" + reminder.task() + "%")
			.query((rs, row) -> rs.getObject(1, OffsetDateTime.class))
			.list();
	}

	/** Puts a district administrator into the security context, for the organization's writes that tests make. */
	static void actAsDistrictAdministrator() {
		record Principal(Actor actor) implements CurrentActor.ActorHolder {
		}
		Actor admin = new Actor(null, "notification-test", "测试管理员", null, Set.of(Permissions.ORGANIZATION_MANAGE, Permissions.ORGANIZATION_READ));
		TestingAuthenticationToken authentication = new TestingAuthenticationToken(new Principal(admin), null,
				List.copyOf(admin.permissions()).toArray(String[]::new));
		authentication.setAuthenticated(true);
		SecurityContextHolder.getContext().setAuthentication(authentication);
	}
}
