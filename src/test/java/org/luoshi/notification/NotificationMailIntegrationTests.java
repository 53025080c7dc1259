package org.luoshi.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.luoshi.identity.AccountDirectory;
import org.luoshi.organization.OrganizationAdministration;
import org.luoshi.organization.OrganizationDirectory;
import org.luoshi.organization.StaffSummary;
import org.luoshi.organization.UnitCommands.UpdateStaff;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.Messages;
import org.springframework.context.annotation.Import;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * E-mail through a real SMTP server (GreenMail, in this JVM). The only test context with e-mail on: the others run
 * without an SMTP server, as an installation without {@code LUOSHI_SMTP_HOST} does.
 */
@IntegrationTest
@Import(NotificationFixtures.class)
class NotificationMailIntegrationTests {

	@Autowired
	Messages messages;

	static final int SMTP_PORT = freePort();
	static final String TOWN_HANDLER_ADDRESS = "liangjiahao@tangxia.example.gov.cn";
	static final String BASE_URL = "https://luoshi.pengjiang.example.gov.cn";

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry properties) {
		properties.add("spring.mail.host", () -> "127.0.0.1");
		properties.add("spring.mail.port", () -> SMTP_PORT);
		properties.add("luoshi.mail.from", () -> "luoshi@pengjiang.example.gov.cn");
		properties.add("luoshi.base-url", () -> BASE_URL + "/");
		properties.add("luoshi.mail.poll-interval", () -> "PT0.3S");
		properties.add("luoshi.mail.first-retry", () -> "PT1S");
		properties.add("luoshi.mail.max-retry", () -> "PT1S");
		properties.add("luoshi.mail.max-attempts", () -> 3);
	}

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountDirectory accounts;

	@Autowired
	OrganizationDirectory organization;

	@Autowired
	OrganizationAdministration organizationAdministration;

	@Autowired
	NotificationFixtures fixtures;

	@BeforeEach
	void giveTheTownHandlerAnAddress() {
		StaffSummary staff = organization.findStaff(accounts.findByUsername("demo-town").orElseThrow().staffId()).orElseThrow();
		if (!TOWN_HANDLER_ADDRESS.equals(staff.email())) {
			NotificationFixtures.actAsDistrictAdministrator();
			organizationAdministration.updateStaff(new UpdateStaff(staff.id(), staff.version(), staff.unitId(), staff.name(), staff.position(),
					staff.phone(), TOWN_HANDLER_ADDRESS));
		}
	}

	@AfterEach
	void actAsNobody() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void mailsEachRecipientWithAnAddressTheMessageAsSubjectAndAnAbsoluteLink() throws Exception {
		ReminderSent reminder = fixtures.reminderTo("棠下镇", "区司法局").linkingTo("/supervision/tasks/12");
		fixtures.publish(reminder);

		assertThat(smtp.waitForIncomingEmail(20_000, 1)).isTrue();
		MimeMessage mail = smtp.getReceivedMessages()[0];
		assertThat(mail.getRecipients(Message.RecipientType.TO)).extracting(Object::toString).containsExactly(TOWN_HANDLER_ADDRESS);
		assertThat(mail.getSubject()).isEqualTo("催办：" + reminder.task());
		String body = (String) mail.getContent();
		assertThat(body).contains("催办：" + reminder.task())
			.contains(NotificationFixtures.DETAIL)
			.contains(messages.zh("notification.mail.open", BASE_URL + "/supervision/tasks/12"));
		await().atMost(NotificationFixtures.DELIVERY).until(() -> outboxOf(reminder).get("status").equals("SENT"));
		// demo-dept's member of staff has no address: the inbox only.
		assertThat(fixtures.recipientsOf(fixtures.awaitNotification(reminder))).containsExactlyInAnyOrder("demo-town", "demo-dept");
		assertThat(smtp.getReceivedMessages()).hasSize(1);
	}

	@Test
	void retriesAFailedSendUntilTheServerIsBack() throws Exception {
		smtp.stop();
		ReminderSent reminder = fixtures.reminderTo("棠下镇");
		fixtures.publish(reminder);

		await().atMost(NotificationFixtures.DELIVERY).until(() -> ((Integer) outboxOf(reminder).getOrDefault("attempts", 0)) >= 1);
		Map<String, Object> failed = outboxOf(reminder);
		assertThat(failed.get("status")).isEqualTo("PENDING");
		assertThat((String) failed.get("last_error")).isNotBlank();
		smtp.start();

		// Other tests' notifications may wait in the same outbox and arrive first: this reminder's mail is among them.
		assertThat(smtp.waitForIncomingEmail(20_000, 1)).isTrue();
		await().atMost(NotificationFixtures.DELIVERY).until(() -> java.util.Arrays.stream(smtp.getReceivedMessages())
			.anyMatch(message -> subjectOf(message).equals("催办：" + reminder.task())));
		await().atMost(NotificationFixtures.DELIVERY).until(() -> outboxOf(reminder).get("status").equals("SENT"));
		assertThat((Integer) outboxOf(reminder).get("attempts")).isGreaterThanOrEqualTo(2);
	}

	@Test
	void givesUpAfterTheLastAttemptAndKeepsTheError() {
		smtp.stop();
		ReminderSent reminder = fixtures.reminderTo("棠下镇");
		fixtures.publish(reminder);

		await().atMost(NotificationFixtures.DELIVERY).until(() -> "FAILED".equals(outboxOf(reminder).get("status")));
		Map<String, Object> gaveUp = outboxOf(reminder);
		assertThat(gaveUp.get("attempts")).isEqualTo(3);
		assertThat((String) gaveUp.get("last_error")).isNotBlank();
		assertThat(gaveUp.get("sent_at")).isNull();
	}

	/** The outbox row of the reminder's mail to the town handler, or an empty map before there is one. */
	Map<String, Object> outboxOf(ReminderSent reminder) {
		return jdbc.sql("SELECT m.status, m.attempts, m.last_error, m.sent_at FROM mail_outbox m JOIN notification n ON n.id = m.notification_id "
				+ "WHERE n.message_arguments ->> 1 = ?")
			.param(reminder.task())
			.query()
			.listOfRows()
			.stream()
			.findFirst()
			.orElse(Map.of());
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String subjectOf(jakarta.mail.internet.MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (jakarta.mail.MessagingException e) {
			throw new IllegalStateException(e);
		}
	}
}
