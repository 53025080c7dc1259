package org.luoshi.legalservice.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.luoshi.enterprise.DistrictTown;
import org.luoshi.enterprise.EnterpriseDirectory;
import org.luoshi.identity.AccountDirectory;
import org.luoshi.identity.AccountSummary;
import org.luoshi.legalservice.LegalDirectory;
import org.luoshi.legalservice.ServicePoint;
import org.luoshi.legalservice.internal.LegalAdministration;
import org.luoshi.legalservice.internal.LegalAdministration.PointInput;
import org.luoshi.organization.OrganizationDirectory;
import org.luoshi.organization.UnitSummary;
import org.luoshi.shared.ConflictException;
import org.luoshi.shared.CurrentActor;
import org.luoshi.shared.NotFoundException;
import org.luoshi.shared.Permissions;
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
 * The parks' service points: the list for the bureau and the points' staff (each card its address, hours, services and
 * staff), and the bureau's form to open or change one.
 */
@Controller
@RequestMapping("/legal/points")
@PreAuthorize("hasAnyAuthority('legal:manage', 'legal:handle')")
class LegalPointController {

	private final LegalDirectory directory;
	private final LegalAdministration administration;
	private final EnterpriseDirectory enterprises;
	private final AccountDirectory accounts;
	private final OrganizationDirectory organization;

	LegalPointController(LegalDirectory directory, LegalAdministration administration, EnterpriseDirectory enterprises,
			AccountDirectory accounts, OrganizationDirectory organization) {
		this.directory = directory;
		this.administration = administration;
		this.enterprises = enterprises;
		this.accounts = accounts;
		this.organization = organization;
	}

	/** The form as typed. */
	record PointForm(String name, String park, String divisionCode, String address, String openingHours, String phone, String active,
			List<String> serviceCodes, List<String> staffAccountIds, String version) {

		PointForm {
			serviceCodes = serviceCodes == null ? List.of() : serviceCodes;
			staffAccountIds = staffAccountIds == null ? List.of() : staffAccountIds;
		}

		static PointForm of(ServicePoint point) {
			return new PointForm(point.name(), point.park(), point.divisionCode(), point.address(), point.openingHours(), point.phone(),
					String.valueOf(point.active()), point.serviceCodes(), point.staffAccountIds().stream().map(String::valueOf).toList(),
					String.valueOf(point.version()));
		}

		PointInput input() {
			List<Long> staff = new ArrayList<>();
			staffAccountIds.forEach(id -> staff.add(TypedNumbers.id(id)));
			return new PointInput(name, park, divisionCode, address, openingHours, phone, "true".equals(active), serviceCodes, staff,
					TypedNumbers.integer(version));
		}
	}

	@GetMapping
	String list(Model model) {
		var actor = CurrentActor.get();
		model.addAttribute("points", directory.points(false));
		model.addAttribute("services", directory.services(false).stream()
			.collect(Collectors.toMap(service -> service.code(), Function.identity())));
		model.addAttribute("towns", towns());
		model.addAttribute("staffNames", staffNames());
		model.addAttribute("mine", actor.accountId() == null ? java.util.Set.of() : directory.pointsStaffedBy(actor.accountId()));
		model.addAttribute("mayManage", actor.can(Permissions.LEGAL_MANAGE));
		return "legal/points";
	}

	@GetMapping("/new")
	@PreAuthorize("hasAuthority('legal:manage')")
	String newPoint(Model model) {
		return form(model, null, new PointForm(null, null, null, null, "周一至周五 9:00–12:00，14:30–17:30", null, "true", List.of(), List.of(), null));
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('legal:manage')")
	String edit(@PathVariable long id, Model model) {
		ServicePoint point = directory.point(id).orElseThrow(() -> new NotFoundException("legal-point", id));
		return form(model, id, PointForm.of(point));
	}

	@PostMapping
	@PreAuthorize("hasAuthority('legal:manage')")
	String create(PointForm form, Model model, RedirectAttributes redirect) {
		try {
			ServicePoint point = administration.createPoint(form.input(), CurrentActor.get());
			redirect.addFlashAttribute("flash", "legal.point.created");
			return "redirect:/legal/points#point-" + point.id();
		}
		catch (ValidationException e) {
			model.addAttribute("problems", e.violations());
			return form(model, null, form);
		}
	}

	@PostMapping("/{id}")
	@PreAuthorize("hasAuthority('legal:manage')")
	String change(@PathVariable long id, PointForm form, Model model, RedirectAttributes redirect) {
		try {
			administration.changePoint(id, form.input(), CurrentActor.get());
			redirect.addFlashAttribute("flash", "legal.point.saved");
			return "redirect:/legal/points#point-" + id;
		}
		catch (ValidationException e) {
			model.addAttribute("problems", e.violations());
		}
		catch (ConflictException e) {
			model.addAttribute("conflict", e.messageKey());
		}
		return form(model, id, form);
	}

	private String form(Model model, Long id, PointForm form) {
		model.addAttribute("pointId", id);
		model.addAttribute("form", form);
		model.addAttribute("services", directory.services(false));
		model.addAttribute("towns", enterprises.towns());
		model.addAttribute("staffChoices", staffChoices());
		return "legal/point-form";
	}

	private Map<String, String> towns() {
		return enterprises.towns().stream().collect(Collectors.toMap(DistrictTown::divisionCode, DistrictTown::name));
	}

	/** Those who may work a counter: active staff accounts whose roles grant legal:handle, wherever their data scope is. */
	private List<AccountSummary> staffChoices() {
		List<Long> units = organization.allUnits().stream().map(UnitSummary::id).toList();
		return accounts.accountsHolding(Permissions.LEGAL_HANDLE, units, true).stream()
			.filter(account -> account.enterpriseId() == null).toList();
	}

	private Map<Long, String> staffNames() {
		return staffChoices().stream().collect(Collectors.toMap(AccountSummary::id, AccountSummary::displayName, (a, b) -> a));
	}
}
