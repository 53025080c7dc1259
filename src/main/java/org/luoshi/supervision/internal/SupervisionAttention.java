package org.luoshi.supervision.internal;

import java.util.ArrayList;
import java.util.List;

import org.luoshi.shared.Actor;
import org.luoshi.shared.Permissions;
import org.luoshi.shared.web.Attention;
import org.luoshi.shared.web.AttentionProvider;
import org.luoshi.supervision.SupervisionBoards;
import org.springframework.stereotype.Component;

/** The home page's supervision counts: what waits for this person, and for leaders what is late. */
@Component
class SupervisionAttention implements AttentionProvider {

	private final SupervisionBoards boards;

	SupervisionAttention(SupervisionBoards boards) {
		this.boards = boards;
	}

	@Override
	public List<Attention> attentionFor(Actor actor) {
		if (!actor.can(Permissions.SUPERVISION_READ)) {
			return List.of();
		}
		SupervisionBoards.MyTasks mine = boards.myTasks(actor);
		List<Attention> items = new ArrayList<>();
		items.add(Attention.of("supervision.attention.to-sign", mine.toSign().size(), "/supervision/my", "warning"));
		items.add(Attention.of("supervision.attention.to-report", mine.toReport().size(), "/supervision/my", "warning"));
		items.add(Attention.of("supervision.attention.to-review", mine.toReview().size(), "/supervision/my", "info"));
		items.add(Attention.of("supervision.attention.extensions", mine.extensions().size(), "/supervision/my", "info"));
		items.add(Attention.of("supervision.attention.red", mine.watch().size(), "/supervision/tasks?light=RED", "danger"));
		return items;
	}
}
