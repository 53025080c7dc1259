package org.luoshi.enterprise.portal.web;

import org.luoshi.enterprise.portal.internal.Registration;
import org.luoshi.enterprise.portal.internal.RegistrationService;
import org.luoshi.shared.CurrentActor;
import org.luoshi.shared.ValidationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The town's list of portal registrations: those waiting, with approve and refuse (a reason required), and those
 * recently decided; and one registration's page, where search and the town's notification lead. A town sees the
 * registrations of the enterprises it keeps; the district office all.
 */
@Controller
@RequestMapping("/portal/registrations")
@PreAuthorize("hasAuthority('enterprise:manage')")
class RegistrationAdminController {

	static final int DECIDED_SHOWN = 20;

	private final RegistrationService registrations;

	RegistrationAdminController(RegistrationService registrations) {
		this.registrations = registrations;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("pending", registrations.pending(CurrentActor.get()));
		model.addAttribute("decided", registrations.decided(CurrentActor.get(), DECIDED_SHOWN));
		return "portal/registrations";
	}

	/** One registration, where search and the town's notification lead: decided, or with the steps the table offers. */
	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		Registration registration = registrations.registration(id, CurrentActor.get());
		model.addAttribute("registration", registration);
		model.addAttribute("actions", registrations.actions(registration, CurrentActor.get()));
		return "portal/registration";
	}

	@PostMapping("/{id}/approve")
	String approve(@PathVariable long id, RedirectAttributes redirect) {
		Registration registration = registrations.approve(id, CurrentActor.get());
		redirect.addFlashAttribute("flash", "portal.flash.approved");
		redirect.addFlashAttribute("decidedId", registration.id());
		return "redirect:/portal/registrations";
	}

	@PostMapping("/{id}/reject")
	String reject(@PathVariable long id, @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
		try {
			registrations.reject(id, reason, CurrentActor.get());
		}
		catch (ValidationException e) {
			// The list again, the refused registration's reason field marked.
			model.addAttribute("rejectErrors", e.violations());
			model.addAttribute("rejectId", id);
			model.addAttribute("rejectReason", reason);
			return list(model);
		}
		redirect.addFlashAttribute("flash", "portal.flash.rejected");
		return "redirect:/portal/registrations";
	}
}
