package org.luoshi.enterprise.portal.web;

import org.luoshi.enterprise.portal.internal.Registration;
import org.luoshi.enterprise.portal.internal.RegistrationService;
import org.luoshi.enterprise.portal.internal.RegistrationService.RegistrationInput;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The portal's registration, open to anyone (phone first): the enterprise's credit code, the contact, a mobile number
 * to sign in with, a password and the consent line. A registration waits for the enterprise's town.
 */
@Controller
@RequestMapping("/portal/register")
class RegistrationController {

	private final RegistrationService registrations;

	RegistrationController(RegistrationService registrations) {
		this.registrations = registrations;
	}

	/** The form as typed; the password fields are never sent back. */
	record RegistrationForm(String creditCode, String contactName, String phone, String password, String confirmation, Boolean consent) {

		static RegistrationForm empty() {
			return new RegistrationForm(null, null, null, null, null, false);
		}

		RegistrationInput input() {
			return new RegistrationInput(creditCode, contactName, phone, password, confirmation, Boolean.TRUE.equals(consent));
		}
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("registrationForm", RegistrationForm.empty());
		return "portal/register";
	}

	@PostMapping
	String register(@ModelAttribute("registrationForm") RegistrationForm form, BindingResult errors, Model model) {
		try {
			Registration registration = registrations.register(form.input());
			model.addAttribute("registered", registration);
		}
		catch (ValidationException e) {
			FormErrors.reject(errors, e);
		}
		return "portal/register";
	}
}
