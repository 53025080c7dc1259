package org.luoshi.legalservice.experts.web;

import org.luoshi.legalservice.experts.ExpertGroup;
import org.luoshi.legalservice.experts.ExpertGroup.NewExpertAbsence;
import org.luoshi.shared.CurrentActor;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.web.TypedNumbers;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The roster page: the members in rotation order, who is next, today's absences, and the bureau's absence form. */
@Controller
@RequestMapping("/legal/experts")
@PreAuthorize("hasAnyAuthority('legal:manage', 'legal:handle', 'legal:provide')")
class ExpertRosterController {

	private final ExpertGroup group;

	ExpertRosterController(ExpertGroup group) {
		this.group = group;
	}

	/** The absence form as typed. */
	record AbsenceForm(String expertId, String from, String to, String reason) {
	}

	@GetMapping
	String roster(Model model) {
		model.addAttribute("roster", group.roster(CurrentActor.get()));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new AbsenceForm(null, null, null, null));
		}
		return "legal/experts/roster";
	}

	@PostMapping("/absences")
	String recordAbsence(AbsenceForm form, Model model, RedirectAttributes redirect) {
		try {
			group.recordAbsence(new NewExpertAbsence(TypedNumbers.id(form.expertId()), form.from(), form.to(), form.reason()), CurrentActor.get());
			redirect.addFlashAttribute("flash", "legal.experts.done.absence");
			return "redirect:/legal/experts";
		}
		catch (ValidationException e) {
			model.addAttribute("problems", e.violations());
			model.addAttribute("form", form);
			return roster(model);
		}
	}

	@PostMapping("/absences/{id}/remove")
	String removeAbsence(@PathVariable long id, RedirectAttributes redirect) {
		group.removeAbsence(id, CurrentActor.get());
		redirect.addFlashAttribute("flash", "legal.experts.done.absence-removed");
		return "redirect:/legal/experts";
	}
}
