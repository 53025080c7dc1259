package org.luoshi.enterprise.internal;

import java.util.List;
import java.util.Optional;

import org.luoshi.enterprise.internal.Towns.Town;
import org.luoshi.search.Visibility;
import org.luoshi.shared.Actor;
import org.luoshi.shared.Permissions;

/**
 * Who sees an enterprise — the one rule that the pages, the API, the exports ({@link Scope}, and the list SQL through
 * {@link Scope#visibleDivisions()}) and the search index ({@link #forSearch}) apply: {@code enterprise:read} and a data
 * scope that reaches the unit keeping the enterprise's town (see {@link Towns}); the whole district sees every
 * enterprise. A town's handlers thus see their town's enterprises, the district office all of them. A department's
 * handlers, whose scope is their department, see none: a department reaches an enterprise through the demand or visit
 * routed to it, which names the enterprise through {@link org.luoshi.enterprise.EnterpriseDirectory}, not through the
 * registry and its contacts. Managing needs {@code enterprise:manage} over the same town.
 */
public final class EnterpriseAccess {

	static final String READ = Permissions.ENTERPRISE_READ;
	static final String MANAGE = Permissions.ENTERPRISE_MANAGE;
	/** The platform itself (demo data, jobs) keeping the registry: the whole district, as the system. */
	static final Actor SYSTEM = new Actor(null, Actor.SYSTEM.username(), Actor.SYSTEM.displayName(), null, java.util.Set.of(READ, MANAGE));

	private EnterpriseAccess() {
	}

	/**
	 * The same rule as search applies it to the enterprise's document: the unit keeping its town; an enterprise of a
	 * division that is no longer one of the district's towns only for the whole district, as {@link Scope#sees} decides.
	 */
	static Visibility forSearch(Towns.Snapshot towns, String divisionCode) {
		return forSearch(towns, divisionCode, READ);
	}

	/**
	 * {@link Scope#manages} stated for search: for a record of the town that only those who keep the town's enterprises
	 * may open (an enterprise's portal registration). Every role granting {@code enterprise:manage} grants
	 * {@code enterprise:read}, so the one permission search can check is the whole rule.
	 */
	public static Visibility forSearchByManagers(Towns.Snapshot towns, String divisionCode) {
		return forSearch(towns, divisionCode, MANAGE);
	}

	private static Visibility forSearch(Towns.Snapshot towns, String divisionCode, String permission) {
		return towns.town(divisionCode).map(town -> Visibility.of(permission, List.of(town.unitId())))
			.orElseGet(() -> Visibility.wholeDistrict(permission));
	}

	/** An actor with the towns in hand: enough to decide on any number of enterprises without asking again. */
	public record Scope(Actor actor, Towns.Snapshot towns) {

		public boolean sees(String divisionCode) {
			return actor.can(READ) && reaches(divisionCode);
		}

		/** Whether the actor may register, edit and import enterprises of the town, and read their contacts whole. */
		public boolean manages(String divisionCode) {
			return actor.can(MANAGE) && sees(divisionCode);
		}

		/**
		 * The towns whose enterprises the actor sees, for the list SQL ({@code division_code IN (…)}); empty when the
		 * actor sees the whole district (no condition), a list (possibly of none) otherwise.
		 */
		public Optional<List<String>> visibleDivisions() {
			if (actor.can(READ) && actor.seesWholeDistrict()) {
				return Optional.empty();
			}
			return Optional.of(actor.can(READ) ? towns.within(actor).stream().map(Town::divisionCode).toList() : List.of());
		}

		/** The towns where the actor may register enterprises: a form's choices. */
		public List<Town> managedTowns() {
			return actor.can(MANAGE) ? towns.within(actor) : List.of();
		}

		private boolean reaches(String divisionCode) {
			if (actor.seesWholeDistrict()) {
				return true;
			}
			return towns.town(divisionCode).map(town -> towns.covers(actor, town)).orElse(false);
		}
	}
}
