package org.luoshi.legalservice.requests.web;

import java.util.Locale;

import org.luoshi.legalservice.LegalDirectory;
import org.luoshi.legalservice.requests.internal.LegalRequestService.PublicAsk;
import org.luoshi.legalservice.requests.internal.PublicRequestCodes;
import org.luoshi.legalservice.requests.internal.PublicRequestCodes.Confirmation;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.web.Masks;
import org.luoshi.shared.web.TypedNumbers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public request form ({@code /public/legal/ask}, no login, phone-sized): a park's point and a service, name,
 * phone, e-mail and the matter; a one-time code by e-mail; once it is right, the ticket number.
 */
@Controller
class PublicAskController {

	private final PublicRequestCodes codes;
	private final LegalDirectory directory;

	PublicAskController(PublicRequestCodes codes, LegalDirectory directory) {
		this.codes = codes;
		this.directory = directory;
	}

	/** The form as typed. */
	public record AskForm(String pointId, String serviceCode, String name, String phone, String email, String matter) {

		PublicAsk ask() {
			return new PublicAsk(TypedNumbers.id(pointId), serviceCode, name, phone, email, matter);
		}
	}

	@GetMapping("/public/legal/ask")
	String form(Model model) {
		model.addAttribute("form", new AskForm(null, null, null, null, null, null));
		return page(model);
	}

	@PostMapping("/public/legal/ask")
	String send(AskForm form, Model model, Locale locale, jakarta.servlet.http.HttpServletRequest request) {
		model.addAttribute("form", form);
		try {
			model.addAttribute("token", codes.start(form.ask(), request.getRemoteAddr(), locale));
			model.addAttribute("sentTo", Masks.email(form.email().strip()));
		}
		catch (ValidationException e) {
			model.addAttribute("problems", e.violations());
		}
		return page(model);
	}

	@PostMapping("/public/legal/ask/confirm")
	String confirm(@RequestParam(required = false) String token, @RequestParam(required = false) String code, Model model) {
		Confirmation confirmation = codes.confirm(token, code);
		switch (confirmation.outcome()) {
			case MADE -> {
				model.addAttribute("made", confirmation.request());
				model.addAttribute("point", directory.point(confirmation.request().pointId()).orElseThrow());
				return "public/legal-ask";
			}
			case WRONG -> {
				model.addAttribute("token", token);
				model.addAttribute("codeProblem", "legal.request.public.code.WRONG");
				model.addAttribute("attemptsLeft", confirmation.attemptsLeft());
			}
			default -> model.addAttribute("codeProblem", "legal.request.public.code." + confirmation.outcome().name());
		}
		model.addAttribute("form", new AskForm(null, null, null, null, null, null));
		return page(model);
	}

	private String page(Model model) {
		model.addAttribute("points", directory.points(true));
		model.addAttribute("services", directory.services(true));
		return "public/legal-ask";
	}
}
