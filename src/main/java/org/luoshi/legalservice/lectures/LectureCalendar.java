package org.luoshi.legalservice.lectures;

import java.util.List;
import java.util.Optional;

/**
 * The lectures to come, for the public page and others: what anyone may read (no registrant, no phone). Reading needs
 * no permission.
 */
public interface LectureCalendar {

	/** Lectures planned or open for registration that have not started yet, soonest first, at most {@code limit}. */
	List<LectureListing> upcoming(int limit);

	/** One lecture as listed, whatever its status; empty when there is none. */
	Optional<LectureListing> listing(long lectureId);
}
