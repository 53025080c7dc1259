package org.luoshi.legalservice.web;

import java.util.Arrays;
import java.util.List;

import org.luoshi.identity.AccountDirectory;
import org.luoshi.legalservice.LegalDirectory;
import org.luoshi.legalservice.Practitioner;
import org.luoshi.legalservice.Provider;
import org.luoshi.legalservice.ProviderKind;
import org.luoshi.legalservice.internal.LegalAdministration;
import org.luoshi.legalservice.internal.LegalAdministration.PractitionerInput;
import org.luoshi.legalservice.internal.LegalAdministration.ProviderInput;
import org.luoshi.shared.ConflictException;
import org.luoshi.shared.CurrentActor;
import org.luoshi.shared.NotFoundException;
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

/**
 * The providers (law firms, the notary office, mediation committees, the legal aid centre, appraisal institutions) and
 * their practitioners, kept by the justice bureau: a list with the form for a new provider, and a provider's page with
 * its own form and one small form per practitioner.
 */
@Controller
@RequestMapping("/legal/providers")
@PreAuthorize("hasAuthority('legal:manage')")
class LegalProviderController {

	private final LegalDirectory directory;
	private final LegalAdministration administration;
	private final AccountDirectory accounts;

	LegalProviderController(LegalDirectory directory, LegalAdministration administration, AccountDirectory accounts) {
		this.directory = directory;
		this.administration = administration;
		this.accounts = accounts;
	}

	record ProviderForm(String kind, String name, String creditCode, String address, String phone, String active, List<String> serviceCodes,
			String version) {

		ProviderForm {
			serviceCodes = serviceCodes == null ? List.of() : serviceCodes;
		}

		static ProviderForm of(Provider provider) {
			return new ProviderForm(provider.kind().name(), provider.name(), provider.creditCode(), provider.address(), provider.phone(),
					String.valueOf(provider.active()), provider.serviceCodes(), String.valueOf(provider.version()));
		}

		ProviderInput input() {
			return new ProviderInput(kind, name, creditCode, address, phone, "true".equals(active), serviceCodes, TypedNumbers.integer(version));
		}
	}

	/** Specialties typed as one line, separated by 、 , ， ; or ；. */
	record PractitionerForm(String name, String licenceNo, String phone, String specialties, String username, String expert, String active,
			String version) {

		PractitionerInput input(Long providerId) {
			List<String> list = specialties == null ? List.of() : Arrays.asList(specialties.split("[、,，;；]"));
			return new PractitionerInput(providerId, name, licenceNo, phone, list, username, "true".equals(expert), "true".equals(active),
					TypedNumbers.integer(version));
		}
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("providers", directory.providers());
		model.addAttribute("practitioners", directory.practitioners(null));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new ProviderForm("LAW_FIRM", null, null, null, null, "true", List.of(), null));
		}
		model.addAttribute("kinds", ProviderKind.values());
		model.addAttribute("services", directory.services(false));
		return "legal/providers";
	}

	@PostMapping
	String create(ProviderForm form, Model model, RedirectAttributes redirect) {
		try {
			Provider provider = administration.createProvider(form.input(), CurrentActor.get());
			redirect.addFlashAttribute("flash", "legal.provider.created");
			return "redirect:/legal/providers/" + provider.id();
		}
		catch (ValidationException e) {
			model.addAttribute("problems", e.violations());
			model.addAttribute("form", form);
			return list(model);
		}
	}

	@GetMapping("/{id}")
	String provider(@PathVariable long id, Model model) {
		Provider provider = directory.provider(id).orElseThrow(() -> new NotFoundException("legal-provider", id));
		model.addAttribute("provider", provider);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", ProviderForm.of(provider));
		}
		List<Practitioner> practitioners = directory.practitioners(id);
		model.addAttribute("practitioners", practitioners);
		model.addAttribute("usernames", practitioners.stream().filter(p -> p.accountId() != null)
			.collect(java.util.stream.Collectors.toMap(Practitioner::id,
					p -> accounts.findAccount(p.accountId()).map(a -> a.username()).orElse(""))));
		model.addAttribute("kinds", ProviderKind.values());
		model.addAttribute("services", directory.services(false));
		return "legal/provider";
	}

	@PostMapping("/{id}")
	String change(@PathVariable long id, ProviderForm form, Model model, RedirectAttributes redirect) {
		try {
			administration.changeProvider(id, form.input(), CurrentActor.get());
			redirect.addFlashAttribute("flash", "legal.provider.saved");
			return "redirect:/legal/providers/" + id;
		}
		catch (ValidationException e) {
			model.addAttribute("problems", e.violations());
		}
		catch (ConflictException e) {
			model.addAttribute("conflict", e.messageKey());
		}
		model.addAttribute("form", form);
		return provider(id, model);
	}

	@PostMapping("/{id}/practitioners")
	String addPractitioner(@PathVariable long id, PractitionerForm form, Model model, RedirectAttributes redirect) {
		try {
			Practitioner practitioner = administration.createPractitioner(form.input(id), CurrentActor.get());
			redirect.addFlashAttribute("flash", "legal.practitioner.created");
			return "redirect:/legal/providers/" + id + "#practitioner-" + practitioner.id();
		}
		catch (ValidationException e) {
			model.addAttribute("problems", e.violations());
			model.addAttribute("newPractitioner", form);
			return provider(id, model);
		}
	}

	@PostMapping("/{id}/practitioners/{practitionerId}")
	String changePractitioner(@PathVariable long id, @PathVariable long practitionerId, PractitionerForm form, Model model,
			RedirectAttributes redirect) {
		directory.practitioner(practitionerId).filter(p -> p.providerId() == id)
			.orElseThrow(() -> new NotFoundException("legal-practitioner", practitionerId));
		try {
			administration.changePractitioner(practitionerId, form.input(id), CurrentActor.get());
			redirect.addFlashAttribute("flash", "legal.practitioner.saved");
			return "redirect:/legal/providers/" + id + "#practitioner-" + practitionerId;
		}
		catch (ValidationException e) {
			model.addAttribute("problems", e.violations());
		}
		catch (ConflictException e) {
			model.addAttribute("conflict", e.messageKey());
		}
		model.addAttribute("failedId", practitionerId);
		return provider(id, model);
	}
}
