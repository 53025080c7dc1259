package org.luoshi.enterprise.visits.internal;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.luoshi.organization.OrganizationDirectory;
import org.luoshi.search.Visibility;
import org.luoshi.shared.Actor;
import org.luoshi.shared.Permissions;
import org.springframework.stereotype.Component;

/**
 * Who sees and who writes a visit — the one rule that the pages, the API, the enterprise's timeline, the home page and
 * search apply, and under which the audit trail files its entries. A visit belongs to its organizing unit:
 * <ul>
 * <li><b>see</b>: {@code visit:record} or {@code enterprise:read}, and a data scope that reaches the organizing unit
 * (the whole district reaches every unit);</li>
 * <li><b>write</b> (plan, edit, record, cancel): {@code visit:record} and a scope that reaches the organizing unit — and
 * every enterprise on the visit visible to the writer in the registry ({@code EnterpriseDirectory.isVisibleTo}), which
 * the service checks with the input.</li>
 * </ul>
 * An enterprise's own portal account does not open visit records (they hold what was said of the other enterprises
 * visited); it sees its own part of each visit that covered it — when, who came, why, and what was found at its own
 * premises — on the portal ({@link VisitPortal}).
 * Search states the rule as {@code enterprise:read} over the organizing unit: every role that grants
 * {@code visit:record} grants {@code enterprise:read} too ({@code VisitAccessTests} holds the roles to that), so the
 * two say the same.
 */
@Component
public class VisitAccess {

	static final String RECORD = Permissions.VISIT_RECORD;
	static final String READ = Permissions.ENTERPRISE_READ;

	private final OrganizationDirectory organization;

	VisitAccess(OrganizationDirectory organization) {
		this.organization = organization;
	}

	public Scope scope(Actor actor) {
		if (actor.seesWholeDistrict()) {
			return new Scope(actor, null);
		}
		return new Scope(actor, Set.copyOf(new HashSet<>(organization.subtreeIds(actor.scopeUnitId()))));
	}

	/**
	 * The units the rule names for a visit: its organizing unit. The pages, the API and the enterprise's timeline check
	 * it ({@link Scope#sees(Visit)}), search states it ({@link #forSearch}) and the audit trail files the visit's entries
	 * under it ({@link VisitAuditUnits}).
	 */
	static Set<Long> units(Visit visit) {
		return Set.of(visit.unitId());
	}

	/** The rule as search applies it to a visit's document. */
	static Visibility forSearch(Visit visit) {
		return Visibility.of(READ, units(visit));
	}

	/**
	 * An actor with the units of their scope in hand.
	 *
	 * @param subtree the units the actor's scope reaches; {@code null} for the whole district
	 */
	public record Scope(Actor actor, Set<Long> subtree) {

		public boolean reads() {
			return actor.can(RECORD) || actor.can(READ);
		}

		boolean sees(Visit visit) {
			return reads() && units(visit).stream().anyMatch(this::reaches);
		}

		/** Whether the actor may plan or record visits organized by the unit. */
		public boolean records(long unitId) {
			return actor.can(RECORD) && reaches(unitId);
		}

		Set<VisitSide> sides(long unitId) {
			return records(unitId) ? EnumSet.of(VisitSide.ORGANIZER) : EnumSet.noneOf(VisitSide.class);
		}

		/** The organizing units whose visits the actor sees, for SQL; empty when the actor sees the whole district. */
		public Optional<Set<Long>> visibleUnits() {
			if (!reads()) {
				return Optional.of(Set.of());
			}
			return Optional.ofNullable(subtree);
		}

		private boolean reaches(long unitId) {
			return subtree == null || subtree.contains(unitId);
		}
	}
}
