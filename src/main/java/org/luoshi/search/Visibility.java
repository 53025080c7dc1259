package org.luoshi.search;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.luoshi.shared.Actor;

/**
 * Who may find a record: the owning module states it with every document, from the same rule its pages and API
 * apply, and search filters with it in SQL. A searcher finds the record when they hold {@code permission} (if any)
 * and their data scope reaches one of {@code unitIds}: the whole district reaches every unit, a scoped searcher the
 * units of their subtree.
 *
 * @param permission the permission needed to open the record; {@code null} when every signed-in person may
 * @param unitIds the units whose subtree's people may open the record; {@code null} when any data scope may, empty
 *        when only people who see the whole district may
 * @param accountIds accounts that may open it besides, whatever their permission and scope: those the owner's rule names
 *        by a list rather than by units (a service point's staff, the practitioner a case is assigned to); the owner
 *        states the document again when the list changes
 */
public record Visibility(String permission, Set<Long> unitIds, Set<Long> accountIds) {

	public Visibility {
		unitIds = unitIds == null ? null : Set.copyOf(new TreeSet<>(unitIds.stream().filter(Objects::nonNull).toList()));
		accountIds = accountIds == null ? Set.of() : Set.copyOf(accountIds.stream().filter(Objects::nonNull).toList());
	}

	public Visibility(String permission, Set<Long> unitIds) {
		this(permission, unitIds, Set.of());
	}

	/** The same, and these accounts besides. */
	public Visibility withAccounts(Collection<Long> accounts) {
		return new Visibility(permission, unitIds, accounts == null ? Set.of() : Set.copyOf(accounts.stream().filter(Objects::nonNull).toList()));
	}

	/** Every signed-in person, whatever their scope. */
	public static Visibility everyone() {
		return new Visibility(null, null);
	}

	/** Holders of the permission whose scope reaches one of the units (none: the whole district only). */
	public static Visibility of(String permission, Collection<Long> unitIds) {
		return new Visibility(Objects.requireNonNull(permission), Set.copyOf(unitIds.stream().filter(Objects::nonNull).toList()));
	}

	/** Holders of the permission who see the whole district. */
	public static Visibility wholeDistrict(String permission) {
		return of(permission, Set.of());
	}

	/** The same decision search takes in SQL, for code and tests that hold a document; {@code subtree} is the actor's. */
	public boolean admits(Actor actor, Collection<Long> subtree) {
		if (actor.accountId() != null && accountIds.contains(actor.accountId())) {
			return true;
		}
		if (permission != null && !actor.can(permission)) {
			return false;
		}
		return unitIds == null || actor.seesWholeDistrict() || unitIds.stream().anyMatch(subtree::contains);
	}
}
