package org.luoshi.legalservice.experts.internal;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.luoshi.legalservice.LegalDirectory;
import org.luoshi.legalservice.Practitioner;
import org.luoshi.search.Visibility;
import org.luoshi.shared.Actor;
import org.luoshi.shared.Permissions;
import org.springframework.stereotype.Component;

/**
 * Who sees a question, written once for pages, API, lists, the enterprise's 360° page and search: the justice bureau
 * ({@code legal:manage}) every question; an expert ({@code legal:provide}, their account linked to them) the questions
 * assigned to them now; an enterprise's own account ({@code legal:request}) its enterprise's questions; nobody else —
 * a point's staff, other departments — any.
 */
@Component
class ExpertAccess {

	private final LegalDirectory directory;

	ExpertAccess(LegalDirectory directory) {
		this.directory = directory;
	}

	/** Whether the actor may open the questions' pages at all (else 403). */
	static boolean mayRead(Actor actor) {
		return actor.can(Permissions.LEGAL_MANAGE) || actor.can(Permissions.LEGAL_PROVIDE) || actor.isEnterprise() && actor.can(Permissions.LEGAL_REQUEST);
	}

	Scope scope(Actor actor) {
		Long practitioner = actor.accountId() != null && actor.can(Permissions.LEGAL_PROVIDE)
				? directory.practitionerOfAccount(actor.accountId()).map(Practitioner::id).orElse(null) : null;
		return new Scope(actor, actor.can(Permissions.LEGAL_MANAGE), practitioner,
				actor.isEnterprise() && actor.can(Permissions.LEGAL_REQUEST) ? actor.enterpriseId() : null);
	}

	/**
	 * Search finds a question for the justice bureau and, by account, for the expert it is assigned to (stated again at
	 * every step, so a reassignment moves it). Enterprises' accounts do not search.
	 */
	static Visibility forSearch(Long expertAccountId) {
		return Visibility.wholeDistrict(Permissions.LEGAL_MANAGE).withAccounts(expertAccountId == null ? java.util.Set.of() : java.util.Set.of(expertAccountId));
	}

	/** The rule as an SQL condition on {@code expert_question q}, with its parameters. */
	record Condition(String sql, Map<String, Object> params) {
	}

	record Scope(Actor actor, boolean bureau, Long practitionerId, Long enterpriseId) {

		boolean sees(Question question) {
			return actor == Actor.SYSTEM || bureau || practitionerId != null && practitionerId.equals(question.expertId())
					|| enterpriseId != null && enterpriseId == question.enterpriseId();
		}

		Set<QuestionSide> sides(Question question) {
			Set<QuestionSide> sides = EnumSet.noneOf(QuestionSide.class);
			if (actor == Actor.SYSTEM) {
				sides.add(QuestionSide.SYSTEM);
			}
			if (bureau) {
				sides.add(QuestionSide.BUREAU);
			}
			if (practitionerId != null && practitionerId.equals(question.expertId())) {
				sides.add(QuestionSide.EXPERT);
			}
			if (enterpriseId != null && enterpriseId == question.enterpriseId()) {
				sides.add(QuestionSide.ENTERPRISE);
			}
			return sides;
		}

		Condition condition() {
			Map<String, Object> params = new LinkedHashMap<>();
			if (bureau) {
				return new Condition("true", params);
			}
			StringBuilder sql = new StringBuilder("(false");
			if (practitionerId != null) {
				sql.append(" OR q.expert_id = :practitioner");
				params.put("practitioner", practitionerId);
			}
			if (enterpriseId != null) {
				sql.append(" OR q.enterprise_id = :ownEnterprise");
				params.put("ownEnterprise", enterpriseId);
			}
			return new Condition(sql.append(')').toString(), params);
		}
	}
}
