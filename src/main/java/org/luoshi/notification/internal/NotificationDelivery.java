package org.luoshi.notification.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.luoshi.identity.AccountDirectory;
import org.luoshi.identity.AccountSummary;
import org.luoshi.notification.internal.MailChannel.Mail;
import org.luoshi.organization.OrganizationDirectory;
import org.luoshi.organization.StaffSummary;
import org.luoshi.shared.NotifiableEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;


/**
 * Delivers every {@link NotifiableEvent} once its publisher's transaction has committed: one notification, an inbox
 * item for each recipient and, when e-mail is on, a mail in the outbox for each recipient with an address, all in one
 * transaction of its own.
 *
 * <p>The listener runs asynchronously and the event publication registry keeps the event until it has succeeded, so a
 * failure (the database away, a crash) means a later delivery rather than a lost one. A delivery that did commit may
 * still be handed over again (a crash before the registry marked it complete): the event's key then finds the
 * notification stored and nothing more is written.
 *
 * <p>No audit entry: the write that caused the notification is audited by its own module, and the notification and
 * outbox tables are themselves the record of who was told what and when. Writing N entries per event under the audit
 * chain's lock, from a background thread with no actor, would add nothing but contention.
 */
@Component
class NotificationDelivery {

	private static final Logger log = LoggerFactory.getLogger(NotificationDelivery.class);
	private static final int LINK_MAX = 500;

	private final NotificationRepository notifications;
	private final MailOutbox outbox;
	private final MailChannel mail;
	private final AccountDirectory accounts;
	private final OrganizationDirectory organization;

	NotificationDelivery(NotificationRepository notifications, MailOutbox outbox, MailChannel mail, AccountDirectory accounts,
			OrganizationDirectory organization) {
		this.notifications = notifications;
		this.outbox = outbox;
		this.mail = mail;
		this.accounts = accounts;
		this.organization = organization;
	}

	/**
	 * Delivers one event. The explicit listener id names the event's publications in the registry, so that a renamed
	 * class or method still finds the publications left incomplete before a restart.
	 */
	@ApplicationModuleListener(id = "notification.delivery")
	public void deliver(NotifiableEvent event) {
		if (event.messageKey() == null || event.messageKey().isBlank()) {
			throw new IllegalArgumentException(event.getClass().getName() + " has no message key: nothing to tell");
		}
		List<String> arguments = arguments(event);
		String link = applicationPath(event);
		Optional<Long> stored = notifications.insertOnce(EventKeys.of(event), event.getClass().getName(), event.messageKey(),
				arguments, event.detail(), link, event.actorAccountId());
		if (stored.isEmpty()) {
			log.info("{} was delivered before; handed over again, it changes nothing", event.getClass().getSimpleName());
			return;
		}
		long notificationId = stored.get();
		Collection<AccountSummary> recipients = recipients(event);
		recipients.forEach(account -> notifications.addInboxItem(notificationId, account.id()));
		if (mail.isOn()) {
			Mail message = mail.compose(event.messageKey(), arguments, event.detail(), link);
			recipients.forEach(account -> emailOf(account).ifPresent(
					address -> outbox.enqueue(notificationId, account.id(), address, message.subject(), message.body())));
		}
		if (recipients.isEmpty()) {
			log.info("{} ({}) reached no one: units {} have no active accounts", event.getClass().getSimpleName(), event.messageKey(),
					event.notifiedUnitIds());
		}
	}

	/**
	 * Every active account of the named units and every named active account, each once, without the actor: nobody is
	 * told about their own act.
	 */
	private Collection<AccountSummary> recipients(NotifiableEvent event) {
		Map<Long, AccountSummary> recipients = new LinkedHashMap<>();
		for (Long unitId : sorted(event.notifiedUnitIds())) {
			accounts.accountsOfUnit(unitId).forEach(account -> recipients.putIfAbsent(account.id(), account));
		}
		for (Long accountId : sorted(event.notifiedAccountIds())) {
			accounts.findAccount(accountId).filter(AccountSummary::active).ifPresent(account -> recipients.putIfAbsent(account.id(), account));
		}
		if (event.actorAccountId() != null) {
			recipients.remove(event.actorAccountId());
		}
		return recipients.values();
	}

	/** The address of the account's member of staff, while they are active and have one. */
	private Optional<String> emailOf(AccountSummary account) {
		return Optional.ofNullable(account.staffId())
			.flatMap(organization::findStaff)
			.filter(StaffSummary::active)
			.map(StaffSummary::email)
			.filter(email -> !email.isBlank())
			.map(String::strip);
	}

	private static List<String> arguments(NotifiableEvent event) {
		List<String> arguments = new ArrayList<>();
		if (event.messageArguments() != null) {
			event.messageArguments().forEach(argument -> arguments.add(argument == null ? "" : argument));
		}
		return arguments;
	}

	/**
	 * The event's link if it is a path of this application. Anything else (another site, {@code //host}, a script) would
	 * turn the inbox into a redirector, so it is dropped and the item opens nothing.
	 */
	private static String applicationPath(NotifiableEvent event) {
		String link = event.link();
		boolean ours = link != null && link.length() <= LINK_MAX && link.startsWith("/") && !link.startsWith("//") && !link.startsWith("/\\")
				&& link.chars().noneMatch(Character::isISOControl);
		if (!ours && link != null) {
			log.warn("{} has a link that is not a path of this application; delivered without it: {}", event.getClass().getName(), link);
		}
		return ours ? link : null;
	}

	private static Set<Long> sorted(Set<Long> ids) {
		TreeSet<Long> sorted = new TreeSet<>();
		if (ids != null) {
			ids.stream().filter(Objects::nonNull).forEach(sorted::add);
		}
		return sorted;
	}
}
