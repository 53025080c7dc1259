package org.luoshi.legalservice.experts.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.luoshi.enterprise.EnterpriseTimelineEntry;
import org.luoshi.enterprise.EnterpriseTimelineSource;
import org.luoshi.legalservice.LegalDirectory;
import org.luoshi.legalservice.Practitioner;
import org.luoshi.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * Questions to the expert group on their enterprise's 360° page — when each was asked and, once signed, the opinion —
 * by {@link ExpertAccess}'s rule: a reader who may open the enterprise but not its questions sees none of them here.
 */
@Component
class QuestionTimelineSource implements EnterpriseTimelineSource {

	static final String SOURCE = "expert-question";

	private final QuestionRows rows;
	private final ExpertAccess access;
	private final LegalDirectory directory;

	QuestionTimelineSource(QuestionRows rows, ExpertAccess access, LegalDirectory directory) {
		this.rows = rows;
		this.access = access;
		this.directory = directory;
	}

	@Override
	public List<EnterpriseTimelineEntry> entries(long enterpriseId, Actor actor) {
		if (!ExpertAccess.mayRead(actor)) {
			return List.of();
		}
		ExpertAccess.Scope scope = access.scope(actor);
		List<EnterpriseTimelineEntry> entries = new ArrayList<>();
		for (Question question : rows.list("q.enterprise_id = :enterprise", Map.of("enterprise", enterpriseId))) {
			if (!scope.sees(question)) {
				continue;
			}
			String link = "/legal/questions/" + question.id();
			entries.add(new EnterpriseTimelineEntry(question.askedAt(), SOURCE, "legal.experts.timeline.asked",
					List.of(question.number(), question.subject()), List.of(), question.askedByName(), link));
			if (question.signedAt() != null) {
				String expert = question.expertId() == null ? "" : directory.practitioner(question.expertId()).map(Practitioner::name).orElse("");
				entries.add(new EnterpriseTimelineEntry(question.signedAt(), SOURCE, "legal.experts.timeline.signed",
						List.of(question.number(), question.subject(), expert), List.of(), expert, link));
			}
		}
		return entries;
	}
}
