package org.luoshi.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.luoshi.shared.Page;
import org.luoshi.shared.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The notification and inbox tables. */
@Repository
class NotificationRepository {

	private static final TypeReference<List<String>> ARGUMENTS = new TypeReference<>() {
	};
	private static final String ITEM_COLUMNS = "i.id, i.read_at, n.message_key, n.message_arguments::text AS arguments, n.detail, "
			+ "n.link, n.created_at";

	private final JdbcClient jdbc;
	private final JsonMapper json;

	NotificationRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * Stores the notification unless one with the same key exists already.
	 *
	 * @return its id, or empty when the event was delivered before (a concurrent delivery waits for the first to end)
	 */
	Optional<Long> insertOnce(String eventKey, String eventType, String messageKey, List<String> arguments, String detail,
			String link, Long actorAccountId) {
		return jdbc.sql("INSERT INTO notification (event_key, event_type, message_key, message_arguments, detail, link, actor_account_id) "
				+ "VALUES (:key, :type, :messageKey, CAST(:arguments AS jsonb), :detail, :link, :actor) "
				+ "ON CONFLICT (event_key) DO NOTHING RETURNING id")
			.param("key", eventKey)
			.param("type", eventType)
			.param("messageKey", messageKey)
			.param("arguments", json.writeValueAsString(arguments))
			.param("detail", detail)
			.param("link", link)
			.param("actor", actorAccountId)
			.query(Long.class)
			.optional();
	}

	void addInboxItem(long notificationId, long accountId) {
		jdbc.sql("INSERT INTO inbox_item (notification_id, account_id) VALUES (?, ?)").params(notificationId, accountId).update();
	}

	/** The account's items, newest first ({@code createdAt,desc}) or oldest first. */
	Page<InboxItem> items(long accountId, boolean unreadOnly, PageQuery page) {
		String where = " WHERE i.account_id = :account" + (unreadOnly ? " AND i.read_at IS NULL" : "");
		long total = jdbc.sql("SELECT count(*) FROM inbox_item i" + where).param("account", accountId).query(Long.class).single();
		// Item ids grow with delivery, so they order by arrival and use the (account_id, id) index.
		List<InboxItem> items = jdbc.sql("SELECT " + ITEM_COLUMNS + " FROM inbox_item i JOIN notification n ON n.id = i.notification_id"
				+ where + " ORDER BY i.id " + page.direction() + " LIMIT :limit OFFSET :offset")
			.param("account", accountId)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(this::item)
			.list();
		return page.toPage(items, total);
	}

	Optional<InboxItem> item(long accountId, long itemId) {
		return jdbc.sql("SELECT " + ITEM_COLUMNS + " FROM inbox_item i JOIN notification n ON n.id = i.notification_id "
				+ "WHERE i.id = ? AND i.account_id = ?")
			.params(itemId, accountId)
			.query(this::item)
			.optional();
	}

	long unreadCount(long accountId) {
		return jdbc.sql("SELECT count(*) FROM inbox_item WHERE account_id = ? AND read_at IS NULL").param(accountId).query(Long.class).single();
	}

	/** Marks the item read, keeping the first reading time of an item read before. */
	void markRead(long accountId, long itemId) {
		jdbc.sql("UPDATE inbox_item SET read_at = now() WHERE id = ? AND account_id = ? AND read_at IS NULL").params(itemId, accountId).update();
	}

	int markAllRead(long accountId) {
		return jdbc.sql("UPDATE inbox_item SET read_at = now() WHERE account_id = ? AND read_at IS NULL").param(accountId).update();
	}

	private InboxItem item(ResultSet rs, int row) throws SQLException {
		return new InboxItem(rs.getLong("id"), rs.getString("message_key"), json.readValue(rs.getString("arguments"), ARGUMENTS),
				rs.getString("detail"), rs.getString("link"), instant(rs, "created_at"), instant(rs, "read_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}
}
