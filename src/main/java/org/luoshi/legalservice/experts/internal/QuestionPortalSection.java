package org.luoshi.legalservice.experts.internal;

import java.util.Map;
import java.util.Optional;

import org.luoshi.enterprise.PortalSection;
import org.luoshi.shared.Actor;
import org.luoshi.shared.Permissions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** "律师专家团" on the enterprise's portal: its questions still being answered and its signed opinions. */
@Component
class QuestionPortalSection implements PortalSection {

	private final JdbcClient jdbc;

	QuestionPortalSection(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String key() {
		return "expert-questions";
	}

	@Override
	public int order() {
		return 45;
	}

	@Override
	public Optional<PortalCard> card(Actor enterprise) {
		if (!enterprise.isEnterprise() || !enterprise.can(Permissions.LEGAL_REQUEST)) {
			return Optional.empty();
		}
		Map<String, Object> counts = jdbc.sql("""
				SELECT count(*) FILTER (WHERE status IN ('WAITING', 'ASSIGNED', 'SUBMITTED', 'RETURNED', 'APPROVED')) AS open,
				       count(*) FILTER (WHERE signed_at IS NOT NULL) AS signed
				FROM expert_question WHERE enterprise_id = ?""")
			.param(enterprise.enterpriseId())
			.query()
			.singleRow();
		return Optional.of(new PortalCard("legal.experts.portal.title", "patch-question", "/legal/questions", "legal.experts.portal.line",
				counts.get("open"), counts.get("signed")));
	}
}
