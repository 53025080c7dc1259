package org.luoshi.notification.internal;

import java.util.List;

import org.luoshi.shared.Actor;
import org.luoshi.shared.web.Attention;
import org.luoshi.shared.web.AttentionProvider;
import org.springframework.stereotype.Component;

/** Puts the number of unread notifications on each person's home page. */
@Component
class InboxAttention implements AttentionProvider {

	private final Inbox inbox;

	InboxAttention(Inbox inbox) {
		this.inbox = inbox;
	}

	@Override
	public List<Attention> attentionFor(Actor actor) {
		if (actor.accountId() == null) {
			return List.of();
		}
		return List.of(Attention.of("notification.attention.unread", inbox.unreadCount(actor.accountId()), "/inbox?unread=true", "info"));
	}
}
