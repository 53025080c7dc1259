package org.luoshi.legalservice.lectures;

import java.time.Instant;
import java.util.List;

/**
 * A lecture as the calendar lists it.
 *
 * @param status {@code PLANNED}, {@code OPEN} (registration open), {@code HELD} or {@code CANCELLED}
 * @param seatsLeft seats not yet taken (0 when full)
 * @param waitingListOpen whether, the seats taken, a registration would still go onto the waiting list
 * @param registrationOpen whether registration is open now (status {@code OPEN} and not started)
 * @param link the public page of the lecture, with its registration form
 */
public record LectureListing(long id, String title, long pointId, String pointName, String park, String venue, Instant startsAt,
		Instant endsAt, String expertName, List<String> topics, int capacity, int seatsLeft, boolean waitingListOpen, String status,
		boolean registrationOpen, String link) {

	public LectureListing {
		topics = List.copyOf(topics);
	}
}
