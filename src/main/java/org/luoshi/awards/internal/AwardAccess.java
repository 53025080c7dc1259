package org.luoshi.awards.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.luoshi.identity.AccountDirectory;
import org.luoshi.identity.AccountSummary;
import org.luoshi.organization.OrganizationDirectory;
import org.luoshi.organization.UnitSummary;
import org.luoshi.search.Visibility;
import org.luoshi.shared.Actor;
import org.luoshi.shared.Permissions;
import org.springframework.stereotype.Component;

/**
 * Who sees and does what in the awards — one rule per record type, used by the pages, the API, search and the audit
 * trail's units alike:
 * <ul>
 * <li>a campaign: whoever holds {@code awards:read}; its public notice and results are public;</li>
 * <li>a nomination: {@code awards:read} and a data scope reaching its nominating or nominated unit (the whole district:
 * all of them — the awards office and the reviewers are given the whole district);</li>
 * <li>an objection: the awards office ({@code awards:manage}) only, contact included; the public sees none;</li>
 * <li>an honour: every signed-in person (a published result), and the public registry.</li>
 * </ul>
 * A reviewer is recused automatically from nominations whose nominating or nominated unit lies in the subtree of the
 * reviewer's own unit — the unit of the member of staff linked to the account, else the account's scope.
 */
@Component
public class AwardAccess {

	private final OrganizationDirectory organization;
	private final AccountDirectory accounts;

	AwardAccess(OrganizationDirectory organization, AccountDirectory accounts) {
		this.organization = organization;
		this.accounts = accounts;
	}

	public boolean readsCampaigns(Actor actor) {
		return actor.can(Permissions.AWARDS_READ);
	}

	public boolean sees(Nomination nomination, Actor actor) {
		if (!actor.can(Permissions.AWARDS_READ)) {
			return false;
		}
		return actor.seesWholeDistrict() || reaches(actor, nomination.nominatingUnitId()) || nomination.subjectUnitId() != null
				&& reaches(actor, nomination.subjectUnitId());
	}

	/** The nomination rule as the search index states it. */
	static Visibility visibility(Nomination nomination) {
		return Visibility.of(Permissions.AWARDS_READ, java.util.Arrays.asList(nomination.nominatingUnitId(), nomination.subjectUnitId()));
	}

	public boolean seesObjections(Actor actor) {
		return actor.can(Permissions.AWARDS_MANAGE);
	}

	static Visibility objectionVisibility() {
		return new Visibility(Permissions.AWARDS_MANAGE, null);
	}

	public boolean manages(Actor actor) {
		return actor.can(Permissions.AWARDS_MANAGE);
	}

	/** Whether the actor may nominate for the unit: {@code awards:nominate} over it (the office for any unit). */
	public boolean nominatesFor(long unitId, Actor actor) {
		return actor.can(Permissions.AWARDS_NOMINATE) && (actor.can(Permissions.AWARDS_MANAGE) || reaches(actor, unitId));
	}

	/** The actor's side on a campaign: the awards office ({@code awards:manage}), or none. */
	Set<CampaignLifecycle.Side> sides(Actor actor) {
		return actor.can(Permissions.AWARDS_MANAGE) ? EnumSet.of(CampaignLifecycle.Side.OFFICE) : EnumSet.noneOf(CampaignLifecycle.Side.class);
	}

	/** The active accounts holding the permission anywhere in the district: the office, the reviewers — whom a step concerns. */
	List<Long> accountsHolding(String permission) {
		return accounts.accountsHolding(permission, organization.allUnits().stream().map(UnitSummary::id).toList(), true).stream()
			.map(AccountSummary::id)
			.toList();
	}

	Set<NominationLifecycle.Side> sides(Nomination nomination, Actor actor) {
		Set<NominationLifecycle.Side> sides = EnumSet.noneOf(NominationLifecycle.Side.class);
		if (actor.can(Permissions.AWARDS_MANAGE)) {
			sides.add(NominationLifecycle.Side.OFFICE);
		}
		if (actor.can(Permissions.AWARDS_REVIEW) && actor.accountId() != null) {
			sides.add(NominationLifecycle.Side.REVIEWER);
		}
		if (actor.can(Permissions.AWARDS_NOMINATE) && reaches(actor, nomination.nominatingUnitId())) {
			sides.add(NominationLifecycle.Side.NOMINATOR);
		}
		return sides;
	}

	/** The reviewer's own unit: the unit of their linked member of staff, else the root of their scope; {@code null}: none. */
	public Long ownUnit(Actor actor) {
		if (actor.accountId() == null) {
			return null;
		}
		Long staffUnit = accounts.findAccount(actor.accountId())
			.flatMap(account -> account.staffId() == null ? java.util.Optional.empty() : organization.findStaff(account.staffId()))
			.map(staff -> staff.unitId())
			.orElse(null);
		return staffUnit != null ? staffUnit : actor.seesWholeDistrict() ? null : actor.scopeUnitId();
	}

	/** Automatic recusal: the nomination's nominating or nominated unit lies in the subtree of the reviewer's own unit. */
	public boolean automaticallyRecused(Nomination nomination, Actor actor) {
		if (!actor.can(Permissions.AWARDS_REVIEW)) {
			return false;
		}
		Long own = ownUnit(actor);
		if (own == null) {
			return false;
		}
		List<Long> subtree = organization.subtreeIds(own);
		return subtree.contains(nomination.nominatingUnitId()) || nomination.subjectUnitId() != null && subtree.contains(nomination.subjectUnitId());
	}

	private boolean reaches(Actor actor, long unitId) {
		return actor.seesWholeDistrict() || actor.scopeUnitId() != null && organization.isVisibleTo(unitId, actor);
	}
}
