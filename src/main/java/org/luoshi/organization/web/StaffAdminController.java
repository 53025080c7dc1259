package org.luoshi.organization.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.luoshi.organization.OrganizationAdministration;
import org.luoshi.organization.OrganizationDirectory;
import org.luoshi.organization.StaffQuery;
import org.luoshi.organization.StaffSummary;
import org.luoshi.organization.UnitCommands.CreateStaff;
import org.luoshi.organization.UnitCommands.SetStaffActive;
import org.luoshi.organization.UnitCommands.UpdateStaff;
import org.luoshi.organization.internal.UnitInput;
import org.luoshi.shared.Actor;
import org.luoshi.shared.ConflictException;
import org.luoshi.shared.CurrentActor;
import org.luoshi.shared.Page;
import org.luoshi.shared.PageQuery;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;
import org.luoshi.shared.web.FormErrors;
import org.luoshi.shared.web.ListLinks;
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
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Staff: a filtered, paged list (phones masked) and one page per person for editing (the full phone is shown only
 * there). Limited to the administrator's data scope.
 */
@Controller
@RequestMapping("/admin/staff")
@PreAuthorize("hasAuthority('organization:manage')")
class StaffAdminController {

	private final OrganizationDirectory directory;
	private final OrganizationAdministration administration;
	private final ScopedUnits scoped;

	StaffAdminController(OrganizationDirectory directory, OrganizationAdministration administration, ScopedUnits scoped) {
		this.directory = directory;
		this.administration = administration;
		this.scoped = scoped;
	}

	/** Text fields as typed; the unit arrives as the id chosen in the list. */
	record StaffForm(String unitId, String name, String position, String phone, String email, Integer version) {

		static StaffForm of(StaffSummary staff) {
			return new StaffForm(String.valueOf(staff.unitId()), staff.name(), staff.position(), staff.phone(), staff.email(),
					staff.version());
		}

		StaffForm withVersion(int newVersion) {
			return new StaffForm(unitId, name, position, phone, email, newVersion);
		}
	}

	record StatusForm(Integer version) {
	}

	@GetMapping
	String list(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "false") boolean inactive, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @RequestParam(required = false) String sort, Model model,
			HttpServletRequest request) {
		Actor actor = CurrentActor.get();
		PageQuery paging;
		try {
			paging = PageQuery.of(page, size, sort, "name", StaffQuery.SORTABLE);
		}
		catch (ValidationException e) {
			// A hand-edited address is not worth an error page: show the first page as usual.
			paging = PageQuery.of(null, null, null, "name", StaffQuery.SORTABLE);
		}
		if (unitId != null) {
			scoped.unit(unitId, actor);
		}
		Page<StaffSummary> staff = directory.staff(new StaffQuery(unitId, q, inactive), paging, actor);
		model.addAttribute("staff", staff);
		model.addAttribute("paging", paging);
		links(model, request, unitId, q, inactive, paging);
		model.addAttribute("units", scoped.all(actor));
		model.addAttribute("unitId", unitId);
		model.addAttribute("q", q);
		model.addAttribute("inactive", inactive);
		return "organization/staff";
	}

	@GetMapping("/new")
	String newForm(@RequestParam(required = false) Long unitId, Model model) {
		model.addAttribute("staffForm", new StaffForm(unitId == null ? "" : unitId.toString(), "", "", "", "", null));
		return form(model, null);
	}

	@PostMapping
	String create(@ModelAttribute("staffForm") StaffForm form, BindingResult errors, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		try {
			StaffSummary created = write(form, unitId -> administration.createStaff(new CreateStaff(unitId, form.name(),
					form.position(), form.phone(), form.email())));
			return Htmx.redirect("/admin/staff/" + created.id(), "organization.staff.created", request, response);
		}
		catch (ValidationException e) {
			FormErrors.reject(errors, e);
		}
		return form(model, null);
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		StaffSummary staff = scoped.staff(id, CurrentActor.get());
		model.addAttribute("staffForm", StaffForm.of(staff));
		return form(model, staff);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @ModelAttribute("staffForm") StaffForm form, BindingResult errors, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		StaffSummary staff = scoped.staff(id, CurrentActor.get());
		try {
			write(form, unitId -> administration.updateStaff(new UpdateStaff(id, AdminForms.versionOf(form.version()), unitId, form.name(),
					form.position(), form.phone(), form.email())));
			return Htmx.redirect("/admin/staff/" + id, "flash.saved", request, response);
		}
		catch (ValidationException e) {
			FormErrors.reject(errors, e);
		}
		catch (ConflictException e) {
			// What the person typed stays; the other person's save is shown beside it, and saving again overwrites it.
			staff = scoped.staff(id, CurrentActor.get());
			AdminForms.replace(model, "staffForm", form.withVersion(staff.version()));
			model.addAttribute("conflict", staff);
		}
		return form(model, staff);
	}

	@PostMapping("/{id}/{action:deactivate|activate}")
	String setActive(@PathVariable long id, @PathVariable String action, @ModelAttribute("statusForm") StatusForm form,
			BindingResult errors, Model model, HttpServletRequest request, HttpServletResponse response) {
		boolean active = action.equals("activate");
		StaffSummary staff = scoped.staff(id, CurrentActor.get());
		try {
			administration.setStaffActive(new SetStaffActive(id, AdminForms.versionOf(form.version()), active));
			return Htmx.redirect("/admin/staff/" + id, active ? "organization.staff.activated" : "organization.staff.deactivated", request,
					response);
		}
		catch (ValidationException e) {
			FormErrors.reject(errors, e);
		}
		catch (ConflictException e) {
			staff = scoped.staff(id, CurrentActor.get());
			AdminForms.replace(model, "statusForm", new StatusForm(staff.version()));
			model.addAttribute("conflict", staff);
		}
		model.addAttribute("staffForm", StaffForm.of(staff));
		return form(model, staff);
	}

	/** Sort and page links that keep the filters, so that no filter is lost while browsing. */
	private static void links(Model model, HttpServletRequest request, Long unitId, String q, boolean inactive, PageQuery paging) {
		UriComponentsBuilder filtered = UriComponentsBuilder.fromPath(request.getContextPath() + "/admin/staff")
			.queryParamIfPresent("unitId", Optional.ofNullable(unitId))
			.queryParamIfPresent("q", Optional.ofNullable(q).filter(text -> !text.isBlank()))
			.queryParamIfPresent("inactive", inactive ? Optional.of(true) : Optional.empty());
		ListLinks.addTo(model, filtered, paging, StaffQuery.SORTABLE);
	}

	/** The create or edit page; {@code staff} is {@code null} when creating. */
	private String form(Model model, StaffSummary staff) {
		model.addAttribute("staffMember", staff);
		model.addAttribute("units", scoped.all(CurrentActor.get()));
		if (staff != null && !model.containsAttribute("statusForm")) {
			model.addAttribute("statusForm", new StatusForm(staff.version()));
		}
		return "organization/staff-form";
	}

	/** Reads the chosen unit and runs the write; an unreadable unit is reported with the write's own problems. */
	private static StaffSummary write(StaffForm form, java.util.function.Function<Long, StaffSummary> write) {
		List<Violation> reading = new ArrayList<>();
		Long unitId = UnitInput.id(form.unitId(), "unitId", "organization.validation.unit.unknown", reading);
		try {
			return write.apply(unitId);
		}
		catch (ValidationException e) {
			throw UnitInput.combined(reading, e);
		}
	}

}
