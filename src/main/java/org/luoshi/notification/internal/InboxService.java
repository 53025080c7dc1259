package org.luoshi.notification.internal;

import org.luoshi.shared.NotFoundException;
import org.luoshi.shared.Page;
import org.luoshi.shared.PageQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading and marking read. Marking read publishes no audit event, deliberately: whether someone has opened a message
 * is their own reading state, not a record of the district's business, and the hash-chained trail would fill with
 * reading receipts under its lock. Where reading is itself an act that must be proven (a unit signing for a
 * supervision notice, 签收), the owning module records that act, audited, in its own terms.
 */
@Service
@Transactional
class InboxService implements Inbox {

	private final NotificationRepository notifications;

	InboxService(NotificationRepository notifications) {
		this.notifications = notifications;
	}

	@Override
	@Transactional(readOnly = true)
	public Page<InboxItem> items(long accountId, boolean unreadOnly, PageQuery page) {
		return notifications.items(accountId, unreadOnly, page);
	}

	@Override
	@Transactional(readOnly = true)
	public long unreadCount(long accountId) {
		return notifications.unreadCount(accountId);
	}

	@Override
	public InboxItem markRead(long accountId, long itemId) {
		notifications.markRead(accountId, itemId);
		return notifications.item(accountId, itemId).orElseThrow(() -> new NotFoundException("inbox item", itemId));
	}

	@Override
	public int markAllRead(long accountId) {
		return notifications.markAllRead(accountId);
	}
}
