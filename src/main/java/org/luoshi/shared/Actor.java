package org.luoshi.shared;

import java.util.Set;

/**
 * Whoever is acting: a signed-in person or the system itself. Modules read it through
 * {@link CurrentActor} to apply data scope and to stamp records, without depending on identity.
 *
 * @param accountId the account's id, or {@code null} for the system
 * @param username the login name, or {@code system}
 * @param displayName the person's name as shown
 * @param scopeUnitId the root of the unit subtree this actor may see; {@code null} means the whole district
 * @param permissions the permissions granted by the actor's roles
 */
public record Actor(Long accountId, String username, String displayName, Long scopeUnitId, Set<String> permissions)
		implements java.io.Serializable {

	public static final Actor SYSTEM = new Actor(null, "system", "系统", null, Set.of());

	public boolean can(String permission) {
		return permissions.contains(permission);
	}

	public boolean seesWholeDistrict() {
		return scopeUnitId == null;
	}
}
