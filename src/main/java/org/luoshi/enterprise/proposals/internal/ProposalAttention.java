package org.luoshi.enterprise.proposals.internal;

import java.util.ArrayList;
import java.util.List;

import org.luoshi.shared.Actor;
import org.luoshi.shared.web.Attention;
import org.luoshi.shared.web.AttentionProvider;
import org.springframework.stereotype.Component;

/**
 * The home page's reminders: proposals waiting for the reader (the office's to examine, assign or decide; a unit's to
 * answer; a member's to revise or evaluate), and a unit's answers due within the yellow light's days or overdue.
 */
@Component
class ProposalAttention implements AttentionProvider {

	private final ProposalQueries queries;

	ProposalAttention(ProposalQueries queries) {
		this.queries = queries;
	}

	@Override
	public List<Attention> attentionFor(Actor actor) {
		ProposalQueries.Waiting waiting = queries.waiting(actor);
		List<Attention> items = new ArrayList<>();
		if (waiting.total() > 0) {
			items.add(Attention.of("proposal.attention.waiting", waiting.total(), "/proposals?view=mine", "warning"));
		}
		if (waiting.dueSoon() > 0) {
			items.add(Attention.of("proposal.attention.due-soon", waiting.dueSoon(), "/proposals?view=mine", "danger"));
		}
		return items;
	}
}
