package org.luoshi.enterprise.visits.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.luoshi.enterprise.EnterpriseDirectory;
import org.luoshi.enterprise.EnterpriseSummary;
import org.luoshi.enterprise.visits.VisitKind;
import org.luoshi.enterprise.visits.VisitStatus;
import org.luoshi.enterprise.visits.internal.VisitFilter;
import org.luoshi.enterprise.visits.internal.VisitInput;
import org.luoshi.enterprise.visits.internal.VisitService;
import org.luoshi.enterprise.visits.internal.VisitViews.VisitDetails;
import org.luoshi.enterprise.visits.internal.VisitViews.VisitView;
import org.luoshi.organization.UnitSummary;
import org.luoshi.shared.Actor;
import org.luoshi.shared.ConflictException;
import org.luoshi.shared.CurrentActor;
import org.luoshi.shared.PageQuery;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.web.ListLinks;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The visit pages: the list with its filters, the form to plan a visit or record one that took place (enterprises picked
 * by typing a name or credit code), the visit's page with what the reader may do now, recording a planned visit,
 * cancelling it and adding photos.
 */
@Controller
@RequestMapping("/visits")
@PreAuthorize("hasAnyAuthority('visit:record', 'enterprise:read')")
class VisitController {

	private final VisitService visits;
	private final EnterpriseDirectory enterprises;

	VisitController(VisitService visits, EnterpriseDirectory enterprises) {
		this.visits = visits;
		this.enterprises = enterprises;
	}

	/**
	 * The form as typed. Enterprises come as two lists in the page's order, {@code enterpriseIds} and
	 * {@code enterpriseFindings}: rows added by the picker have no index to give.
	 *
	 * @param mode {@code plan} or {@code record} (a visit that took place without a plan)
	 */
	record VisitForm(String mode, String kind, String plannedDate, String visitedDate, String leaderName, String leaderTitle,
			String participants, Long unitId, String purpose, String findings, List<Long> enterpriseIds, List<String> enterpriseFindings,
			Integer version, String reason) {

		static VisitForm empty(String mode) {
			return new VisitForm("record".equals(mode) ? "record" : "plan", null, null, null, null, null, null, null, null, null, List.of(),
					List.of(), null, null);
		}

		static VisitForm of(VisitView visit) {
			return new VisitForm("plan", visit.kind().name(), String.valueOf(visit.plannedDate()), null, visit.leaderName(),
					visit.leaderTitle(), String.join("\n", visit.participants()), visit.unitId(), visit.purpose(), null,
					visit.enterprises().stream().map(e -> e.enterpriseId()).toList(),
					visit.enterprises().stream().map(e -> e.findings() == null ? "" : e.findings()).toList(), visit.version(), null);
		}

		boolean recording() {
			return "record".equals(mode);
		}

		List<VisitInput.Covered> covered() {
			List<VisitInput.Covered> covered = new ArrayList<>();
			List<Long> ids = enterpriseIds == null ? List.of() : enterpriseIds;
			for (int i = 0; i < ids.size(); i++) {
				String found = enterpriseFindings != null && i < enterpriseFindings.size() ? enterpriseFindings.get(i) : null;
				covered.add(new VisitInput.Covered(ids.get(i), found));
			}
			return covered;
		}

		VisitInput input() {
			return new VisitInput(kind, plannedDate, visitedDate, leaderName, leaderTitle,
					participants == null ? List.of() : Arrays.asList(participants.split("\\R")), unitId, purpose, findings, covered());
		}
	}

	/** An enterprise chosen on the form, with what was found there. */
	record Chosen(long id, String name, String townName, String findings) {
	}

	// ----- the list

	@GetMapping
	String list(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String status,
			@RequestParam(required = false) Long unitId, @RequestParam(required = false) String enterprise,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) String sort, Model model, HttpServletRequest request) {
		Actor actor = CurrentActor.get();
		VisitFilter filter;
		PageQuery paging;
		try {
			filter = VisitFilter.of(from, to, kind, status, unitId, enterprise);
			paging = VisitPages.paging(page, size, sort);
		}
		catch (ValidationException e) {
			// A hand-edited address is not worth an error page: the whole list, as it opens.
			filter = VisitFilter.none();
			paging = VisitPages.paging(null, null, null);
		}
		model.addAttribute("visits", visits.list(filter, paging, actor));
		model.addAttribute("filter", filter);
		model.addAttribute("paging", paging);
		model.addAttribute("kinds", VisitKind.values());
		model.addAttribute("statuses", VisitStatus.values());
		model.addAttribute("units", visits.organizingUnits(actor));
		model.addAttribute("mayRecord", actor.can(org.luoshi.shared.Permissions.VISIT_RECORD) && !visits.organizingUnits(actor).isEmpty());
		UriComponentsBuilder filtered = UriComponentsBuilder.fromPath(request.getContextPath() + "/visits")
			.queryParamIfPresent("from", Optional.ofNullable(filter.from()))
			.queryParamIfPresent("to", Optional.ofNullable(filter.to()))
			.queryParamIfPresent("kind", Optional.ofNullable(filter.kind()))
			.queryParamIfPresent("status", Optional.ofNullable(filter.status()))
			.queryParamIfPresent("unitId", Optional.ofNullable(filter.unitId()))
			.queryParamIfPresent("enterprise", Optional.ofNullable(filter.enterprise()));
		ListLinks.addTo(model, filtered, paging, VisitFilter.SORTABLE);
		return "visits/list";
	}

	// ----- one visit

	@GetMapping("/{id}")
	String visit(@PathVariable long id, Model model) {
		VisitDetails details = visits.details(id, CurrentActor.get());
		model.addAttribute("details", details);
		model.addAttribute("visit", details.visit());
		model.addAttribute("actions", details.actions());
		// Whoever may write on the visit registers the demands heard on it (on the demands' own form).
		model.addAttribute("mayRaiseDemands", details.visit().status() != VisitStatus.CANCELLED && visits.isRecordableBy(id, CurrentActor.get()));
		return "visits/visit";
	}

	@GetMapping("/{id}/photos/{photoId}")
	ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable long photoId) {
		return VisitPages.photo(visits.photo(id, photoId, CurrentActor.get()));
	}

	// ----- planning, or recording without a plan

	@GetMapping("/new")
	@PreAuthorize("hasAuthority('visit:record')")
	String newForm(@RequestParam(required = false) String mode, Model model) {
		model.addAttribute("visitForm", VisitForm.empty(mode));
		return form(model, null);
	}

	@PostMapping
	@PreAuthorize("hasAuthority('visit:record')")
	String create(@ModelAttribute("visitForm") VisitForm form, BindingResult errors,
			@RequestParam(name = "photos", required = false) List<MultipartFile> photos, Model model, RedirectAttributes redirect)
			throws IOException {
		try {
			VisitDetails created = form.recording()
					? visits.recordUnplanned(form.input(), VisitPages.photos(photos), CurrentActor.get())
					: visits.plan(form.input(), CurrentActor.get());
			redirect.addFlashAttribute("flash", form.recording() ? "visits.flash.recorded" : "visits.flash.planned");
			return "redirect:/visits/" + created.visit().id();
		}
		catch (ValidationException e) {
			problems(model, e);
		}
		return form(model, null);
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize("hasAuthority('visit:record')")
	String editForm(@PathVariable long id, Model model) {
		VisitView visit = visits.details(id, CurrentActor.get()).visit();
		model.addAttribute("visitForm", VisitForm.of(visit));
		return form(model, visit);
	}

	@PostMapping("/{id}")
	@PreAuthorize("hasAuthority('visit:record')")
	String update(@PathVariable long id, @ModelAttribute("visitForm") VisitForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		try {
			visits.edit(id, form.version(), form.input(), CurrentActor.get());
			redirect.addFlashAttribute("flash", "visits.flash.saved");
			return "redirect:/visits/" + id;
		}
		catch (ValidationException e) {
			problems(model, e);
		}
		catch (ConflictException e) {
			return conflict(id, redirect);
		}
		return form(model, visits.details(id, CurrentActor.get()).visit());
	}

	// ----- recording a planned visit

	@GetMapping("/{id}/record")
	@PreAuthorize("hasAuthority('visit:record')")
	String recordForm(@PathVariable long id, Model model) {
		VisitView visit = visits.details(id, CurrentActor.get()).visit();
		VisitForm planned = VisitForm.of(visit);
		model.addAttribute("visitForm", new VisitForm("record", planned.kind(), planned.plannedDate(),
				String.valueOf(visit.plannedDate() == null ? "" : visit.plannedDate()), null, null, null, null, null, null,
				planned.enterpriseIds(), planned.enterpriseFindings(), visit.version(), null));
		return recordPage(model, visit);
	}

	@PostMapping("/{id}/record")
	@PreAuthorize("hasAuthority('visit:record')")
	String record(@PathVariable long id, @ModelAttribute("visitForm") VisitForm form, BindingResult errors,
			@RequestParam(name = "photos", required = false) List<MultipartFile> photos, Model model, RedirectAttributes redirect)
			throws IOException {
		try {
			visits.record(id, form.version(), new VisitInput.Recording(form.visitedDate(), form.findings(), form.covered()),
					VisitPages.photos(photos), CurrentActor.get());
			redirect.addFlashAttribute("flash", "visits.flash.recorded");
			return "redirect:/visits/" + id;
		}
		catch (ValidationException e) {
			problems(model, e);
		}
		catch (ConflictException e) {
			return conflict(id, redirect);
		}
		return recordPage(model, visits.details(id, CurrentActor.get()).visit());
	}

	// ----- cancelling, photos

	@PostMapping("/{id}/cancel")
	@PreAuthorize("hasAuthority('visit:record')")
	String cancel(@PathVariable long id, @ModelAttribute("visitForm") VisitForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		try {
			visits.cancel(id, form.version(), form.reason(), CurrentActor.get());
			redirect.addFlashAttribute("flash", "visits.flash.cancelled");
			return "redirect:/visits/" + id;
		}
		catch (ValidationException e) {
			problems(model, e);
		}
		catch (ConflictException e) {
			return conflict(id, redirect);
		}
		model.addAttribute("cancelOpen", true);
		return visit(id, model);
	}

	@PostMapping("/{id}/photos")
	@PreAuthorize("hasAuthority('visit:record')")
	String addPhotos(@PathVariable long id, @ModelAttribute("visitForm") VisitForm form, BindingResult errors,
			@RequestParam(name = "photos", required = false) List<MultipartFile> photos, Model model, RedirectAttributes redirect)
			throws IOException {
		try {
			visits.addPhotos(id, VisitPages.photos(photos), CurrentActor.get());
			redirect.addFlashAttribute("flash", "visits.flash.photos");
			return "redirect:/visits/" + id;
		}
		catch (ValidationException e) {
			problems(model, e);
		}
		catch (ConflictException e) {
			return conflict(id, redirect);
		}
		return visit(id, model);
	}

	// ----- the enterprise picker (htmx)

	@GetMapping("/enterprises")
	@PreAuthorize("hasAuthority('visit:record')")
	String enterpriseChoices(@RequestParam(required = false) String q, @RequestParam(required = false) String mode, Model model) {
		model.addAttribute("choices", visits.enterpriseChoices(q, CurrentActor.get()));
		model.addAttribute("searched", q != null && !q.isBlank());
		model.addAttribute("mode", mode);
		return "visits/picker :: results";
	}

	@GetMapping("/enterprises/pick")
	@PreAuthorize("hasAuthority('visit:record')")
	String pick(@RequestParam long id, @RequestParam(required = false) String mode, Model model) {
		Actor actor = CurrentActor.get();
		EnterpriseSummary enterprise = enterprises.find(id).filter(found -> enterprises.isVisibleTo(id, actor))
			.orElseThrow(() -> new org.luoshi.shared.NotFoundException("enterprise", id));
		model.addAttribute("chosen", new Chosen(enterprise.id(), enterprise.name(), enterprise.townName(), null));
		model.addAttribute("recording", "record".equals(mode));
		return "visits/picker :: chosen";
	}

	/** Nothing: what a removed row is replaced with. */
	@GetMapping("/enterprises/none")
	@org.springframework.web.bind.annotation.ResponseBody
	String none() {
		return "";
	}

	// ----- helpers

	/** No problems yet: the templates look each field up in {@code errors}. */
	@ModelAttribute("errors")
	Map<String, List<org.luoshi.shared.Violation>> noErrors() {
		return Map.of();
	}

	/**
	 * The refusal's problems by field, for the form to show each beside its field in the reader's language; the
	 * findings of an enterprise ({@code enterprises[2].findings}) under the enterprises.
	 */
	private static void problems(Model model, ValidationException e) {
		Map<String, List<org.luoshi.shared.Violation>> byField = new java.util.LinkedHashMap<>();
		for (org.luoshi.shared.Violation violation : e.violations()) {
			String field = violation.field() == null ? "" : violation.field().replaceFirst("\\[.*$", "");
			byField.computeIfAbsent(field, key -> new ArrayList<>()).add(violation);
		}
		model.addAttribute("errors", byField);
	}

	private String conflict(long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("conflict", true);
		return "redirect:/visits/" + id;
	}

	private String form(Model model, VisitView visit) {
		Actor actor = CurrentActor.get();
		VisitForm form = (VisitForm) model.getAttribute("visitForm");
		model.addAttribute("visit", visit);
		model.addAttribute("kinds", VisitKind.values());
		model.addAttribute("units", unitChoices(visits.organizingUnits(actor)));
		model.addAttribute("chosen", chosen(form));
		return "visits/form";
	}

	private String recordPage(Model model, VisitView visit) {
		model.addAttribute("visit", visit);
		model.addAttribute("chosen", chosen((VisitForm) model.getAttribute("visitForm")));
		return "visits/record";
	}

	/** The chosen enterprises as the form shows them again: their names from the registry, in the order sent. */
	private List<Chosen> chosen(VisitForm form) {
		if (form == null) {
			return List.of();
		}
		List<VisitInput.Covered> covered = form.covered();
		Actor actor = CurrentActor.get();
		Map<Long, EnterpriseSummary> found = new java.util.HashMap<>(
				enterprises.find(covered.stream().map(VisitInput.Covered::enterpriseId).toList()));
		// A name the person may not read is not shown, even on a form sent back.
		found.keySet().removeIf(id -> !enterprises.isVisibleTo(id, actor));
		return covered.stream()
			.map(c -> {
				EnterpriseSummary summary = found.get(c.enterpriseId());
				return new Chosen(c.enterpriseId(), summary == null ? String.valueOf(c.enterpriseId()) : summary.name(),
						summary == null ? "" : summary.townName(), c.findings());
			})
			.toList();
	}

	/** A unit in the select, indented below its parent. */
	record UnitChoice(long id, String label) {
	}

	private static List<UnitChoice> unitChoices(List<UnitSummary> units) {
		int top = units.stream().mapToInt(UnitSummary::depth).min().orElse(0);
		return units.stream().map(unit -> new UnitChoice(unit.id(), "\u3000".repeat(Math.max(0, unit.depth() - top)) + unit.displayName()))
			.toList();
	}
}
