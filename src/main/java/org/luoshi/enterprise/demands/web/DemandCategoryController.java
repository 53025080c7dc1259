package org.luoshi.enterprise.demands.web;

import java.util.List;

import org.luoshi.enterprise.EnterpriseDirectory;
import org.luoshi.enterprise.demands.internal.DemandCategoryAdministration;
import org.luoshi.enterprise.demands.internal.DemandCategoryAdministration.TownRouteChange;
import org.luoshi.enterprise.demands.internal.DemandCategoryAdministration.CategoryChange;
import org.luoshi.enterprise.demands.internal.DemandCategoryAdministration.NewCategory;
import org.luoshi.organization.OrganizationDirectory;
import org.luoshi.organization.UnitSummary;
import org.luoshi.shared.ConflictException;
import org.luoshi.shared.CurrentActor;
import org.luoshi.shared.web.TypedNumbers;
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
 * The district's category tree (诉求类别) for the desk: each category's time limit in working days, its route (a unit,
 * the enterprise's town, or the desk) and its exceptions for single towns, whether it is offered; and a new category. One
 * small form per category.
 */
@Controller
@RequestMapping("/demands/categories")
@PreAuthorize("hasAuthority('demand:dispatch')")
class DemandCategoryController {

	private final DemandCategoryAdministration administration;
	private final OrganizationDirectory organization;
	private final EnterpriseDirectory enterprises;

	DemandCategoryController(DemandCategoryAdministration administration, OrganizationDirectory organization, EnterpriseDirectory enterprises) {
		this.administration = administration;
		this.organization = organization;
		this.enterprises = enterprises;
	}

	/** A category's form as typed; the route is {@code ""} (the desk), {@code TOWN} or a unit's id. */
	record ChangeForm(String timeLimitDays, String route, String active, String version) {

		CategoryChange change() {
			boolean toTown = "TOWN".equals(route);
			return new CategoryChange(TypedNumbers.integer(timeLimitDays), toTown ? null : TypedNumbers.id(route), toTown, "true".equals(active),
					TypedNumbers.integer(version));
		}
	}

	record AddForm(String parentId, String name, String nameEn, String timeLimitDays) {
	}

	@GetMapping
	String page(Model model) {
		model.addAttribute("categories", administration.all());
		model.addAttribute("towns", enterprises.towns());
		model.addAttribute("units", organization.allUnits().stream().filter(UnitSummary::active).filter(unit -> unit.parentId() != null).toList());
		if (!model.containsAttribute("addForm")) {
			model.addAttribute("addForm", new AddForm(null, null, null, "10"));
		}
		return "demands/categories";
	}

	@PostMapping("/{id}")
	String change(@PathVariable long id, ChangeForm form, Model model, RedirectAttributes redirect) {
		try {
			administration.change(id, form.change(), CurrentActor.get());
			redirect.addFlashAttribute("flash", "demand.category.saved");
			return "redirect:/demands/categories#category-" + id;
		}
		catch (ValidationException e) {
			model.addAttribute("problems", e.violations());
		}
		catch (ConflictException e) {
			model.addAttribute("conflict", e.messageKey());
		}
		model.addAttribute("failedId", id);
		return page(model);
	}

	@PostMapping("/{id}/towns")
	String routeTown(@PathVariable long id, @RequestParam(required = false) String divisionCode, @RequestParam(required = false) String unitId,
			Model model, RedirectAttributes redirect) {
		try {
			administration.routeTown(id, new TownRouteChange(divisionCode, TypedNumbers.id(unitId)), CurrentActor.get());
			redirect.addFlashAttribute("flash", "demand.category.town-route.saved");
			return "redirect:/demands/categories#category-" + id;
		}
		catch (ValidationException e) {
			model.addAttribute("problems", e.violations());
		}
		model.addAttribute("failedId", id);
		return page(model);
	}

	@PostMapping("/{id}/towns/{divisionCode}/remove")
	String unrouteTown(@PathVariable long id, @PathVariable String divisionCode, RedirectAttributes redirect) {
		administration.unrouteTown(id, divisionCode, CurrentActor.get());
		redirect.addFlashAttribute("flash", "demand.category.town-route.removed");
		return "redirect:/demands/categories#category-" + id;
	}

	@PostMapping
	String add(AddForm form, Model model, RedirectAttributes redirect) {
		try {
			long id = administration.add(new NewCategory(TypedNumbers.id(form.parentId()), form.name(), form.nameEn(),
					TypedNumbers.integer(form.timeLimitDays())), CurrentActor.get()).id();
			redirect.addFlashAttribute("flash", "demand.category.added");
			return "redirect:/demands/categories#category-" + id;
		}
		catch (ValidationException e) {
			model.addAttribute("problems", e.violations());
			model.addAttribute("addForm", form);
			return page(model);
		}
	}


}
