package org.luoshi.supervision.internal;

import java.util.ArrayList;
import java.util.List;

import org.luoshi.shared.Actor;
import org.luoshi.shared.Permissions;
import org.luoshi.shared.web.Attention;
import org.luoshi.shared.web.AttentionProvider;
import org.luoshi.supervision.SupervisionBoards;
import org.luoshi.supervision.TaskFilter;
import org.springframework.stereotype.Component;

/** The home page's supervision counts: what waits for this person, and for leaders and the office the red and yellow lights. */
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
		if (actor.can(Permissions.SUPERVISION_INSTRUCT) || actor.can(Permissions.SUPERVISION_MANAGE)) {
			// Leaders and the office follow the whole of their scope: how many open tasks are red and yellow, zero
			// included (that nothing is late is news too), from the board's counts rather than a capped list.
			SupervisionBoards.Counts counts = boards.districtBoard(TaskFilter.all(), actor).counts();
			items.add(new Attention("supervision.attention.red", counts.red(), "/supervision/tasks?light=RED", "danger", true));
			items.add(new Attention("supervision.attention.yellow", counts.yellow(), "/supervision/tasks?light=YELLOW", "warning",
					true));
		}
		return items;
	}
}
