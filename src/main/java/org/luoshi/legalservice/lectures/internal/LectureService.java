package org.luoshi.legalservice.lectures.internal;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.luoshi.enterprise.EnterpriseDirectory;
import org.luoshi.enterprise.EnterpriseSummary;
import org.luoshi.legalservice.LegalDirectory;
import org.luoshi.legalservice.Practitioner;
import org.luoshi.legalservice.ServicePoint;
import org.luoshi.legalservice.lectures.internal.LectureCommands.Register;
import org.luoshi.legalservice.lectures.internal.LectureCommands.ScheduleLecture;
import org.luoshi.legalservice.lectures.internal.LectureCommands.StepInput;
import org.luoshi.legalservice.lectures.internal.LectureView.RegistrationView;
import org.luoshi.shared.Actor;
import org.luoshi.shared.ContactRules;
import org.luoshi.shared.NotFoundException;
import org.luoshi.shared.NotificationRequest;
import org.luoshi.shared.RecordChanged;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;
import org.luoshi.shared.lifecycle.Audience;
import org.luoshi.shared.lifecycle.TransitionTable.Rule;
import org.luoshi.shared.web.Masks;
import org.luoshi.shared.web.Times;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lectures' one command path ({@link #take}): load the lecture whole and lock it, work out the actor's sides, check the
 * step in {@link LectureLifecycle#TABLE}, let the {@link Lecture} take it, write it back, then render each
 * {@link LectureEvent} as a timeline entry, an audit entry and a notification, move its topics along, and re-index it
 * for search. Scheduling checks the lecture whole and takes its topics off the open menu. All in one transaction.
 */
@Service
@Transactional
public class LectureService {

	/** The audit trail's name for a lecture. */
	static final String TARGET = "lecture";
	static final int MAX_TITLE = 80;
	private static final String CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
	private static final SecureRandom RANDOM = new SecureRandom();
	/** The history entries that name no registrant: all a reader who may not read the registrations sees. */
	private static final Set<String> PUBLIC_KINDS = Set.of("scheduled", "registration-opened", "held", "cancelled");

	private final LectureRows lectures;
	private final LectureAccess access;
	private final TopicMenu topics;
	private final LectureSearchRecords search;
	private final LegalDirectory directory;
	private final EnterpriseDirectory enterprises;
	private final ApplicationEventPublisher events;
	private final Times times;

	LectureService(LectureRows lectures, LectureAccess access, TopicMenu topics, LectureSearchRecords search, LegalDirectory directory,
			EnterpriseDirectory enterprises, ApplicationEventPublisher events, Times times) {
		this.lectures = lectures;
		this.access = access;
		this.topics = topics;
		this.search = search;
		this.directory = directory;
		this.enterprises = enterprises;
		this.events = events;
		this.times = times;
	}

	// ----- scheduling

	public LectureView schedule(ScheduleLecture command, Actor actor) {
		LectureAccess.Scope scope = access.scope(actor);
		if (!scope.schedules()) {
			throw new AccessDeniedException("schedule a lecture");
		}
		List<Violation> violations = new ArrayList<>();
		String title = text(command.title(), "title", MAX_TITLE, true, violations);
		String description = text(command.description(), "description", 2000, false, violations);
		String venue = text(command.venue(), "venue", 200, false, violations);
		ServicePoint point = command.pointId() == null ? null : directory.point(command.pointId()).filter(ServicePoint::active).orElse(null);
		if (point == null) {
			violations.add(Violation.of("pointId", command.pointId() == null ? "legal.lecture.point.required" : "legal.lecture.point.unknown"));
		}
		else if (!scope.organises(point.id())) {
			violations.add(Violation.of("pointId", "legal.lecture.point.not-yours"));
		}
		Practitioner expert = command.expertId() == null ? null
				: directory.practitioner(command.expertId()).filter(Practitioner::active).orElse(null);
		if (expert == null) {
			violations.add(Violation.of("expertId", command.expertId() == null ? "legal.lecture.expert.required" : "legal.lecture.expert.unknown"));
		}
		Instant startsAt = time(command.startsAt(), "startsAt", violations);
		Instant endsAt = command.endsAt() == null || command.endsAt().isBlank() ? startsAt == null ? null : startsAt.plus(Duration.ofHours(2))
				: time(command.endsAt(), "endsAt", violations);
		if (startsAt != null && startsAt.isBefore(times.now())) {
			violations.add(Violation.of("startsAt", "legal.lecture.startsAt.past"));
		}
		if (startsAt != null && endsAt != null && !endsAt.isAfter(startsAt)) {
			violations.add(Violation.of("endsAt", "legal.lecture.endsAt.before-start"));
		}
		if (command.capacity() == null || command.capacity() < 1 || command.capacity() > 1000) {
			violations.add(Violation.of("capacity", "legal.lecture.capacity.range", 1, 1000));
		}
		int waitingLimit = command.waitingLimit() == null ? 0 : command.waitingLimit();
		if (waitingLimit < 0 || waitingLimit > 1000) {
			violations.add(Violation.of("waitingLimit", "legal.lecture.waitingLimit.range", 0, 1000));
		}
		List<Long> topicIds = command.topicIds() == null ? List.of() : new ArrayList<>(new LinkedHashSet<>(command.topicIds()));
		Map<Long, TopicMenu.Topic> chosen = topics.find(topicIds);
		if (topicIds.isEmpty()) {
			violations.add(Violation.of("topicIds", "legal.lecture.topics.required"));
		}
		else if (chosen.size() != topicIds.size() || chosen.values().stream().anyMatch(t -> t.status() == TopicStatus.WITHDRAWN)) {
			violations.add(Violation.of("topicIds", "legal.lecture.topics.unknown"));
		}
		ValidationException.throwIfAny(violations);

		boolean open = Boolean.TRUE.equals(command.openNow());
		Instant now = times.now();
		long id = lectures.insert(new LectureRows.NewLecture(title, description, point.id(), point.name(), point.park(), venue, startsAt, endsAt,
				expert.id(), expert.name(), command.capacity(), waitingLimit, open ? LectureStatus.OPEN : LectureStatus.PLANNED, actor.accountId(),
				now, topicIds));
		Lecture lecture = lectures.find(id).orElseThrow();
		List<String> topicTitles = topicIds.stream().map(t -> chosen.get(t).title()).toList();
		record(lecture, List.of(new LectureEvent.Scheduled(title, point.name(), startsAt, expert.name(), command.capacity(), waitingLimit,
				topicTitles, open)), actor);
		topics.scheduled(topicIds, lecture.id(), actor);
		search.index(lecture, topicTitles);
		return view(lecture, scope);
	}

	// ----- the command path

	/** Takes one step (other than registering) for a signed-in actor. */
	public LectureView take(long lectureId, LectureStep step, StepInput input, Actor actor) {
		StepInput given = input == null ? StepInput.none() : input;
		LectureAccess.Scope scope = access.scope(actor);
		if (step == LectureStep.REGISTER) {
			throw new ValidationException(Violation.of("step", "legal.lecture.step.register-separately"));
		}
		lectureOf(lectureId, scope);
		Lecture lecture = take(lectureId, step, actor, scope::sides, (found, context) -> switch (step) {
			case OPEN_REGISTRATION -> found.openRegistration(context);
			case CANCEL_REGISTRATION -> found.cancelRegistration(context, registrationFor(found, given.registrationId(), scope));
			case CHECK_IN -> found.checkIn(context, named(found, given.registrationId()));
			case MARK_HELD -> found.markHeld(context);
			case GIVE_FEEDBACK -> found.giveFeedback(context, scope.own(found).orElse(null), given.rating(), given.comment());
			case CANCEL -> found.cancel(context, given.reason());
			case REGISTER -> throw new IllegalStateException();
		});
		return view(lecture, scope);
	}

	/**
	 * Registers for a signed-in actor: an enterprise's account for itself, an organiser someone at the counter. A seat if
	 * one is left, else a place on the waiting list; past both refused, nothing changed.
	 */
	public LectureView register(long lectureId, Register command, Actor actor) {
		LectureAccess.Scope scope = access.scope(actor);
		Lecture current = lectureOf(lectureId, scope);
		EnterpriseSummary enterprise = scope.isEnterprise() ? enterprises.find(actor.enterpriseId()).orElse(null) : null;
		Lecture.NewRegistration registration = registration(command, enterprise, scope.isEnterprise() ? actor.accountId() : null,
				scope.organises(current.pointId()) && !scope.isEnterprise());
		Lecture lecture = take(lectureId, LectureStep.REGISTER, actor, scope::sides, (found, context) -> register(found, context, registration));
		return view(lecture, scope);
	}

	/** Registers on the public page: anyone, with a name, an enterprise and a phone; answers the registration (its code). */
	public RegistrationView registerPublicly(long lectureId, Register command) {
		Lecture.NewRegistration registration = registration(command, null, null, true);
		Actor visitor = visitor(registration.name());
		Lecture lecture = take(lectureId, LectureStep.REGISTER, visitor, found -> Set.of(LectureSide.PUBLIC),
				(found, context) -> register(found, context, registration));
		Lecture.Registration own = lecture.byCode(registration.code()).orElseThrow();
		return registrationView(lecture, own, true, true);
	}

	/** Gives a seat back on the public page, by the registration's code and the phone given with it. */
	public void cancelPublicly(long lectureId, String code, String phone) {
		Lecture current = lectures.find(lectureId).orElseThrow(() -> new NotFoundException("lecture", lectureId));
		Lecture.Registration own = byCode(current, code, phone);
		take(lectureId, LectureStep.CANCEL_REGISTRATION, visitor(own.name()), found -> publicSides(found.registration(own.id()).orElseThrow()),
				(found, context) -> found.cancelRegistration(context, found.registration(own.id()).orElseThrow()));
	}

	/** Rates a lecture on the public page, by the registration's code and phone, having been checked in. */
	public void feedbackPublicly(long lectureId, String code, String phone, Integer rating, String comment) {
		Lecture current = lectures.find(lectureId).orElseThrow(() -> new NotFoundException("lecture", lectureId));
		Lecture.Registration own = byCode(current, code, phone);
		take(lectureId, LectureStep.GIVE_FEEDBACK, visitor(own.name()), found -> publicSides(found.registration(own.id()).orElseThrow()),
				(found, context) -> found.giveFeedback(context, found.registration(own.id()).orElseThrow(), rating, comment));
	}

	@FunctionalInterface
	interface StepWork {
		List<LectureEvent> apply(Lecture lecture, Lecture.Step step);
	}

	/**
	 * The one way a step is taken: lock the lecture, check the table for the sides, apply, write back, record the events,
	 * move the topics along, re-index.
	 */
	private Lecture take(long lectureId, LectureStep stepName, Actor actor, java.util.function.Function<Lecture, Set<LectureSide>> sidesOf,
			StepWork work) {
		Lecture lecture = lectures.lock(lectureId).orElseThrow(() -> new NotFoundException("lecture", lectureId));
		Set<LectureSide> sides = sidesOf.apply(lecture);
		Rule<LectureStatus, LectureStep, LectureSide> rule = LectureLifecycle.check(stepName, lecture, sides);
		Instant now = times.now();
		List<LectureEvent> happened = work.apply(lecture, new Lecture.Step(actor, rule.after(lecture.status()), now));
		lectures.save(lecture, now);
		record(lecture, happened, actor);
		if (lecture.status() == LectureStatus.HELD && happened.stream().anyMatch(LectureEvent.Held.class::isInstance)) {
			topics.held(lecture.topicIds(), lecture.id(), actor);
		}
		if (lecture.status() == LectureStatus.CANCELLED) {
			topics.unscheduled(lecture.topicIds(), lecture.id(), actor);
		}
		search.index(lecture, topics.find(lecture.topicIds()).values().stream().map(TopicMenu.Topic::title).toList());
		return lecture;
	}

	private List<LectureEvent> register(Lecture lecture, Lecture.Step step, Lecture.NewRegistration registration) {
		LectureEvent.Registered registered = lecture.register(step, registration);
		long id = lectures.insertRegistration(lecture.id(), registration,
				registered.waiting() ? RegistrationStatus.WAITING : RegistrationStatus.REGISTERED, step.now());
		lecture.added(lectures.registration(lecture.id(), id));
		return List.of(registered.withId(id));
	}

	/** Renders each event as its timeline entry, audit entry and notification. */
	private void record(Lecture lecture, List<LectureEvent> happened, Actor actor) {
		for (LectureEvent event : happened) {
			long entryId = lectures.appendEvent(lecture.id(), event, actor.accountId(), actor.displayName(), times.now());
			events.publishEvent(RecordChanged.of(event.action(), TARGET, lecture.id(), lecture.title(), event.changes()));
			Audience audience = event.audience(lecture);
			if (!audience.isEmpty()) {
				events.publishEvent(new NotificationRequest("lecture-event:" + entryId, audience.unitIds(), audience.accountIds(), actor.accountId(),
						"legal.lecture.notify." + event.kind(), List.of(lecture.title(), times.minutes(lecture.startsAt())), null,
						"/legal/lectures/" + lecture.id()));
			}
		}
	}

	// ----- reading

	@Transactional(readOnly = true)
	public LectureView details(long lectureId, Actor actor) {
		LectureAccess.Scope scope = access.scope(actor);
		return view(lectureOf(lectureId, scope), scope);
	}

	private Lecture lectureOf(long lectureId, LectureAccess.Scope scope) {
		if (!scope.reads()) {
			throw new NotFoundException("lecture", lectureId);
		}
		return lectures.find(lectureId).orElseThrow(() -> new NotFoundException("lecture", lectureId));
	}

	LectureView view(Lecture lecture, LectureAccess.Scope scope) {
		Set<LectureSide> sides = scope.sides(lecture);
		Lecture.Registration own = scope.own(lecture).orElse(null);
		boolean reads = scope.readsRegistrations(lecture);
		boolean phones = scope.readsPhones(lecture);
		List<RegistrationView> seated = !reads ? List.of()
				: lecture.registrations().stream().filter(r -> r.status() == RegistrationStatus.REGISTERED)
					.map(r -> registrationView(lecture, r, phones, false)).toList();
		List<RegistrationView> waiting = !reads ? List.of()
				: lecture.waitingList().stream().map(r -> registrationView(lecture, r, phones, false)).toList();
		long attended = lecture.registrations().stream().filter(r -> r.checkedInAt() != null).count();
		List<Integer> ratings = lecture.registrations().stream().map(Lecture.Registration::rating).filter(java.util.Objects::nonNull).toList();
		Double average = ratings.isEmpty() ? null : ratings.stream().mapToInt(Integer::intValue).average().orElse(0);
		List<LectureView.TopicRef> topicRefs = topics.find(lecture.topicIds()).values().stream()
			.map(t -> new LectureView.TopicRef(t.id(), t.title())).toList();
		return new LectureView(lecture.id(), lecture.title(), lecture.description(), lecture.pointId(), lecture.pointName(), lecture.park(),
				lecture.venue(), lecture.startsAt(), lecture.endsAt(), lecture.expertId(), lecture.expertName(), lecture.capacity(),
				lecture.waitingLimit(), lecture.seated(), lecture.waiting(), lecture.seatsLeft(), lecture.waitingListOpen(), lecture.status(),
				topicRefs, reads, seated, waiting, own == null ? null : registrationView(lecture, own, true, true), attended, ratings.size(), average,
				LectureLifecycle.actions(lecture, sides, own),
				reads ? lectures.timeline(lecture.id()) : lectures.timeline(lecture.id()).stream().filter(e -> PUBLIC_KINDS.contains(e.kind())).toList(),
				lecture.version());
	}

	private static RegistrationView registrationView(Lecture lecture, Lecture.Registration r, boolean phone, boolean ownCode) {
		int position = r.status() == RegistrationStatus.WAITING ? lecture.waitingList().indexOf(r) + 1 : 0;
		return new RegistrationView(r.id(), r.name(), r.enterpriseName(), phone ? r.phone() : Masks.phone(r.phone()), r.status(), position,
				r.registeredAt(), r.checkedInAt(), r.rating(), r.comment(), ownCode ? r.code() : null);
	}

	// ----- input

	private Lecture.NewRegistration registration(Register command, EnterpriseSummary enterprise, Long accountId, boolean needsEnterpriseName) {
		Register given = command == null ? new Register(null, null, null) : command;
		List<Violation> violations = new ArrayList<>();
		String name = text(given.name(), "name", 50, true, violations);
		String enterpriseName = enterprise != null ? enterprise.name()
				: text(given.enterpriseName(), "enterpriseName", 100, needsEnterpriseName, violations);
		String phone = text(given.phone(), "phone", 20, true, violations);
		if (phone != null) {
			ContactRules.phone(violations, "phone", phone);
		}
		ValidationException.throwIfAny(violations);
		return new Lecture.NewRegistration(enterprise == null ? null : enterprise.id(), accountId, name, enterpriseName, phone, code());
	}

	private static Lecture.Registration registrationFor(Lecture lecture, Long registrationId, LectureAccess.Scope scope) {
		if (scope.organises(lecture.pointId()) && registrationId != null) {
			return named(lecture, registrationId);
		}
		return scope.own(lecture).filter(Lecture.Registration::live)
			.orElseThrow(() -> new ValidationException(Violation.of("registrationId", "legal.lecture.registration.unknown")));
	}

	private static Lecture.Registration named(Lecture lecture, Long registrationId) {
		if (registrationId == null) {
			throw new ValidationException(Violation.of("registrationId", "legal.lecture.registration.required"));
		}
		return lecture.registration(registrationId)
			.orElseThrow(() -> new ValidationException(Violation.of("registrationId", "legal.lecture.registration.unknown")));
	}

	private static Lecture.Registration byCode(Lecture lecture, String code, String phone) {
		return lecture.byCode(code == null ? null : code.strip().toUpperCase(java.util.Locale.ROOT))
			.filter(r -> phone != null && r.phone().equals(phone.strip()))
			.orElseThrow(() -> new ValidationException(Violation.of("code", "legal.lecture.code.unknown")));
	}

	private static Set<LectureSide> publicSides(Lecture.Registration own) {
		Set<LectureSide> sides = java.util.EnumSet.of(LectureSide.PUBLIC);
		if (own.live()) {
			sides.add(LectureSide.REGISTRANT);
		}
		if (own.checkedInAt() != null) {
			sides.add(LectureSide.ATTENDEE);
		}
		return sides;
	}

	/** Whoever registers on the public page, as the timeline names them. */
	private static Actor visitor(String name) {
		return new Actor(null, "public", name == null ? "" : name, Actor.NO_UNIT, Set.of());
	}

	private Instant time(String value, String field, List<Violation> violations) {
		if (value == null || value.isBlank()) {
			violations.add(Violation.of(field, "legal.lecture." + field + ".required"));
			return null;
		}
		try {
			return LocalDateTime.parse(value.strip()).atZone(times.zone()).toInstant();
		}
		catch (DateTimeParseException e) {
			violations.add(Violation.of(field, "legal.lecture.time.invalid"));
			return null;
		}
	}

	static String text(String value, String field, int max, boolean required, List<Violation> violations) {
		if (value == null || value.isBlank()) {
			if (required) {
				violations.add(Violation.of(field, "legal.lecture." + field + ".required"));
			}
			return null;
		}
		String text = value.strip();
		if (text.length() > max) {
			violations.add(Violation.of(field, "legal.lecture.text.too-long", max));
		}
		return text;
	}

	static String code() {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < 8; i++) {
			code.append(CODE_LETTERS.charAt(RANDOM.nextInt(CODE_LETTERS.length())));
		}
		return code.toString();
	}

	Optional<Lecture> find(long id) {
		return lectures.find(id);
	}
}
