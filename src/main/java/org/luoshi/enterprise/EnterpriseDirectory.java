package org.luoshi.enterprise;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import org.luoshi.shared.Actor;

/**
 * Enterprises for other modules, by id or credit code. The lookups answer whoever asks: a module calls them for a
 * record whose access it has decided by its own rule (a demand names its enterprise). Whether a person may open the
 * enterprise itself is {@link #isVisibleTo}, the registry's one rule.
 */
public interface EnterpriseDirectory {

	Optional<EnterpriseSummary> find(long id);

	/** By credit code as typed (case, full-width characters and spaces do not matter). */
	Optional<EnterpriseSummary> findByCreditCode(String creditCode);

	/**
	 * By its registered name exactly as written (a hotline transfer or a visit record names the enterprise, not its
	 * code); the first registered when two share a name.
	 */
	Optional<EnterpriseSummary> findByName(String name);

	/** Several at once; ids that do not exist are left out. */
	Map<Long, EnterpriseSummary> find(Collection<Long> ids);

	/**
	 * Whether the actor may open the enterprise: {@code enterprise:read} and a data scope that reaches the unit of its town
	 * (or the whole district).
	 */
	boolean isVisibleTo(long id, Actor actor);

	/**
	 * The enterprises the actor may open whose name, legal representative or address holds {@code text}, or whose credit
	 * code starts with it, by name, at most {@code limit}: what a picker on another module's form offers (a visit's
	 * enterprises).
	 */
	java.util.List<EnterpriseSummary> visibleMatching(String text, Actor actor, int limit);

	/** The district's towns and subdistricts by division code: where an enterprise can be, and what a route can name. */
	java.util.List<DistrictTown> towns();
}
