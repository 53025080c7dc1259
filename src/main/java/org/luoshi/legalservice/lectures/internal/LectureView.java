package org.luoshi.legalservice.lectures.internal;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A lecture as one reader may see it: the registrations they may read (organisers all, with phones; the expert and other
 * staff all, phones masked; an enterprise its own only), their own, the steps they may take now, the timeline.
 */
public record LectureView(long id, String title, String description, long pointId, String pointName, String park, String venue,
		Instant startsAt, Instant endsAt, long expertId, String expertName, int capacity, int waitingLimit, long seated, long waiting,
		int seatsLeft, boolean waitingListOpen, LectureStatus status, List<TopicRef> topics, boolean readsRegistrations,
		List<RegistrationView> registrations, List<RegistrationView> waitingList, RegistrationView own, long attendances, long ratings,
		Double averageRating, Set<LectureStep> actions, List<LectureTimelineEntry> timeline, int version) {

	public record TopicRef(long id, String title) {
	}

	/**
	 * One registration as shown.
	 *
	 * @param phone in clear for the lecture's organisers and the registrant, masked for everyone else
	 * @param position its place on the waiting list (1 first), 0 when it holds a seat or was cancelled
	 * @param code the registrant's code (to give a seat back or rate on the public page), only to the registrant
	 */
	public record RegistrationView(long id, String name, String enterpriseName, String phone, RegistrationStatus status, int position,
			Instant registeredAt, Instant checkedInAt, Integer rating, String comment, String code) {
	}

	public boolean can(String step) {
		return actions.contains(LectureStep.valueOf(step));
	}
}
