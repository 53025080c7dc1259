package org.luoshi.enterprise.proposals.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.luoshi.organization.OrganizationDirectory;
import org.luoshi.organization.UnitSummary;
import org.luoshi.search.Visibility;
import org.luoshi.shared.Actor;
import org.luoshi.shared.Permissions;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who sees a proposal or a public-opinion report — the one rule its pages, API, lists, search and the enterprise's 360°
 * page apply:
 * <ul>
 * <li>the CPPCC's proposal office ({@code proposal:manage}) sees all;
 * <li>{@code proposal:read} with a data scope reaching the proposal's lead or a co-handling unit (a report's units it was
 * forwarded to) sees it — the whole district's scope (the district office, leaders) reaches every one;
 * <li>its proposer and co-signers (a report's reporter) see their own.
 * </ul>
 * What each side may do is the transition tables' ({@link ProposalLifecycle}, {@link OpinionLifecycle}); the sides are
 * worked out here. An enterprise's portal account sees none. The units the rule names ({@link #units}) are where the
 * audit trail files a proposal's and a report's entries.
 */
@Component
class ProposalAccess {

	private final OrganizationDirectory organization;
	private final ProposalRows rows;

	ProposalAccess(OrganizationDirectory organization, ProposalRows rows) {
		this.organization = organization;
		this.rows = rows;
	}

	/**
	 * The CPPCC's unit: the proposal office's ({@code proposal_settings.office_unit_id}; the demo names 区政协), or the
	 * district's root unit until the district names it. The office's notices go to its accounts that manage proposals;
	 * the rule names it as the unit of the office, which sees every proposal and report, and of the members who submit
	 * them (a member's account is given it as its scope).
	 */
	Long officeUnit() {
		Long office = rows.officeUnitId();
		if (office != null) {
			return office;
		}
		return organization.allUnits().stream().filter(unit -> unit.parentId() == null).map(UnitSummary::id).findFirst().orElse(null);
	}

	/**
	 * The handling units the rule names for a proposal: once assigned, its lead and co-handling units — whose scope
	 * reaches one of them, with {@code proposal:read}, sees it. The scope part of the rule, which search states.
	 */
	static Set<Long> handlingUnits(Proposal proposal) {
		Set<Long> units = new LinkedHashSet<>();
		if (proposal.leadUnitId() != null) {
			units.add(proposal.leadUnitId());
		}
		units.addAll(proposal.coUnitIds());
		return units;
	}

	/** A report's handling units: those it was forwarded to. */
	static Set<Long> handlingUnits(Opinion opinion) {
		return new LinkedHashSet<>(opinion.forwardedUnitIds());
	}

	/**
	 * Every unit the rule names for a proposal: the CPPCC's ({@link #officeUnit}: the office's and its members', the
	 * proposer's and co-signers' accounts being scoped to it) and the handling units. The audit trail files the
	 * proposal's entries under them ({@link ProposalAuditUnits}).
	 */
	static Set<Long> units(Long officeUnitId, Proposal proposal) {
		return withOffice(officeUnitId, handlingUnits(proposal));
	}

	/** Every unit the rule names for a report: the CPPCC's and those it was forwarded to. */
	static Set<Long> units(Long officeUnitId, Opinion opinion) {
		return withOffice(officeUnitId, handlingUnits(opinion));
	}

	private static Set<Long> withOffice(Long officeUnitId, Set<Long> handling) {
		Set<Long> units = new LinkedHashSet<>();
		if (officeUnitId != null) {
			units.add(officeUnitId);
		}
		units.addAll(handling);
		return units;
	}

	Scope scope(Actor actor) {
		return new Scope(actor, organization.allUnits().stream().collect(Collectors.toMap(UnitSummary::id, unit -> unit)));
	}

	static void requireAny(Actor actor, String... permissions) {
		for (String permission : permissions) {
			if (actor.can(permission) && !actor.isEnterprise()) {
				return;
			}
		}
		throw new AccessDeniedException(String.join(" or ", permissions));
	}

	/**
	 * The scope part of the rule, as search applies it: {@code proposal:read} over the handling units (none: the whole
	 * district only).
	 */
	static Visibility forSearch(Proposal proposal) {
		return Visibility.of(Permissions.PROPOSAL_READ, handlingUnits(proposal));
	}

	static Visibility forSearch(Opinion opinion) {
		return Visibility.of(Permissions.PROPOSAL_READ, handlingUnits(opinion));
	}

	/** An actor with the units in hand: enough to decide on any number of proposals. */
	record Scope(Actor actor, Map<Long, UnitSummary> units) {

		boolean covers(Long unitId) {
			if (unitId == null || actor.isEnterprise()) {
				return false;
			}
			if (actor.seesWholeDistrict()) {
				return true;
			}
			UnitSummary unit = units.get(unitId);
			return unit != null && actor.scopeUnitId() != null && unit.isWithin(actor.scopeUnitId());
		}

		boolean isOffice() {
			return actor.can(Permissions.PROPOSAL_MANAGE) && !actor.isEnterprise();
		}

		/** Whether the actor is the account named (the proposer, a co-signer, a reporter). */
		boolean is(Long accountId) {
			return accountId != null && Objects.equals(accountId, actor.accountId()) && !actor.isEnterprise();
		}

		boolean sees(Proposal proposal) {
			return sees(proposal.proposerAccountId(), proposal.coSignerAccountIds(), handlingUnits(proposal));
		}

		private boolean sees(Long ownerAccountId, Collection<Long> coSigners, Set<Long> handlingUnits) {
			if (actor.isEnterprise()) {
				return false;
			}
			if (isOffice()) {
				return true;
			}
			if ((actor.can(Permissions.PROPOSAL_READ) || actor.can(Permissions.PROPOSAL_SUBMIT))
					&& (is(ownerAccountId) || coSigners.stream().anyMatch(this::is))) {
				return true;
			}
			return actor.can(Permissions.PROPOSAL_READ) && (actor.seesWholeDistrict() || handlingUnits.stream().anyMatch(this::covers));
		}

		boolean sees(Opinion opinion) {
			return sees(opinion.reporterAccountId(), List.of(), handlingUnits(opinion));
		}

		Set<ProposalSide> sides(Proposal proposal) {
			Set<ProposalSide> sides = EnumSet.noneOf(ProposalSide.class);
			if (actor == Actor.SYSTEM) {
				sides.add(ProposalSide.SYSTEM);
				return sides;
			}
			if (actor.isEnterprise()) {
				return sides;
			}
			if (isOffice()) {
				sides.add(ProposalSide.OFFICE);
			}
			if (actor.can(Permissions.PROPOSAL_SUBMIT) && is(proposal.proposerAccountId())) {
				sides.add(ProposalSide.PROPOSER);
			}
			if (actor.can(Permissions.PROPOSAL_HANDLE) && covers(proposal.leadUnitId())) {
				sides.add(ProposalSide.LEAD_UNIT);
			}
			if (actor.can(Permissions.PROPOSAL_HANDLE) && proposal.coUnitIds().stream().anyMatch(this::covers)) {
				sides.add(ProposalSide.CO_UNIT);
			}
			return sides;
		}

		Set<OpinionSide> sides(Opinion opinion) {
			Set<OpinionSide> sides = EnumSet.noneOf(OpinionSide.class);
			if (actor == Actor.SYSTEM) {
				sides.add(OpinionSide.SYSTEM);
				return sides;
			}
			if (isOffice()) {
				sides.add(OpinionSide.OFFICE);
			}
			if (actor.can(Permissions.PROPOSAL_SUBMIT) && is(opinion.reporterAccountId())) {
				sides.add(OpinionSide.REPORTER);
			}
			return sides;
		}

		/** The unit shown beside the actor on the timeline for a step taken as {@code side}. */
		Long unitOf(ProposalSide side, Proposal proposal) {
			return switch (side) {
				case LEAD_UNIT -> proposal.leadUnitId();
				case CO_UNIT -> proposal.coUnitIds().stream().filter(this::covers).findFirst().orElse(null);
				case OFFICE, PROPOSER, SYSTEM -> null;
			};
		}

		/**
		 * For list SQL: {@code null} when the actor sees every record; otherwise the account whose own records it sees and
		 * the units of its scope (none when it holds no {@code proposal:read}).
		 */
		ListScope listScope() {
			if (actor.isEnterprise()) {
				return new ListScope(-1L, List.of());
			}
			if (isOffice() || actor.can(Permissions.PROPOSAL_READ) && actor.seesWholeDistrict()) {
				return null;
			}
			List<Long> scoped = new ArrayList<>();
			if (actor.can(Permissions.PROPOSAL_READ) && actor.scopeUnitId() != null) {
				units.values().stream().filter(unit -> unit.isWithin(actor.scopeUnitId())).map(UnitSummary::id).forEach(scoped::add);
			}
			return new ListScope(actor.accountId() == null ? -1L : actor.accountId(), scoped);
		}
	}

	/** The rows a scoped actor may list: its own account's, and those of some units. */
	record ListScope(long accountId, List<Long> unitIds) {
	}
}
