package org.luoshi.notification.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.luoshi.notification.internal.Inbox;
import org.luoshi.notification.internal.InboxItem;
import org.luoshi.notification.internal.NotificationTexts;
import org.luoshi.shared.CurrentActor;
import org.luoshi.shared.Page;
import org.luoshi.shared.PageQuery;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "Notifications", description = "The caller's own inbox. Each notification's `message` is rendered in the language of "
		+ "`Accept-Language`; `messageKey` and `arguments` are the same in every language. Another account's notification answers 404.")
class NotificationApiController {

	private final Inbox inbox;
	private final NotificationTexts texts;

	NotificationApiController(Inbox inbox, NotificationTexts texts) {
		this.inbox = inbox;
		this.texts = texts;
	}

	record NotificationJson(long id, String message, String messageKey, List<String> arguments, String detail, String link,
			Instant createdAt, Instant readAt, boolean read) {

		static NotificationJson of(InboxItem item, String message) {
			return new NotificationJson(item.id(), message, item.messageKey(), item.arguments(), item.detail(), item.link(), item.createdAt(),
					item.readAt(), item.isRead());
		}
	}

	record MarkedRead(int marked) {
	}

	@GetMapping
	@Operation(summary = "A page of the caller's notifications, newest first", description = "Paging and sorting follow the platform's "
			+ "convention: `page` from 0, `size` 1–200 (default 20), `sort=createdAt,desc` (default) or `createdAt,asc`. Answers "
			+ "`{\"items\", \"page\", \"size\", \"total\"}`.")
	Page<NotificationJson> list(@Parameter(description = "only those not read yet") @RequestParam(defaultValue = "false") boolean unread,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) String sort, Locale locale) {
		PageQuery paging = PageQuery.of(page, size, sort == null ? "createdAt,desc" : sort, "createdAt", Inbox.SORTABLE);
		return inbox.items(caller(), unread, paging).map(item -> NotificationJson.of(item, texts.message(item, locale)));
	}

	@PostMapping("/{id}/read")
	@Operation(summary = "Mark one notification read", description = "Answers the notification. Marking it again keeps the first "
			+ "`readAt`.")
	NotificationJson read(@PathVariable long id, Locale locale) {
		InboxItem item = inbox.markRead(caller(), id);
		return NotificationJson.of(item, texts.message(item, locale));
	}

	@PostMapping("/read-all")
	@Operation(summary = "Mark all of the caller's notifications read", description = "Answers how many were unread: `{\"marked\": 3}`.")
	MarkedRead readAll() {
		return new MarkedRead(inbox.markAllRead(caller()));
	}

	private static long caller() {
		Long accountId = CurrentActor.get().accountId();
		if (accountId == null) {
			throw new AccessDeniedException("only accounts have an inbox");
		}
		return accountId;
	}
}
