package org.luoshi.legalservice.lectures.internal;

import java.util.List;

/** What pages and the API ask of lectures, as typed: the service checks it whole. */
public final class LectureCommands {

	private LectureCommands() {
	}

	/**
	 * Schedules a lecture. Times as the district's local time, {@code 2026-12-20T14:30}.
	 *
	 * @param openNow open registration at once (else the lecture is planned and opened later)
	 */
	public record ScheduleLecture(String title, String description, Long pointId, String venue, String startsAt, String endsAt,
			Long expertId, Integer capacity, Integer waitingLimit, List<Long> topicIds, Boolean openNow) {
	}

	/**
	 * A registration: an enterprise's account gives the name and phone of who comes (its enterprise is its own); on the
	 * public page and at the counter the enterprise's name too.
	 */
	public record Register(String name, String enterpriseName, String phone) {
	}

	/** A step's input: the registration it concerns (check-in, cancellation by staff), a rating, a comment or a reason. */
	public record StepInput(Long registrationId, Integer rating, String comment, String reason) {

		public static StepInput none() {
			return new StepInput(null, null, null, null);
		}
	}
}
