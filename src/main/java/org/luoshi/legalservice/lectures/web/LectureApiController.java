package org.luoshi.legalservice.lectures.web;

import java.net.URI;
import java.util.List;

import org.luoshi.legalservice.lectures.LectureListing;
import org.luoshi.legalservice.lectures.internal.LectureCommands.Register;
import org.luoshi.legalservice.lectures.internal.LectureCommands.ScheduleLecture;
import org.luoshi.legalservice.lectures.internal.LectureCommands.StepInput;
import org.luoshi.legalservice.lectures.internal.LectureQueries;
import org.luoshi.legalservice.lectures.internal.LectureService;
import org.luoshi.legalservice.lectures.internal.LectureStep;
import org.luoshi.legalservice.lectures.internal.LectureView;
import org.luoshi.legalservice.lectures.internal.TopicMenu;
import org.luoshi.legalservice.lectures.internal.TopicMenu.ProposeTopic;
import org.luoshi.legalservice.lectures.internal.TopicMenu.RankedTopic;
import org.luoshi.shared.CurrentActor;
import org.luoshi.shared.web.StepNames;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The lectures for API clients. */
@RestController
@RequestMapping("/api/v1/legal/lectures")
@Tag(name = "Legal lectures", description = """
		Lectures (益企讲堂) at the parks' service points. Reading needs any legal permission (legal:manage, legal:handle, \
		legal:provide, legal:request); lectures are public. The justice bureau (legal:manage) schedules, checks in and closes \
		lectures at every point, a point's staff (legal:handle) at the points they staff. An enterprise's own account \
		(legal:request) registers, gives its seat back and, checked in, gives feedback; it sees its own registration only. \
		Registrants' phones are in clear for the lecture's organisers only. A step the lecture's status does not allow answers \
		409, one allowed but not for the caller 403, bad input 400 with every problem and nothing changed — a registration past \
		both the seats and the waiting list, feedback without having been checked in, a rating outside 1–5.""")
@PreAuthorize("hasAnyAuthority('legal:manage', 'legal:handle', 'legal:provide', 'legal:request')")
class LectureApiController {

	private final LectureService lectures;
	private final LectureQueries queries;

	LectureApiController(LectureService lectures, LectureQueries queries) {
		this.lectures = lectures;
		this.queries = queries;
	}

	@GetMapping
	@Operation(summary = "The lectures", description = "`past=false` (the default): those to come, soonest first; `past=true`: held, "
			+ "cancelled or started, latest first. At most 200.")
	List<LectureListing> list(@RequestParam(defaultValue = "false") boolean past) {
		return queries.list(CurrentActor.get(), past);
	}

	@PostMapping
	@Operation(summary = "Schedule a lecture", description = "`pointId` (one the caller organises), `startsAt` and `endsAt` in the "
			+ "district's local time (`2026-12-20T14:30`; `endsAt` defaults to two hours later), `expertId` (a practitioner), "
			+ "`capacity` 1–1000, `waitingLimit` 0–1000, `topicIds` (from the menu: they are scheduled with it), `openNow` to open "
			+ "registration at once (else PLANNED). 201 with Location.")
	ResponseEntity<LectureView> schedule(@RequestBody ScheduleLecture request) {
		LectureView scheduled = lectures.schedule(request, CurrentActor.get());
		return ResponseEntity.created(URI.create("/api/v1/legal/lectures/" + scheduled.id())).body(scheduled);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One lecture", description = "With the registrations the caller may read, the caller's own, the steps the "
			+ "caller may take now (`actions`) and the lecture's history.")
	LectureView lecture(@PathVariable long id) {
		return lectures.details(id, CurrentActor.get());
	}

	@PostMapping("/{id}/register")
	@Operation(summary = "Register", description = "`name` and `phone` of who comes; an enterprise's account registers its own "
			+ "enterprise, an organiser someone at the counter (then `enterpriseName` too). A seat while any is left, else a place on "
			+ "the waiting list; past both 400 `legal.lecture.register.full`. One live registration per enterprise account.")
	LectureView register(@PathVariable long id, @RequestBody(required = false) Register request) {
		return lectures.register(id, request, CurrentActor.get());
	}

	@PostMapping("/{id}/checkin")
	@Operation(summary = "Check someone in at the door", description = "`registrationId` (holding a seat). Organisers only.")
	LectureView checkIn(@PathVariable long id, @RequestBody(required = false) StepInput request) {
		return lectures.take(id, LectureStep.CHECK_IN, request, CurrentActor.get());
	}

	@PostMapping("/{id}/feedback")
	@Operation(summary = "Rate the lecture", description = "`rating` 1–5 and an optional `comment` (≤ 500), once, by an enterprise whose "
			+ "registration was checked in.")
	LectureView feedback(@PathVariable long id, @RequestBody(required = false) StepInput request) {
		return lectures.take(id, LectureStep.GIVE_FEEDBACK, request, CurrentActor.get());
	}

	@PostMapping("/{id}/steps/{step}")
	@Operation(summary = "Take another step", description = "`step`: `open-registration`, `cancel-registration` (the caller's own; "
			+ "an organiser names `registrationId`: the first waiting moves up), `mark-held`, `cancel` (`reason`), and also `check-in` "
			+ "and `give-feedback` as above.")
	LectureView step(@PathVariable long id, @PathVariable String step, @RequestBody(required = false) StepInput request) {
		LectureStep taken = StepNames.parse(LectureStep.class, step);
		return lectures.take(id, taken, request, CurrentActor.get());
	}
}
