package org.luoshi.enterprise;

import java.util.List;

import org.luoshi.shared.Actor;

/**
 * Contributes to an enterprise's timeline on its 360° page. The registry contributes its own history (registered,
 * edited, imported); the modules built on the registry — visits, demands, proposals, later legal services, lectures and
 * honours — implement this interface as a bean and their entries join the same timeline, newest first. The page asks
 * every source only for an enterprise the reader may open; each source still applies its own rule to its own records
 * (a demand of another unit's may stay hidden).
 */
public interface EnterpriseTimelineSource {

	/** The entries about the enterprise that the actor may see, in any order. */
	List<EnterpriseTimelineEntry> entries(long enterpriseId, Actor actor);
}
