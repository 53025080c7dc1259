package org.luoshi.notification.internal;

import java.util.Set;

import org.luoshi.shared.Page;
import org.luoshi.shared.PageQuery;

/**
 * A person's inbox, as the pages and the API use it. Every method takes the owner's account id: an item of another
 * account is treated as one that does not exist.
 */
public interface Inbox {

	/** The fields an inbox can be sorted by; newest first unless {@code sort=createdAt,asc}. */
	Set<String> SORTABLE = Set.of("createdAt");

	Page<InboxItem> items(long accountId, boolean unreadOnly, PageQuery page);

	long unreadCount(long accountId);

	/**
	 * Marks one item read and answers it; reading it again keeps the first reading time.
	 *
	 * @throws org.luoshi.shared.NotFoundException when the account has no such item
	 */
	InboxItem markRead(long accountId, long itemId);

	/** @return how many items were unread */
	int markAllRead(long accountId);
}
