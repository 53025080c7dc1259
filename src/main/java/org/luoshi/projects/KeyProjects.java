package org.luoshi.projects;

import org.luoshi.shared.Actor;

/**
 * The key projects' figures as the leaders' dashboard reads them. Only the projects the actor may see count (the whole
 * district for leaders and the district office; a unit's handler its units' projects); an actor without
 * {@code projects:read} gets an empty overview rather than an error, so that a dashboard part never fails for it.
 */
public interface KeyProjects {

	/**
	 * Where the key projects stand as of the month: the year's planned investment, the investment completed from January
	 * to the month (万元), the share, the same per town and per platform, and the blocking problems still open with the
	 * light of the supervised task each was raised into.
	 */
	ProjectsOverview overview(int year, int month, Actor actor);
}
