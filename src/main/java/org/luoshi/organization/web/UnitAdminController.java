package org.luoshi.organization.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.luoshi.organization.Division;
import org.luoshi.organization.OrganizationAdministration;
import org.luoshi.organization.OrganizationDirectory;
import org.luoshi.organization.UnitCommands.CreateUnit;
import org.luoshi.organization.UnitCommands.MoveUnit;
import org.luoshi.organization.UnitCommands.SetUnitActive;
import org.luoshi.organization.UnitCommands.UpdateUnit;
import org.luoshi.organization.UnitNode;
import org.luoshi.organization.UnitSummary;
import org.luoshi.organization.UnitType;
import org.luoshi.organization.internal.UnitInput;
import org.luoshi.shared.Actor;
import org.luoshi.shared.ConflictException;
import org.luoshi.shared.CurrentActor;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;
import org.luoshi.shared.web.FormErrors;
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

/**
 * The unit tree: the tree on the left, the selected unit on the right with its forms (edit, new sub-unit, move,
 * deactivate). The forms post through htmx and get the panel back with inline errors; a successful write reloads the
 * page so that the tree shows it. An administrator whose scope is a subtree sees and edits only that subtree.
 */
@Controller
@RequestMapping("/admin/units")
@PreAuthorize("hasAuthority('organization:manage')")
class UnitAdminController {

	static final String PAGE = "organization/units";
	static final String PANEL = "organization/unit-panel :: panel";

	/** Bootstrap badge colours by type, so that places and bodies are told apart at a glance. */
	static final Map<UnitType, String> BADGES = new EnumMap<>(Map.of(UnitType.DISTRICT, "text-bg-danger", UnitType.DEPARTMENT,
			"text-bg-primary", UnitType.TOWN, "text-bg-success", UnitType.SUBDISTRICT, "text-bg-info", UnitType.OFFICE,
			"text-bg-secondary", UnitType.OTHER, "text-bg-light border"));

	private final OrganizationDirectory directory;
	private final OrganizationAdministration administration;
	private final ScopedUnits scoped;

	UnitAdminController(OrganizationDirectory directory, OrganizationAdministration administration, ScopedUnits scoped) {
		this.directory = directory;
		this.administration = administration;
		this.scoped = scoped;
	}

	/** Text fields as typed, so that what cannot be read is reported beside the field instead of failing the request. */
	record UnitForm(String name, String shortName, String type, String divisionCode, String sortOrder, Integer version) {

		static UnitForm of(UnitSummary unit) {
			return new UnitForm(unit.name(), unit.shortName(), unit.type().name(), unit.divisionCode(), String.valueOf(unit.sortOrder()),
					unit.version());
		}

		static UnitForm blank() {
			return new UnitForm("", "", "", "", "", null);
		}

		UnitForm withVersion(int newVersion) {
			return new UnitForm(name, shortName, type, divisionCode, sortOrder, newVersion);
		}
	}

	record MoveForm(String parentId, Integer version) {
	}

	record StatusForm(Integer version) {
	}

	@GetMapping
	String page(@RequestParam(required = false) Long unit, @RequestParam(defaultValue = "false") boolean inactive, Model model) {
		Actor actor = CurrentActor.get();
		List<UnitNode> tree = tree(model, inactive);
		if (unit == null && tree.isEmpty()) {
			// A new installation without demo data: the district itself is created first.
			model.addAttribute("childForm", new UnitForm("", "", UnitType.DISTRICT.name(), "", "", null));
			panelChoices(model, inactive);
			return PAGE;
		}
		panel(model, unit != null ? scoped.unit(unit, actor) : tree.get(0).unit(), inactive, "edit");
		return PAGE;
	}

	/** The district's root unit, when there is none yet; the command refuses a second root. */
	@PostMapping
	String createRoot(@ModelAttribute("childForm") UnitForm form, BindingResult errors, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		try {
			UnitSummary created = write(form, (type, sortOrder) -> administration.createUnit(new CreateUnit(null, form.name(),
					form.shortName(), type, form.divisionCode(), sortOrder)));
			return Htmx.redirect(unitPath(created.id(), false), "organization.unit.created", request, response);
		}
		catch (ValidationException e) {
			FormErrors.reject(errors, e);
		}
		tree(model, false);
		panelChoices(model, false);
		return PAGE;
	}

	@GetMapping("/{id}/panel")
	String panel(@PathVariable long id, @RequestParam(defaultValue = "false") boolean inactive, Model model) {
		panel(model, scoped.unit(id, CurrentActor.get()), inactive, "edit");
		return PANEL;
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @ModelAttribute("unitForm") UnitForm form, BindingResult errors,
			@RequestParam(defaultValue = "false") boolean inactive, Model model, HttpServletRequest request, HttpServletResponse response) {
		UnitSummary unit = scoped.unit(id, CurrentActor.get());
		try {
			write(form, (type, sortOrder) -> administration.updateUnit(new UpdateUnit(id, AdminForms.versionOf(form.version()), form.name(),
					form.shortName(), type, form.divisionCode(), sortOrder)));
			return Htmx.redirect(unitPath(id, inactive), "flash.saved", request, response);
		}
		catch (ValidationException e) {
			FormErrors.reject(errors, e);
		}
		catch (ConflictException e) {
			// Keep what the person typed, show what the other person saved, and take the new version: saving again
			// is then a deliberate choice to overwrite.
			unit = scoped.unit(id, CurrentActor.get());
			AdminForms.replace(model, "unitForm", form.withVersion(unit.version()));
			model.addAttribute("conflict", unit);
		}
		panel(model, unit, inactive, "edit");
		return view(model, request, inactive);
	}

	@PostMapping("/{id}/children")
	String createChild(@PathVariable long id, @ModelAttribute("childForm") UnitForm form, BindingResult errors,
			@RequestParam(defaultValue = "false") boolean inactive, Model model, HttpServletRequest request, HttpServletResponse response) {
		UnitSummary parent = scoped.unit(id, CurrentActor.get());
		try {
			UnitSummary created = write(form, (type, sortOrder) -> administration.createUnit(new CreateUnit(parent.id(), form.name(),
					form.shortName(), type, form.divisionCode(), sortOrder)));
			return Htmx.redirect(unitPath(created.id(), inactive), "organization.unit.created", request, response);
		}
		catch (ValidationException e) {
			FormErrors.reject(errors, e);
		}
		panel(model, parent, inactive, "child");
		return view(model, request, inactive);
	}

	@PostMapping("/{id}/move")
	String move(@PathVariable long id, @ModelAttribute("moveForm") MoveForm form, BindingResult errors,
			@RequestParam(defaultValue = "false") boolean inactive, Model model, HttpServletRequest request, HttpServletResponse response) {
		UnitSummary unit = scoped.unit(id, CurrentActor.get());
		try {
			List<Violation> reading = new ArrayList<>();
			Long parentId = UnitInput.id(form.parentId(), "parentId", "organization.validation.parent.unknown", reading);
			if (parentId == null) {
				throw new ValidationException(reading.isEmpty() ? List.of(Violation.of("parentId", "validation.required")) : reading);
			}
			administration.moveUnit(new MoveUnit(id, AdminForms.versionOf(form.version()), parentId));
			return Htmx.redirect(unitPath(id, inactive), "organization.unit.moved", request, response);
		}
		catch (ValidationException e) {
			FormErrors.reject(errors, e);
		}
		catch (ConflictException e) {
			unit = scoped.unit(id, CurrentActor.get());
			AdminForms.replace(model, "moveForm", new MoveForm(form.parentId(), unit.version()));
			model.addAttribute("conflict", unit);
		}
		panel(model, unit, inactive, "move");
		return view(model, request, inactive);
	}

	@PostMapping("/{id}/{action:deactivate|activate}")
	String setActive(@PathVariable long id, @PathVariable String action, @ModelAttribute("statusForm") StatusForm form,
			BindingResult errors, Model model, HttpServletRequest request, HttpServletResponse response) {
		boolean active = action.equals("activate");
		UnitSummary unit = scoped.unit(id, CurrentActor.get());
		try {
			administration.setUnitActive(new SetUnitActive(id, AdminForms.versionOf(form.version()), active));
			// A deactivated unit stays in view, struck through, so that the person sees what they did.
			return Htmx.redirect(unitPath(id, !active), active ? "organization.unit.activated" : "organization.unit.deactivated", request,
					response);
		}
		catch (ValidationException e) {
			FormErrors.reject(errors, e);
		}
		catch (ConflictException e) {
			unit = scoped.unit(id, CurrentActor.get());
			AdminForms.replace(model, "statusForm", new StatusForm(unit.version()));
			model.addAttribute("conflict", unit);
		}
		panel(model, unit, !unit.active(), "status");
		return view(model, request, !unit.active());
	}

	/**
	 * Reads the form's typed fields and runs the write with them; a write refused for its own reasons is reported
	 * together with what could not be read.
	 */
	private static <R> R write(UnitForm form, BiFunction<UnitType, Integer, R> write) {
		List<Violation> reading = new ArrayList<>();
		UnitType type = UnitInput.type(form.type(), reading);
		Integer sortOrder = readSortOrder(form.sortOrder(), reading);
		try {
			return write.apply(type, sortOrder);
		}
		catch (ValidationException e) {
			throw UnitInput.combined(reading, e);
		}
	}

	/** Fills the model of the selected unit's panel; forms already in the model (with their errors) are kept. */
	private void panel(Model model, UnitSummary unit, boolean inactive, String tab) {
		Actor actor = CurrentActor.get();
		List<UnitSummary> visible = scoped.all(actor);
		Map<Long, UnitSummary> byId = visible.stream().collect(Collectors.toMap(UnitSummary::id, Function.identity()));
		model.addAttribute("unit", unit);
		model.addAttribute("ancestors", Arrays.stream(unit.path().split("/"))
			.filter(segment -> !segment.isEmpty())
			.map(Long::valueOf)
			.filter(ancestor -> ancestor != unit.id() && byId.containsKey(ancestor))
			.map(byId::get)
			.toList());
		model.addAttribute("division", directory.division(unit.divisionCode()).orElse(null));
		model.addAttribute("staffCount", directory.activeStaffCounts().getOrDefault(unit.id(), 0));
		model.addAttribute("activeChildren", visible.stream().filter(u -> u.active() && Long.valueOf(unit.id()).equals(u.parentId())).count());
		model.addAttribute("parents", visible.stream().filter(u -> u.active() && !u.isWithin(unit.id())).toList());
		model.addAttribute("tab", tab);
		panelChoices(model, inactive);
		if (!model.containsAttribute("unitForm")) {
			model.addAttribute("unitForm", UnitForm.of(unit));
		}
		if (!model.containsAttribute("childForm")) {
			model.addAttribute("childForm", UnitForm.blank());
		}
		if (!model.containsAttribute("moveForm")) {
			model.addAttribute("moveForm", new MoveForm(unit.parentId() == null ? "" : unit.parentId().toString(), unit.version()));
		}
		if (!model.containsAttribute("statusForm")) {
			model.addAttribute("statusForm", new StatusForm(unit.version()));
		}
	}

	/** What the unit forms offer to choose from. */
	private void panelChoices(Model model, boolean inactive) {
		model.addAttribute("divisions", directory.divisions().stream()
			.filter(d -> d.level().equals("COUNTY") || d.level().equals("TOWNSHIP"))
			.collect(Collectors.groupingBy(Division::level, TreeMap::new, Collectors.toList())));
		model.addAttribute("types", UnitType.values());
		model.addAttribute("badges", BADGES);
		model.addAttribute("inactive", inactive);
	}

	/**
	 * A sort order that is not a number cannot be checked with the rest of the command (it would be saved as if
	 * blank), so it is reported on its own; the form's number input makes that rare.
	 */
	private static Integer readSortOrder(String text, List<Violation> reading) {
		List<Violation> problems = new ArrayList<>();
		Integer sortOrder = UnitInput.sortOrder(text, problems);
		if (!problems.isEmpty()) {
			reading.addAll(problems);
			throw new ValidationException(reading);
		}
		return sortOrder;
	}

	/** After a refused write: htmx swaps the panel; a plain form post gets the whole page. */
	private String view(Model model, HttpServletRequest request, boolean inactive) {
		if (Htmx.isHtmx(request)) {
			return PANEL;
		}
		tree(model, inactive);
		return PAGE;
	}

	private List<UnitNode> tree(Model model, boolean inactive) {
		List<UnitNode> tree = directory.tree(CurrentActor.get().scopeUnitId(), inactive);
		model.addAttribute("tree", tree);
		model.addAttribute("staffCounts", directory.activeStaffCounts());
		return tree;
	}

	private static String unitPath(long id, boolean inactive) {
		return "/admin/units?unit=" + id + (inactive ? "&inactive=true" : "");
	}
}
