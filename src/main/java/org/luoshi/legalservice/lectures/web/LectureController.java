package org.luoshi.legalservice.lectures.web;

import java.util.ArrayList;
import java.util.List;

import org.luoshi.legalservice.LegalDirectory;
import org.luoshi.legalservice.lectures.internal.LectureCommands.Register;
import org.luoshi.legalservice.lectures.internal.LectureCommands.ScheduleLecture;
import org.luoshi.legalservice.lectures.internal.LectureCommands.StepInput;
import org.luoshi.legalservice.lectures.internal.LectureQueries;
import org.luoshi.legalservice.lectures.internal.LectureService;
import org.luoshi.legalservice.lectures.internal.LectureStep;
import org.luoshi.legalservice.lectures.internal.LectureView;
import org.luoshi.legalservice.lectures.internal.RegistrationStatus;
import org.luoshi.legalservice.lectures.internal.TopicMenu;
import org.luoshi.legalservice.lectures.internal.TopicStatus;
import org.luoshi.shared.Actor;
import org.luoshi.shared.ConflictException;
import org.luoshi.shared.CurrentActor;
import org.luoshi.shared.Permissions;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.web.TypedNumbers;
import org.luoshi.shared.web.StepNames;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Lectures for staff, practitioners and enterprises: the list (to come, past, with the reader's own registrations), the
 * scheduling form, and a lecture's page — seats and waiting list, registration, the list of registrations with check-in
 * for organisers, feedback for those who attended, the lecture's history — each step a small form, offered when the
 * transition table allows it.
 */
@Controller
@RequestMapping("/legal/lectures")
@PreAuthorize("hasAnyAuthority('legal:manage', 'legal:handle', 'legal:provide', 'legal:request')")
class LectureController {

	private final LectureService lectures;
	private final LectureQueries queries;
	private final TopicMenu topics;
	private final LegalDirectory directory;

	LectureController(LectureService lectures, LectureQueries queries, TopicMenu topics, LegalDirectory directory) {
		this.lectures = lectures;
		this.queries = queries;
		this.topics = topics;
		this.directory = directory;
	}

	/** The scheduling form as typed. */
	record ScheduleForm(String title, String description, String pointId, String venue, String startsAt, String endsAt, String expertId,
			String capacity, String waitingLimit, List<String> topicIds, String openNow) {

		static ScheduleForm blank() {
			return new ScheduleForm(null, null, null, null, null, null, null, "40", "10", List.of(), "true");
		}

		ScheduleLecture command() {
			List<Long> ids = new ArrayList<>();
			if (topicIds != null) {
				topicIds.stream().map(TypedNumbers::id).filter(java.util.Objects::nonNull).forEach(ids::add);
			}
			return new ScheduleLecture(title, description, TypedNumbers.id(pointId), venue, startsAt, endsAt, TypedNumbers.id(expertId),
					number(capacity), number(waitingLimit), ids, "true".equals(openNow) || "on".equals(openNow));
		}
	}

	/** A step's form as typed. */
	record StepForm(String registrationId, String rating, String comment, String reason) {

		StepInput input() {
			return new StepInput(TypedNumbers.id(registrationId), number(rating), comment, reason);
		}
	}

	@GetMapping
	String list(Model model) {
		Actor actor = CurrentActor.get();
		model.addAttribute("upcoming", queries.list(actor, false));
		model.addAttribute("past", queries.list(actor, true));
		model.addAttribute("mine", queries.registrationsOf(actor));
		model.addAttribute("maySchedule", maySchedule(actor));
		return "legal/lectures/list";
	}

	@GetMapping("/new")
	String form(Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", ScheduleForm.blank());
		}
		Actor actor = CurrentActor.get();
		model.addAttribute("points", directory.points(true).stream()
			.filter(point -> actor.can(Permissions.LEGAL_MANAGE) || point.staffedBy(actor.accountId())).toList());
		model.addAttribute("experts", directory.practitioners(null).stream().filter(p -> p.active()).toList());
		model.addAttribute("topics", topics.menu(actor).stream().filter(t -> t.status() != TopicStatus.WITHDRAWN).toList());
		ScheduleForm form = (ScheduleForm) model.getAttribute("form");
		model.addAttribute("chosenTopics", form == null || form.topicIds() == null ? java.util.Set.of() : java.util.Set.copyOf(form.topicIds()));
		return "legal/lectures/form";
	}

	@PostMapping("/new")
	String schedule(ScheduleForm form, Model model, RedirectAttributes redirect) {
		try {
			LectureView scheduled = lectures.schedule(form.command(), CurrentActor.get());
			redirect.addFlashAttribute("flash", "legal.lecture.done.scheduled");
			return "redirect:/legal/lectures/" + scheduled.id();
		}
		catch (ValidationException e) {
			model.addAttribute("form", form);
			model.addAttribute("problems", e.violations());
			return form(model);
		}
	}

	@GetMapping("/{id}")
	String lecture(@PathVariable long id, Model model) {
		LectureView lecture = lectures.details(id, CurrentActor.get());
		model.addAttribute("lecture", lecture);
		model.addAttribute("isEnterprise", CurrentActor.get().isEnterprise());
		if (!model.containsAttribute("registration")) {
			model.addAttribute("registration", new Register(CurrentActor.get().isEnterprise() ? CurrentActor.get().displayName() : null, null, null));
		}
		return "legal/lectures/lecture";
	}

	@PostMapping("/{id}/register")
	String register(@PathVariable long id, Register form, Model model, RedirectAttributes redirect) {
		try {
			LectureView lecture = lectures.register(id, form, CurrentActor.get());
			boolean waits = lecture.own() != null && lecture.own().status() == RegistrationStatus.WAITING;
			redirect.addFlashAttribute("flash", lecture.own() == null ? "legal.lecture.done.registered"
					: waits ? "legal.lecture.done.waitlisted" : "legal.lecture.done.registered");
			return "redirect:/legal/lectures/" + id;
		}
		catch (ValidationException e) {
			model.addAttribute("registration", form);
			model.addAttribute("problems", e.violations());
			return lecture(id, model);
		}
	}

	@PostMapping("/{id}/steps/{step}")
	String step(@PathVariable long id, @PathVariable String step, StepForm form, Model model, RedirectAttributes redirect) {
		LectureStep taken = StepNames.parse(LectureStep.class, step);
		try {
			lectures.take(id, taken, form.input(), CurrentActor.get());
			redirect.addFlashAttribute("doneStep", "legal.lecture.step." + taken.name());
			return "redirect:/legal/lectures/" + id;
		}
		catch (ValidationException e) {
			model.addAttribute("problems", e.violations());
			return lecture(id, model);
		}
		catch (ConflictException e) {
			model.addAttribute("conflict", e.messageKey());
			return lecture(id, model);
		}
	}

	static boolean maySchedule(Actor actor) {
		return actor.can(Permissions.LEGAL_MANAGE) || actor.can(Permissions.LEGAL_HANDLE);
	}

	static Integer number(String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(typed.strip());
		}
		catch (NumberFormatException e) {
			return -1;
		}
	}
}
