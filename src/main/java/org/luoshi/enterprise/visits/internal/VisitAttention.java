package org.luoshi.enterprise.visits.internal;

import java.util.List;

import org.luoshi.shared.Actor;
import org.luoshi.shared.web.Attention;
import org.luoshi.shared.web.AttentionProvider;
import org.springframework.stereotype.Component;

/** The home page's reminder: planned visits of the person's units due by the end of this week, still to be recorded. */
@Component
class VisitAttention implements AttentionProvider {

	private final VisitService visits;

	VisitAttention(VisitService visits) {
		this.visits = visits;
	}

	@Override
	public List<Attention> attentionFor(Actor actor) {
		long due = visits.plannedDueThisWeek(actor);
		return due == 0 ? List.of()
				: List.of(Attention.of("visits.attention.due", due, "/visits?status=PLANNED&to=" + visits.endOfWeek(), "info"));
	}
}
