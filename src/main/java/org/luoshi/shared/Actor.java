package org.luoshi.shared;

import java.util.Set;

/**
 * Whoever is acting: a signed-in person or the system itself. Modules read it through
 * {@link CurrentActor} to apply data scope and to stamp records, without depending on identity.
 *
 * <p>An enterprise's own portal account acts for its enterprise, not for a unit: it reaches no unit at all. Its scope
 * is therefore {@link #NO_UNIT}, an id no unit has (unit ids start at 1), rather than {@code null} (the whole
 * district): every scope check already written — {@code subtreeIds(scopeUnitId)}, {@code isWithin(scopeUnitId)}, a
 * path {@code LIKE} — finds nothing for it without knowing enterprises exist, and {@link #seesWholeDistrict()} is false.
 *
 * @param accountId the account's id, or {@code null} for the system
 * @param username the login name, or {@code system}
 * @param displayName the person's name as shown
 * @param scopeUnitId the root of the unit subtree this actor may see; {@code null} means the whole district,
 *        {@link #NO_UNIT} no unit (an enterprise account)
 * @param permissions the permissions granted by the actor's roles
 * @param enterpriseId the enterprise an enterprise's portal account acts for; {@code null} for staff and the system
 */
public record Actor(Long accountId, String username, String displayName, Long scopeUnitId, Set<String> permissions, Long enterpriseId)
		implements java.io.Serializable {

	/** The scope of an actor that reaches no unit: an enterprise account. */
	public static final long NO_UNIT = 0L;

	public static final Actor SYSTEM = new Actor(null, "system", "系统", null, Set.of());

	public Actor {
		if (enterpriseId != null) {
			scopeUnitId = NO_UNIT;
		}
	}

	/**
	 * Staff and the system. Kept so that the many places that build a staff actor (tests, demo data, the sign-in) need
	 * not spell out that it acts for no enterprise: only the portal's accounts do.
	 */
	public Actor(Long accountId, String username, String displayName, Long scopeUnitId, Set<String> permissions) {
		this(accountId, username, displayName, scopeUnitId, permissions, null);
	}

	public boolean can(String permission) {
		return permissions.contains(permission);
	}

	/** Never for an enterprise account, whatever its scope says. */
	public boolean seesWholeDistrict() {
		return scopeUnitId == null && enterpriseId == null;
	}

	/** Whether this is an enterprise's own portal account (企业用户), which sees only its enterprise's records. */
	public boolean isEnterprise() {
		return enterpriseId != null;
	}
}
