package org.luoshi.notification.internal;

import java.time.Instant;
import java.util.List;

/**
 * One notification in one person's inbox. The text is still a message key with its arguments: it is rendered in the
 * reader's language (see {@link NotificationTexts}).
 *
 * @param id the inbox item's id (each recipient's copy has its own)
 * @param detail words written by a person, shown as written; or {@code null}
 * @param link the application path that opens the matter; {@code null} when the event named none that is safe to open
 * @param readAt when its owner read it, {@code null} while unread
 */
public record InboxItem(long id, String messageKey, List<String> arguments, String detail, String link, Instant createdAt,
		Instant readAt) {

	public InboxItem {
		arguments = List.copyOf(arguments);
	}

	public boolean isRead() {
		return readAt != null;
	}
}
