package org.luoshi.legalservice.lectures.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.luoshi.shared.Actor;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;

/**
 * A lecture (益企讲堂) and its registrations, loaded whole and locked by the command path ({@link LectureService#take}).
 *
 * <p>Its life: scheduled {@code PLANNED} (or straight {@code OPEN}) at a park's point, at a time, with an expert and
 * topics from the menu; while {@code OPEN}, registrations take seats up to the capacity, then places on the waiting list
 * up to its own limit, and past both are refused with nothing changed; a seat given back promotes the first waiting (by
 * the time they queued); staff check people in at the door; marked {@code HELD}, its topics are held too, and those
 * checked in rate it once (1–5 and a comment). {@code CANCELLED} from planned or open. Which side may take which step in
 * which status is {@link LectureLifecycle#TABLE}; the steps here validate their input whole and return past-tense
 * {@link LectureEvent}s.
 */
final class Lecture {

	static final int MAX_COMMENT = 500;

	/** One registration. {@code accountId} is an enterprise account's; {@code null} on the public page or at the counter. */
	record Registration(long id, Long enterpriseId, Long accountId, String name, String enterpriseName, String phone, String code,
			RegistrationStatus status, Instant registeredAt, Instant queuedAt, Instant checkedInAt, Integer rating, String comment,
			Instant ratedAt) {

		boolean live() {
			return status != RegistrationStatus.CANCELLED;
		}

		Registration withStatus(RegistrationStatus newStatus, Instant queued) {
			return new Registration(id, enterpriseId, accountId, name, enterpriseName, phone, code, newStatus, registeredAt, queued,
					checkedInAt, rating, comment, ratedAt);
		}

		Registration checkedIn(Instant at) {
			return new Registration(id, enterpriseId, accountId, name, enterpriseName, phone, code, status, registeredAt, queuedAt, at,
					rating, comment, ratedAt);
		}

		Registration rated(int value, String text, Instant at) {
			return new Registration(id, enterpriseId, accountId, name, enterpriseName, phone, code, status, registeredAt, queuedAt,
					checkedInAt, value, text, at);
		}
	}

	/** What a step works with: who acts, the status the table leads to, when. */
	record Step(Actor actor, LectureStatus after, Instant now) {
	}

	/** A new registration as the command path hands it to {@link #register}; the rows give it its id. */
	record NewRegistration(Long enterpriseId, Long accountId, String name, String enterpriseName, String phone, String code) {
	}

	private final long id;
	private final String title;
	private final String description;
	private final long pointId;
	private final String pointName;
	private final String park;
	private final String venue;
	private final Instant startsAt;
	private final Instant endsAt;
	private final long expertId;
	private final String expertName;
	private final int capacity;
	private final int waitingLimit;
	private LectureStatus status;
	private Instant heldAt;
	private final int version;
	private final List<Long> topicIds;
	private final List<Registration> registrations;
	private final java.util.Set<Long> changed = new java.util.HashSet<>();

	Lecture(long id, String title, String description, long pointId, String pointName, String park, String venue, Instant startsAt,
			Instant endsAt, long expertId, String expertName, int capacity, int waitingLimit, LectureStatus status, Instant heldAt, int version,
			List<Long> topicIds, List<Registration> registrations) {
		this.id = id;
		this.title = title;
		this.description = description;
		this.pointId = pointId;
		this.pointName = pointName;
		this.park = park;
		this.venue = venue;
		this.startsAt = startsAt;
		this.endsAt = endsAt;
		this.expertId = expertId;
		this.expertName = expertName;
		this.capacity = capacity;
		this.waitingLimit = waitingLimit;
		this.status = status;
		this.heldAt = heldAt;
		this.version = version;
		this.topicIds = List.copyOf(topicIds);
		this.registrations = new ArrayList<>(registrations);
	}

	// ----- reading

	long id() {
		return id;
	}

	String title() {
		return title;
	}

	String description() {
		return description;
	}

	long pointId() {
		return pointId;
	}

	String pointName() {
		return pointName;
	}

	String park() {
		return park;
	}

	String venue() {
		return venue;
	}

	Instant startsAt() {
		return startsAt;
	}

	Instant endsAt() {
		return endsAt;
	}

	long expertId() {
		return expertId;
	}

	String expertName() {
		return expertName;
	}

	int capacity() {
		return capacity;
	}

	int waitingLimit() {
		return waitingLimit;
	}

	LectureStatus status() {
		return status;
	}

	Instant heldAt() {
		return heldAt;
	}

	int version() {
		return version;
	}

	List<Long> topicIds() {
		return topicIds;
	}

	List<Registration> registrations() {
		return List.copyOf(registrations);
	}

	long seated() {
		return registrations.stream().filter(r -> r.status() == RegistrationStatus.REGISTERED).count();
	}

	long waiting() {
		return registrations.stream().filter(r -> r.status() == RegistrationStatus.WAITING).count();
	}

	int seatsLeft() {
		return (int) Math.max(0, capacity - seated());
	}

	boolean waitingListOpen() {
		return waiting() < waitingLimit;
	}

	/** A seat, or a place on the waiting list, is left. */
	boolean hasRoom() {
		return seatsLeft() > 0 || waitingListOpen();
	}

	/** The waiting list in the order it is promoted. */
	List<Registration> waitingList() {
		return registrations.stream()
			.filter(r -> r.status() == RegistrationStatus.WAITING)
			.sorted(Comparator.comparing(Registration::queuedAt).thenComparing(Registration::id))
			.toList();
	}

	Optional<Registration> registration(long registrationId) {
		return registrations.stream().filter(r -> r.id() == registrationId).findFirst();
	}

	/** The live registration of an enterprise's account, if it holds one. */
	Optional<Registration> liveOfAccount(Long accountId) {
		return accountId == null ? Optional.empty()
				: registrations.stream().filter(r -> r.live() && accountId.equals(r.accountId())).findFirst();
	}

	/** An enterprise account's registration to show it: the live one, else its latest. */
	Optional<Registration> ofAccount(Long accountId) {
		if (accountId == null) {
			return Optional.empty();
		}
		return liveOfAccount(accountId).or(() -> registrations.stream().filter(r -> accountId.equals(r.accountId()))
			.max(Comparator.comparing(Registration::id)));
	}

	Optional<Registration> byCode(String code) {
		return code == null ? Optional.empty() : registrations.stream().filter(r -> r.code().equals(code.strip())).findFirst();
	}

	// ----- steps

	List<LectureEvent> openRegistration(Step step) {
		status = step.after();
		return List.of(new LectureEvent.RegistrationOpened());
	}

	/**
	 * Takes a seat, or else a place on the waiting list; past both, refused. The registration's id is given by the rows
	 * once written ({@link LectureEvent.Registered#registrationId} is filled in by the command path).
	 */
	LectureEvent.Registered register(Step step, NewRegistration registration) {
		if (registration.accountId() != null && liveOfAccount(registration.accountId()).isPresent()) {
			throw new ValidationException(Violation.of(null, "legal.lecture.register.already"));
		}
		// On the public page and at the counter a person is known by their phone: one live registration each.
		if (registration.accountId() == null
				&& registrations.stream().anyMatch(r -> r.live() && r.accountId() == null && r.phone().equals(registration.phone()))) {
			throw new ValidationException(Violation.of("phone", "legal.lecture.register.phone-already"));
		}
		if (!hasRoom()) {
			throw new ValidationException(Violation.of(null, "legal.lecture.register.full", capacity, waitingLimit));
		}
		boolean waits = seatsLeft() == 0;
		return new LectureEvent.Registered(0, registration.name(), registration.enterpriseName(), registration.enterpriseId(),
				registration.accountId(), waits);
	}

	/** Adds the registration as written by the rows. */
	void added(Registration registration) {
		registrations.add(registration);
	}

	/** Gives the registration back; a seat given back goes to the first waiting. */
	List<LectureEvent> cancelRegistration(Step step, Registration registration) {
		if (!registration.live()) {
			throw new ValidationException(Violation.of(null, "legal.lecture.registration.cancelled-already"));
		}
		if (registration.checkedInAt() != null) {
			throw new ValidationException(Violation.of(null, "legal.lecture.registration.checked-in"));
		}
		List<LectureEvent> events = new ArrayList<>();
		boolean hadSeat = registration.status() == RegistrationStatus.REGISTERED;
		replace(registration.withStatus(RegistrationStatus.CANCELLED, registration.queuedAt()));
		events.add(new LectureEvent.RegistrationCancelled(registration.id(), registration.name(), registration.enterpriseName()));
		if (hadSeat) {
			List<Registration> queue = waitingList();
			if (!queue.isEmpty()) {
				Registration first = queue.get(0);
				replace(first.withStatus(RegistrationStatus.REGISTERED, first.queuedAt()));
				events.add(new LectureEvent.Promoted(first.id(), first.name(), first.enterpriseName(), first.accountId()));
			}
		}
		return events;
	}

	List<LectureEvent> checkIn(Step step, Registration registration) {
		if (registration.status() != RegistrationStatus.REGISTERED) {
			throw new ValidationException(Violation.of("registrationId", registration.status() == RegistrationStatus.WAITING
					? "legal.lecture.checkin.waiting" : "legal.lecture.registration.cancelled-already"));
		}
		if (registration.checkedInAt() != null) {
			throw new ValidationException(Violation.of("registrationId", "legal.lecture.checkin.already"));
		}
		replace(registration.checkedIn(step.now()));
		return List.of(new LectureEvent.CheckedIn(registration.id(), registration.name(), registration.enterpriseName()));
	}

	List<LectureEvent> markHeld(Step step) {
		status = step.after();
		heldAt = step.now();
		long attended = registrations.stream().filter(r -> r.checkedInAt() != null).count();
		// Those still waiting did not get a seat: the list is closed with the lecture.
		return List.of(new LectureEvent.Held(attended));
	}

	List<LectureEvent> giveFeedback(Step step, Registration registration, Integer rating, String comment) {
		List<Violation> violations = new ArrayList<>();
		if (registration == null || registration.checkedInAt() == null) {
			throw new ValidationException(Violation.of(null, "legal.lecture.feedback.not-attended"));
		}
		if (registration.rating() != null) {
			throw new ValidationException(Violation.of(null, "legal.lecture.feedback.already"));
		}
		if (rating == null) {
			violations.add(Violation.of("rating", "legal.lecture.feedback.rating.required"));
		}
		else if (rating < 1 || rating > 5) {
			violations.add(Violation.of("rating", "legal.lecture.feedback.rating.range"));
		}
		String text = comment == null || comment.isBlank() ? null : comment.strip();
		if (text != null && text.length() > MAX_COMMENT) {
			violations.add(Violation.of("comment", "legal.lecture.text.too-long", MAX_COMMENT));
		}
		ValidationException.throwIfAny(violations);
		replace(registration.rated(rating, text, step.now()));
		return List.of(new LectureEvent.FeedbackGiven(registration.id(), registration.enterpriseName(), rating, text));
	}

	List<LectureEvent> cancel(Step step, String reason) {
		String text = reason == null || reason.isBlank() ? null : reason.strip();
		if (text == null) {
			throw new ValidationException(Violation.of("reason", "legal.lecture.cancel.reason.required"));
		}
		if (text.length() > MAX_COMMENT) {
			throw new ValidationException(Violation.of("reason", "legal.lecture.text.too-long", MAX_COMMENT));
		}
		status = step.after();
		return List.of(new LectureEvent.Cancelled(text));
	}

	private void replace(Registration registration) {
		registrations.replaceAll(r -> r.id() == registration.id() ? registration : r);
		changed.add(registration.id());
	}

	/** The registrations a step changed, for the rows to write back. */
	List<Registration> changedRegistrations() {
		return registrations.stream().filter(r -> changed.contains(r.id())).toList();
	}
}
