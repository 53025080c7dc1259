package org.luoshi.legalservice.lectures.web;

import org.luoshi.legalservice.lectures.LectureCalendar;
import org.luoshi.legalservice.lectures.LectureListing;
import org.luoshi.legalservice.lectures.internal.LectureCommands.Register;
import org.luoshi.legalservice.lectures.internal.LectureService;
import org.luoshi.legalservice.lectures.internal.LectureView.RegistrationView;
import org.luoshi.legalservice.lectures.internal.RegistrationStatus;
import org.luoshi.shared.ConflictException;
import org.luoshi.shared.NotFoundException;
import org.luoshi.shared.ValidationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A lecture's public page (no login, phone-sized): what, where, when, who speaks, seats left; registration with a name,
 * the enterprise's name and a phone, answered with a registration code; with that code and the phone, a registrant
 * gives the seat back or, checked in, rates the lecture. It shows no registrant and leads nowhere inside the platform.
 */
@Controller
class PublicLectureController {

	private final LectureCalendar calendar;
	private final LectureService lectures;

	PublicLectureController(LectureCalendar calendar, LectureService lectures) {
		this.calendar = calendar;
		this.lectures = lectures;
	}

	@GetMapping("/public/legal/lectures/{id}")
	String lecture(@PathVariable long id, Model model) {
		LectureListing lecture = calendar.listing(id).orElseThrow(() -> new NotFoundException("lecture", id));
		model.addAttribute("lecture", lecture);
		if (!model.containsAttribute("registration")) {
			model.addAttribute("registration", new Register(null, null, null));
		}
		return "public/legal-lecture";
	}

	@PostMapping("/public/legal/lectures/{id}/register")
	String register(@PathVariable long id, Register form, Model model, RedirectAttributes redirect) {
		try {
			RegistrationView registered = lectures.registerPublicly(id, form);
			redirect.addFlashAttribute("registered", registered.status() == RegistrationStatus.WAITING ? "legal.lecture.done.waitlisted"
					: "legal.lecture.done.registered");
			redirect.addFlashAttribute("code", registered.code());
			return "redirect:/public/legal/lectures/" + id;
		}
		catch (ValidationException e) {
			model.addAttribute("registration", form);
			model.addAttribute("problems", e.violations());
			return lecture(id, model);
		}
		catch (ConflictException e) {
			model.addAttribute("registration", form);
			model.addAttribute("conflict", e.messageKey());
			return lecture(id, model);
		}
	}

	@PostMapping("/public/legal/lectures/{id}/cancel")
	String cancel(@PathVariable long id, @RequestParam(required = false) String code, @RequestParam(required = false) String phone, Model model,
			RedirectAttributes redirect) {
		try {
			lectures.cancelPublicly(id, code, phone);
			redirect.addFlashAttribute("done", "legal.lecture.public.cancelled");
			return "redirect:/public/legal/lectures/" + id;
		}
		catch (ValidationException e) {
			model.addAttribute("manageProblems", e.violations());
			return lecture(id, model);
		}
		catch (ConflictException e) {
			model.addAttribute("conflict", e.messageKey());
			return lecture(id, model);
		}
	}

	@PostMapping("/public/legal/lectures/{id}/feedback")
	String feedback(@PathVariable long id, @RequestParam(required = false) String code, @RequestParam(required = false) String phone,
			@RequestParam(required = false) String rating, @RequestParam(required = false) String comment, Model model, RedirectAttributes redirect) {
		try {
			lectures.feedbackPublicly(id, code, phone, LectureController.number(rating), comment);
			redirect.addFlashAttribute("done", "legal.lecture.public.rated");
			return "redirect:/public/legal/lectures/" + id;
		}
		catch (ValidationException e) {
			model.addAttribute("manageProblems", e.violations());
			return lecture(id, model);
		}
		catch (ConflictException e) {
			model.addAttribute("conflict", e.messageKey());
			return lecture(id, model);
		}
	}
}
