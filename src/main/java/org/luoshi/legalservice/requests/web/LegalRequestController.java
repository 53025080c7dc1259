package org.luoshi.legalservice.requests.web;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.luoshi.legalservice.LegalDirectory;
import org.luoshi.legalservice.Practitioner;
import org.luoshi.legalservice.ServicePoint;
import org.luoshi.legalservice.requests.LegalRequestDetails;
import org.luoshi.legalservice.requests.LegalRequestStatus;
import org.luoshi.legalservice.requests.LegalRequestStep;
import org.luoshi.legalservice.requests.MediationOutcome;
import org.luoshi.legalservice.requests.RequesterKind;
import org.luoshi.legalservice.requests.internal.LegalRequestService;
import org.luoshi.legalservice.requests.internal.LegalRequestService.Filter;
import org.luoshi.legalservice.requests.web.LegalRequestForms.RequestForm;
import org.luoshi.legalservice.requests.web.LegalRequestForms.StepForm;
import org.luoshi.shared.Actor;
import org.luoshi.shared.CurrentActor;
import org.luoshi.shared.PageQuery;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;
import org.luoshi.shared.web.TypedNumbers;
import org.luoshi.shared.web.StepNames;
import org.luoshi.shared.web.StepPage;
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
 * The request pages: the list with its filters, intake at the counter (and an enterprise's own request), a request's
 * page — its record, clock, timeline and the steps the reader may take now (the transition table's), each a small form —
 * and the counter's queue per point. A step taken redirects back with a message; refused, the page shows again with
 * the reasons and what was typed.
 */
@Controller
@RequestMapping("/legal")
@PreAuthorize("hasAnyAuthority('legal:manage', 'legal:handle', 'legal:provide', 'legal:request')")
class LegalRequestController {

	private final LegalRequestService requests;
	private final LegalDirectory directory;

	LegalRequestController(LegalRequestService requests, LegalDirectory directory) {
		this.requests = requests;
		this.directory = directory;
	}

	@GetMapping("/requests")
	String list(@RequestParam(required = false) String point, @RequestParam(required = false) String service,
			@RequestParam(required = false) String status, @RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
			Model model) {
		Actor actor = CurrentActor.get();
		LegalRequestStatus chosen = parseStatus(status);
		Long pointId = TypedNumbers.id(point);
		model.addAttribute("requests", requests.list(new Filter(pointId, service, chosen, null, q),
				PageQuery.of(page == null || page < 0 ? 0 : page, null, "requested,desc", "requested", java.util.Set.of("requested", "ticket")), actor));
		model.addAttribute("points", directory.points(false));
		model.addAttribute("services", directory.services(false));
		model.addAttribute("statuses", LegalRequestStatus.values());
		model.addAttribute("point", pointId);
		model.addAttribute("service", service == null ? "" : service);
		model.addAttribute("status", chosen);
		model.addAttribute("q", q);
		model.addAttribute("mayMake", actor.isEnterprise() || !requests.counterPoints(actor).isEmpty());
		model.addAttribute("serviceNames", serviceNames());
		return "legal/requests/list";
	}

	@GetMapping("/requests/new")
	String form(@RequestParam(required = false) Long point, Model model) {
		model.addAttribute("form", RequestForm.blank(point));
		return form(model);
	}

	@PostMapping("/requests/new")
	String make(RequestForm form, Model model, RedirectAttributes redirect) {
		try {
			LegalRequestDetails made = requests.make(form.command(), CurrentActor.get());
			redirect.addFlashAttribute("flash", "legal.request.done.made");
			redirect.addFlashAttribute("flashArgument", made.ticket());
			return "redirect:/legal/requests/" + made.id();
		}
		catch (ValidationException e) {
			model.addAttribute("form", form);
			model.addAttribute("problems", e.violations());
			return form(model);
		}
	}

	private String form(Model model) {
		Actor actor = CurrentActor.get();
		model.addAttribute("points", actor.isEnterprise() ? directory.points(true) : requests.counterPoints(actor));
		model.addAttribute("services", directory.services(true));
		model.addAttribute("kinds", RequesterKind.values());
		model.addAttribute("ownEnterprise", actor.isEnterprise());
		model.addAttribute("partyRows", List.of(0, 1, 2));
		return "legal/requests/form";
	}

	@GetMapping("/requests/{id}")
	String page(@PathVariable long id, Model model) {
		LegalRequestDetails request = requests.details(id, CurrentActor.get());
		model.addAttribute("request", request);
		List<LegalRequestDetails.RequestTimelineEntry> newestFirst = new ArrayList<>(request.timeline());
		Collections.reverse(newestFirst);
		model.addAttribute("timeline", newestFirst);
		if (!model.containsAttribute("stepForm")) {
			model.addAttribute("stepForm", StepForm.blank());
		}
		ServicePoint point = directory.point(request.pointId()).orElseThrow();
		model.addAttribute("point", point);
		model.addAttribute("serviceNames", serviceNames());
		model.addAttribute("referTo", point.serviceCodes().stream().filter(code -> !code.equals(request.serviceCode())).toList());
		model.addAttribute("slots", request.actions().can(LegalRequestStep.SCHEDULE) ? requests.openSlots(request.pointId()) : List.of());
		model.addAttribute("practitioners", request.actions().can(LegalRequestStep.ASSIGN)
				? directory.practitioners(null).stream().filter(Practitioner::active).toList() : List.of());
		model.addAttribute("caseTypes", requests.rules().caseTypes());
		model.addAttribute("outcomes", MediationOutcome.values());
		return "legal/requests/request";
	}

	@PostMapping("/requests/{id}/steps/{step}")
	String step(@PathVariable long id, @PathVariable String step, StepForm form, Model model, RedirectAttributes redirect) {
		LegalRequestStep taken = StepNames.parse(LegalRequestStep.class, step);
		return StepPage.take(taken, form, () -> requests.take(id, form.command(taken), CurrentActor.get()), "legal.request.done." + taken.name(), "/legal/requests/" + id, model, redirect, () -> page(id, model));
	}

	// ----- the counter's queue

	@GetMapping("/counter")
	@PreAuthorize("hasAnyAuthority('legal:manage', 'legal:handle')")
	String counter(@RequestParam(required = false) Long point, Model model) {
		Actor actor = CurrentActor.get();
		List<ServicePoint> points = requests.counterPoints(actor);
		model.addAttribute("points", points);
		Optional<ServicePoint> chosen = point == null ? points.stream().findFirst() : points.stream().filter(p -> p.id() == point).findFirst();
		if (point != null && chosen.isEmpty()) {
			throw new org.luoshi.shared.NotFoundException("legal-point", point);
		}
		chosen.ifPresent(found -> model.addAttribute("queue", requests.queue(found.id(), actor)));
		model.addAttribute("serviceNames", serviceNames());
		return "legal/requests/counter";
	}

	@PostMapping("/counter/{pointId}/call-next")
	@PreAuthorize("hasAnyAuthority('legal:manage', 'legal:handle')")
	String callNext(@PathVariable long pointId, RedirectAttributes redirect) {
		Optional<LegalRequestDetails> called = requests.callNext(pointId, CurrentActor.get());
		if (called.isEmpty()) {
			redirect.addFlashAttribute("flash", "legal.request.counter.nobody");
			return "redirect:/legal/counter?point=" + pointId;
		}
		redirect.addFlashAttribute("flash", "legal.request.counter.called");
		redirect.addFlashAttribute("flashArgument", called.get().ticket());
		return "redirect:/legal/requests/" + called.get().id();
	}

	@PostMapping("/counter/{pointId}/slots")
	@PreAuthorize("hasAnyAuthority('legal:manage', 'legal:handle')")
	String addSlot(@PathVariable long pointId, @RequestParam(required = false) String startsAt, @RequestParam(required = false) String minutes,
			@RequestParam(required = false) String capacity, Model model, RedirectAttributes redirect) {
		try {
			LocalDateTime start;
			try {
				start = startsAt == null || startsAt.isBlank() ? null : LocalDateTime.parse(startsAt.strip());
			}
			catch (DateTimeParseException e) {
				throw new ValidationException(Violation.of("startsAt", "legal.request.slot.start.required"));
			}
			Integer length = TypedNumbers.integer(minutes);
			Integer places = TypedNumbers.integer(capacity);
			requests.addSlot(pointId, start, length == null ? 30 : length, places == null ? 1 : places, CurrentActor.get());
			redirect.addFlashAttribute("flash", "legal.request.done.slot");
			return "redirect:/legal/counter?point=" + pointId;
		}
		catch (ValidationException e) {
			model.addAttribute("problems", e.violations());
			return counter(pointId, model);
		}
	}

	private java.util.Map<Long, String> pointNames() {
		java.util.Map<Long, String> names = new java.util.HashMap<>();
		directory.points(false).forEach(point -> names.put(point.id(), point.name()));
		return names;
	}

	private java.util.Map<String, String> serviceNames() {
		java.util.Map<String, String> names = new java.util.HashMap<>();
		java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
		directory.services(false).forEach(service -> names.put(service.code(), service.name(locale)));
		return names;
	}

	private static LegalRequestStatus parseStatus(String status) {
		try {
			return status == null || status.isBlank() ? null : LegalRequestStatus.valueOf(status);
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}
}
