package org.luoshi.notification.internal;


import org.luoshi.shared.Digests;
import org.luoshi.shared.NotifiableEvent;

/**
 * The identity of a delivery: a SHA-256 of the event's type and the act it tells of ({@link NotifiableEvent#deliveryKey()}).
 *
 * <p>The registry hands the listener nothing but the event, and after a restart the event is one read back from JSON;
 * the act's key is the same for the original and the copy, so a second hand-over finds the first delivery. It is not
 * the event's content: two reminders in the same words are two acts, and both must reach people.
 */
final class EventKeys {

	private EventKeys() {
	}

	static String of(NotifiableEvent event) {
		String key = event.deliveryKey();
		if (key == null || key.isBlank()) {
			throw new IllegalArgumentException(event.getClass().getName() + " names no act (deliveryKey): it cannot be delivered once");
		}
		String identity = event.getClass().getName() + "\n" + key;
		return Digests.sha256(identity);
	}
}
