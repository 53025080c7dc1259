package org.luoshi.projects.internal;

import java.util.List;
import java.util.Set;

import org.luoshi.organization.OrganizationDirectory;
import org.luoshi.search.Visibility;
import org.luoshi.shared.Actor;
import org.luoshi.shared.Permissions;
import org.springframework.stereotype.Component;

/**
 * The one rule for who sees and works on a project, used by the pages, the API, the dashboard's figures, search and the
 * audit trail's units: with {@code projects:read}, whoever sees the whole district (the district office, supervisors,
 * leaders) sees every project; anyone else the projects led by a unit of their data scope (a unit's handler: their
 * unit's). Reporting on a project (investment, milestones' actual dates, photos, blockers) needs {@code projects:report}
 * and the project in sight, or {@code projects:manage}; keeping projects and raising blockers {@code projects:manage}.
 */
@Component
public class ProjectAccess {

	private final OrganizationDirectory organization;

	ProjectAccess(OrganizationDirectory organization) {
		this.organization = organization;
	}

	/** What an actor reaches: every project, or those led by one of {@code units}. */
	public record Scope(Actor actor, boolean reads, boolean all, List<Long> units) {

		public boolean sees(long leadUnitId) {
			return reads && (all || units.contains(leadUnitId));
		}

		public boolean manages() {
			return reads && actor.can(Permissions.PROJECTS_MANAGE);
		}

		public boolean reports(long leadUnitId) {
			return sees(leadUnitId) && (manages() || actor.can(Permissions.PROJECTS_REPORT));
		}

		/** Whether nothing at all is in sight (no permission, or a scope holding no unit). */
		public boolean none() {
			return !reads || (!all && units.isEmpty());
		}
	}

	public Scope scope(Actor actor) {
		boolean reads = actor.can(Permissions.PROJECTS_READ) || actor.can(Permissions.PROJECTS_MANAGE);
		if (actor.seesWholeDistrict()) {
			return new Scope(actor, reads, true, List.of());
		}
		if (actor.scopeUnitId() == null || actor.isEnterprise()) {
			return new Scope(actor, false, false, List.of());
		}
		return new Scope(actor, reads, false, organization.subtreeIds(actor.scopeUnitId()));
	}

	/** The same rule as search applies it: {@code projects:read} and a scope reaching the lead unit. */
	static Visibility visibility(long leadUnitId) {
		return Visibility.of(Permissions.PROJECTS_READ, Set.of(leadUnitId));
	}
}
