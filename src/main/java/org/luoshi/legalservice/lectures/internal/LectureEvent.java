package org.luoshi.legalservice.lectures.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.luoshi.shared.lifecycle.Audience;
import org.luoshi.shared.lifecycle.TimelineEvent;

/**
 * What a step on a {@link Lecture} did, in the past tense. Each event is at once the lecture's timeline entry
 * ({@link #kind}, {@link #data}: message key {@code legal.lecture.event.<kind>}), its audit entry ({@link #action},
 * {@link #changes}: never a phone) and, when someone must hear of it, its notification ({@link #audience},
 * {@code legal.lecture.notify.<kind>}).
 */
sealed interface LectureEvent extends TimelineEvent {

	@Override
	default String actionPrefix() {
		return "legal.lecture.";
	}

	/** Who is told (accounts only: a lecture concerns no unit). */
	default Audience audience(Lecture lecture) {
		return Audience.NOBODY;
	}

	private static Map<String, Object> entries(Object... pairs) {
		Map<String, Object> data = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			if (pairs[i + 1] != null) {
				data.put((String) pairs[i], pairs[i + 1]);
			}
		}
		return data;
	}

	record Scheduled(String title, String pointName, Instant startsAt, String expertName, int capacity, int waitingLimit, List<String> topics,
			boolean open) implements LectureEvent {

		public String kind() {
			return "scheduled";
		}

		public Map<String, Object> data() {
			return entries("title", title, "point", pointName, "startsAt", startsAt, "speaker", expertName, "capacity", capacity,
					"waitingLimit", waitingLimit, "topics", topics == null ? null : String.join("、", topics), "open", open);
		}
	}

	record RegistrationOpened() implements LectureEvent {

		public String kind() {
			return "registration-opened";
		}
	}

	/** A seat taken, or ({@code waiting}) a place on the waiting list. */
	record Registered(long registrationId, String name, String enterpriseName, Long enterpriseId, Long accountId, boolean waiting)
			implements LectureEvent {

		public String kind() {
			return waiting ? "waitlisted" : "registered";
		}

		public Map<String, Object> data() {
			return entries("registration", registrationId, "name", name, "enterprise", enterpriseName);
		}

		Registered withId(long id) {
			return new Registered(id, name, enterpriseName, enterpriseId, accountId, waiting);
		}
	}

	record RegistrationCancelled(long registrationId, String name, String enterpriseName) implements LectureEvent {

		public String kind() {
			return "registration-cancelled";
		}

		public Map<String, Object> data() {
			return entries("registration", registrationId, "name", name, "enterprise", enterpriseName);
		}
	}

	/** The first waiting took the seat given back. */
	record Promoted(long registrationId, String name, String enterpriseName, Long accountId) implements LectureEvent {

		public String kind() {
			return "promoted";
		}

		public Map<String, Object> data() {
			return entries("registration", registrationId, "name", name, "enterprise", enterpriseName);
		}

		public Audience audience(Lecture lecture) {
			return Audience.account(accountId);
		}
	}

	record CheckedIn(long registrationId, String name, String enterpriseName) implements LectureEvent {

		public String kind() {
			return "checked-in";
		}

		public Map<String, Object> data() {
			return entries("registration", registrationId, "name", name, "enterprise", enterpriseName);
		}
	}

	record Held(long attendances) implements LectureEvent {

		public String kind() {
			return "held";
		}

		public Map<String, Object> data() {
			return entries("attendances", attendances);
		}
	}

	record FeedbackGiven(long registrationId, String enterpriseName, int rating, String comment) implements LectureEvent {

		public String kind() {
			return "feedback-given";
		}

		public Map<String, Object> data() {
			return entries("registration", registrationId, "enterprise", enterpriseName, "rating", rating, "comment", comment);
		}
	}

	/** Called off: every enterprise account still registered or waiting is told. */
	record Cancelled(String reason) implements LectureEvent {

		public String kind() {
			return "cancelled";
		}

		public Map<String, Object> data() {
			return entries("reason", reason);
		}

		public Audience audience(Lecture lecture) {
			Set<Long> accounts = lecture.registrations().stream()
				.filter(Lecture.Registration::live)
				.map(Lecture.Registration::accountId)
				.filter(java.util.Objects::nonNull)
				.collect(Collectors.toSet());
			return new Audience(Set.of(), accounts);
		}
	}
}
