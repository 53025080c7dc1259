package org.luoshi.enterprise.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.luoshi.enterprise.CreditCode;
import org.luoshi.enterprise.EnterpriseScale;
import org.luoshi.enterprise.EnterpriseTag;
import org.luoshi.enterprise.IndustrySection;
import org.luoshi.enterprise.internal.EnterpriseAccess;
import org.luoshi.enterprise.internal.EnterpriseFilter;
import org.luoshi.enterprise.internal.EnterpriseInput;
import org.luoshi.enterprise.internal.EnterpriseInput.ContactInput;
import org.luoshi.enterprise.internal.EnterpriseRecord;
import org.luoshi.enterprise.internal.EnterpriseService;
import org.luoshi.shared.Actor;
import org.luoshi.shared.ConflictException;
import org.luoshi.shared.CurrentActor;
import org.luoshi.shared.Page;
import org.luoshi.shared.PageQuery;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.web.AuditedExport;
import org.luoshi.shared.web.FormErrors;
import org.luoshi.shared.web.ListLinks;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The registry's pages: the list with its filters (contacts masked) and exports, the form to register or edit an
 * enterprise with the credit code checked as it is typed, and the enterprise's 360° page.
 */
@Controller
@RequestMapping("/enterprises")
@PreAuthorize("hasAuthority('enterprise:read')")
class EnterpriseController {

	/** Contact rows a form offers at least: most enterprises have one to three people to call. */
	private static final int CONTACT_ROWS = 3;
	/** Parks the form suggests (the field takes any): those the district's news of the seed name. */
	static final List<String> PARKS = List.of("蓬江产业园", "棠下产业园", "荷塘康溪产业园", "大型产业集聚区蓬江片区", "滨江新区");

	private final EnterpriseService registry;
	private final EnterpriseExports exports;
	private final EnterpriseTexts texts;

	EnterpriseController(EnterpriseService registry, EnterpriseExports exports, EnterpriseTexts texts) {
		this.registry = registry;
		this.exports = exports;
		this.texts = texts;
	}

	/** The form as typed; contacts by row ({@code contacts[0].phone}), tags as the boxes ticked. */
	record EnterpriseForm(String creditCode, String name, String legalRepresentative, String address, String divisionCode, String park,
			String industry, String scale, List<String> tags, String cppccMember, String note, List<ContactForm> contacts, Integer version) {

		EnterpriseForm {
			tags = tags == null ? List.of() : tags;
			contacts = contacts == null ? new ArrayList<>() : new ArrayList<>(contacts);
			while (contacts.size() < CONTACT_ROWS) {
				contacts.add(new ContactForm(null, null, null, null));
			}
		}

		static EnterpriseForm empty() {
			return new EnterpriseForm(null, null, null, null, null, null, null, null, List.of(), null, null, List.of(), null);
		}

		static EnterpriseForm of(EnterpriseRecord enterprise) {
			List<ContactForm> contacts = new ArrayList<>(enterprise.contacts().stream()
				.map(c -> new ContactForm(c.name(), c.role(), c.phone(), c.email())).toList());
			contacts.add(new ContactForm(null, null, null, null));
			return new EnterpriseForm(enterprise.creditCode(), enterprise.name(), enterprise.legalRepresentative(), enterprise.address(),
					enterprise.divisionCode(), enterprise.park(), enterprise.industry() == null ? null : enterprise.industry().name(),
					enterprise.scale() == null ? null : enterprise.scale().name(), enterprise.tags().stream().map(Enum::name).toList(),
					enterprise.cppccMember(), enterprise.note(), contacts, enterprise.version());
		}

		EnterpriseInput input() {
			return new EnterpriseInput(creditCode, name, legalRepresentative, address, divisionCode, park, industry, scale, tags,
					cppccMember, note, contacts.stream().map(c -> new ContactInput(c.name(), c.role(), c.phone(), c.email())).toList());
		}

		EnterpriseForm withVersion(int newVersion) {
			return new EnterpriseForm(creditCode, name, legalRepresentative, address, divisionCode, park, industry, scale, tags,
					cppccMember, note, contacts, newVersion);
		}
	}

	record ContactForm(String name, String role, String phone, String email) {
	}

	// ---- the list

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String division,
			@RequestParam(required = false) String industry, @RequestParam(required = false) String tag,
			@RequestParam(required = false) String scale, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @RequestParam(required = false) String sort, Model model,
			HttpServletRequest request) {
		Actor actor = CurrentActor.get();
		EnterpriseFilter filter;
		PageQuery paging;
		try {
			filter = EnterpriseFilter.of(q, division, industry, tag, scale);
			paging = PageQuery.of(page, size, sort, "name", EnterpriseFilter.SORTABLE);
		}
		catch (ValidationException e) {
			// A hand-edited address is not worth an error page: the whole list, as it opens.
			filter = EnterpriseFilter.none();
			paging = PageQuery.of(null, null, null, "name", EnterpriseFilter.SORTABLE);
		}
		Page<EnterpriseRecord> enterprises = registry.list(filter, paging, actor).map(EnterpriseRecord::withMaskedContacts);
		EnterpriseAccess.Scope scope = registry.scope(actor);
		model.addAttribute("enterprises", enterprises);
		model.addAttribute("filter", filter);
		model.addAttribute("paging", paging);
		model.addAttribute("towns", scope.towns().within(actor));
		model.addAttribute("mayRegister", !scope.managedTowns().isEmpty());
		choices(model);
		links(model, request, filter, paging);
		return "enterprise/list";
	}

	@GetMapping("/export.{format:xlsx|csv}")
	@AuditedExport("enterprise.exported")
	void export(@PathVariable String format, @RequestParam(required = false) String q, @RequestParam(required = false) String division,
			@RequestParam(required = false) String industry, @RequestParam(required = false) String tag,
			@RequestParam(required = false) String scale, @RequestParam(required = false) String sort, HttpServletResponse response)
			throws IOException {
		try {
			exports.send(EnterpriseExports.Format.of(format), q, division, industry, tag, scale, sort, response);
		}
		catch (ValidationException e) {
			// The link carries the filter the list accepted; a hand-edited one that is not valid gets the error page.
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
	}

	// ---- the 360° page

	/**
	 * The 360° page: facts, tags, contacts (whole for those who manage the town) and the timeline, which gathers every
	 * {@link org.luoshi.enterprise.EnterpriseTimelineSource}: today the registry's own history; the visits, demands and
	 * proposals of the modules built on the registry join it without a change here.
	 */
	@GetMapping("/{id}")
	String enterprise(@PathVariable long id, Model model) {
		Actor actor = CurrentActor.get();
		EnterpriseRecord enterprise = registry.details(id, actor);
		boolean manages = registry.manages(enterprise, actor);
		model.addAttribute("enterprise", manages ? enterprise : enterprise.withMaskedContacts());
		model.addAttribute("manages", manages);
		model.addAttribute("codeReading", texts.reading(enterprise.code()));
		model.addAttribute("warnings", texts.warnings(enterprise));
		model.addAttribute("timeline", registry.timeline(enterprise, actor));
		return "enterprise/enterprise";
	}

	// ---- the form

	@GetMapping("/new")
	@PreAuthorize("hasAuthority('enterprise:manage')")
	String newForm(Model model) {
		model.addAttribute("enterpriseForm", EnterpriseForm.empty());
		return form(model, null);
	}

	@PostMapping
	@PreAuthorize("hasAuthority('enterprise:manage')")
	String create(@ModelAttribute("enterpriseForm") EnterpriseForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
		try {
			EnterpriseService.Saved saved = registry.register(form.input(), CurrentActor.get());
			redirect.addFlashAttribute("flash", "enterprise.flash.registered");
			return "redirect:/enterprises/" + saved.enterprise().id();
		}
		catch (ValidationException e) {
			FormErrors.reject(errors, e);
		}
		return form(model, null);
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize("hasAuthority('enterprise:manage')")
	String editForm(@PathVariable long id, Model model) {
		EnterpriseRecord enterprise = managed(id);
		model.addAttribute("enterpriseForm", EnterpriseForm.of(enterprise));
		return form(model, enterprise);
	}

	@PostMapping("/{id}")
	@PreAuthorize("hasAuthority('enterprise:manage')")
	String update(@PathVariable long id, @ModelAttribute("enterpriseForm") EnterpriseForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		EnterpriseRecord enterprise = managed(id);
		try {
			registry.update(id, form.version() == null ? -1 : form.version(), form.input(), CurrentActor.get());
			redirect.addFlashAttribute("flash", "flash.saved");
			return "redirect:/enterprises/" + id;
		}
		catch (ValidationException e) {
			FormErrors.reject(errors, e);
		}
		catch (ConflictException e) {
			// What the person typed stays; the other person's save is shown beside it, and saving again overwrites it.
			enterprise = managed(id);
			EnterpriseForm current = form.withVersion(enterprise.version());
			model.addAttribute("enterpriseForm", current);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "enterpriseForm", new BeanPropertyBindingResult(current, "enterpriseForm"));
			model.addAttribute("conflict", enterprise);
		}
		return form(model, enterprise);
	}

	/** The credit code as it is typed: refused with the expected check character, warned about, or valid (htmx). */
	@GetMapping("/credit-code")
	String creditCode(@RequestParam(required = false) String creditCode, Model model) {
		CreditCode.Reading reading = CreditCode.read(creditCode, "creditCode");
		model.addAttribute("reading", reading.normalized().isEmpty() ? null : reading);
		return "enterprise/form :: credit-code-check";
	}

	/** The enterprise for its form: 404 outside the scope, 403 for a reader who does not manage its town. */
	private EnterpriseRecord managed(long id) {
		Actor actor = CurrentActor.get();
		EnterpriseRecord enterprise = registry.details(id, actor);
		if (!registry.manages(enterprise, actor)) {
			throw new org.springframework.security.access.AccessDeniedException("enterprise:manage");
		}
		return enterprise;
	}

	/** The register or edit page; {@code enterprise} is {@code null} when registering. */
	private String form(Model model, EnterpriseRecord enterprise) {
		Actor actor = CurrentActor.get();
		model.addAttribute("enterprise", enterprise);
		model.addAttribute("towns", registry.scope(actor).managedTowns());
		model.addAttribute("parks", PARKS);
		// The code's own errors show beside the field; the box under it says what remains: a warning, or that it checks.
		EnterpriseForm form = (EnterpriseForm) model.getAttribute("enterpriseForm");
		CreditCode.Reading reading = form == null ? null : CreditCode.read(form.creditCode(), "creditCode");
		model.addAttribute("reading", reading != null && reading.valid() ? reading : null);
		choices(model);
		return "enterprise/form";
	}

	private static void choices(Model model) {
		model.addAttribute("industries", IndustrySection.values());
		model.addAttribute("scales", EnterpriseScale.values());
		model.addAttribute("kindTags", java.util.Arrays.stream(EnterpriseTag.values()).filter(tag -> !tag.cluster()).toList());
		model.addAttribute("clusterTags", java.util.Arrays.stream(EnterpriseTag.values()).filter(EnterpriseTag::cluster).toList());
	}

	/** Sort, page and export links that keep the filters, so that no filter is lost while browsing or exporting. */
	private static void links(Model model, HttpServletRequest request, EnterpriseFilter filter, PageQuery paging) {
		UriComponentsBuilder filtered = UriComponentsBuilder.fromPath(request.getContextPath() + "/enterprises")
			.queryParamIfPresent("q", Optional.ofNullable(filter.q()))
			.queryParamIfPresent("division", Optional.ofNullable(filter.division()))
			.queryParamIfPresent("industry", Optional.ofNullable(filter.industry()))
			.queryParamIfPresent("tag", Optional.ofNullable(filter.tag()))
			.queryParamIfPresent("scale", Optional.ofNullable(filter.scale()));
		ListLinks.addTo(model, filtered, paging, EnterpriseFilter.SORTABLE);
		String sort = ListLinks.sort(paging);
		model.addAttribute("exportXlsx", filtered.cloneBuilder().replacePath(request.getContextPath() + "/enterprises/export.xlsx")
			.queryParam("sort", sort).encode().toUriString());
		model.addAttribute("exportCsv", filtered.cloneBuilder().replacePath(request.getContextPath() + "/enterprises/export.csv")
			.queryParam("sort", sort).encode().toUriString());
	}
}
