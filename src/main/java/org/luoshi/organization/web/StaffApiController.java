package org.luoshi.organization.web;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.luoshi.organization.OrganizationAdministration;
import org.luoshi.organization.OrganizationDirectory;
import org.luoshi.organization.StaffQuery;
import org.luoshi.organization.StaffSummary;
import org.luoshi.organization.UnitCommands.CreateStaff;
import org.luoshi.organization.UnitCommands.SetStaffActive;
import org.luoshi.organization.UnitCommands.UpdateStaff;
import org.luoshi.shared.Actor;
import org.luoshi.shared.CurrentActor;
import org.luoshi.shared.Page;
import org.luoshi.shared.PageQuery;
import org.luoshi.shared.Permissions;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/staff")
@Tag(name = "Staff", description = "Members of staff of the caller's data scope. Phone numbers are masked (138****5678) unless the "
		+ "caller has the organization:manage permission.")
@PreAuthorize("hasAuthority('organization:read')")
class StaffApiController {

	private final OrganizationDirectory directory;
	private final OrganizationAdministration administration;
	private final ScopedUnits scoped;

	StaffApiController(OrganizationDirectory directory, OrganizationAdministration administration, ScopedUnits scoped) {
		this.directory = directory;
		this.administration = administration;
		this.scoped = scoped;
	}

	record StaffJson(long id, long unitId, String unitName, String name, String position, String phone, String email, boolean active,
			int version) {

		/** Personal data is masked for anyone who does not manage the organization. */
		static StaffJson of(StaffSummary staff, Actor actor) {
			String phone = staff.phone() == null || actor.can(Permissions.ORGANIZATION_MANAGE) ? staff.phone() : staff.maskedPhone();
			return new StaffJson(staff.id(), staff.unitId(), staff.unitName(), staff.name(), staff.position(), phone, staff.email(),
					staff.active(), staff.version());
		}
	}

	record StaffRequest(Long unitId, String name, String position, String phone, String email, Integer version) {
	}

	record StaffVersionRequest(Integer version) {
	}

	@GetMapping
	@Operation(summary = "A page of staff", description = "Paging and sorting follow the platform's convention: `page` from 0, `size` "
			+ "1–200 (default 20), `sort=name|unit|position` with an optional `,asc` or `,desc`. Answers "
			+ "`{\"items\", \"page\", \"size\", \"total\"}`.")
	Page<StaffJson> list(@Parameter(description = "only staff of this unit and its sub-units") @RequestParam(required = false) Long unitId,
			@Parameter(description = "a fragment of the name, position or unit name") @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "false") boolean includeInactive, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @RequestParam(required = false) String sort) {
		Actor actor = CurrentActor.get();
		PageQuery paging = PageQuery.of(page, size, sort, "name", StaffQuery.SORTABLE);
		if (unitId != null) {
			scoped.unit(unitId, actor);
		}
		return directory.staff(new StaffQuery(unitId, q, includeInactive), paging, actor).map(staff -> StaffJson.of(staff, actor));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One member of staff")
	StaffJson staff(@PathVariable long id) {
		Actor actor = CurrentActor.get();
		return StaffJson.of(scoped.staff(id, actor), actor);
	}

	@PostMapping
	@PreAuthorize("hasAuthority('organization:manage')")
	@Operation(summary = "Add a member of staff", description = "To an active unit in the caller's scope. Answers 201.")
	ResponseEntity<StaffJson> create(@RequestBody StaffRequest request) {
		StaffSummary created = administration.createStaff(new CreateStaff(request.unitId(), request.name(), request.position(),
				request.phone(), request.email()));
		return ResponseEntity.created(URI.create("/api/v1/staff/" + created.id())).body(StaffJson.of(created, CurrentActor.get()));
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasAuthority('organization:manage')")
	@Operation(summary = "Edit a member of staff", description = "Send the `version` you read; 409 if someone saved in between.")
	StaffJson update(@PathVariable long id, @RequestBody StaffRequest request) {
		scoped.staff(id, CurrentActor.get());
		return StaffJson.of(administration.updateStaff(new UpdateStaff(id, UnitApiController.requireVersion(request.version()),
				request.unitId(), request.name(), request.position(), request.phone(), request.email())), CurrentActor.get());
	}

	@PostMapping("/{id}/{action:deactivate|activate}")
	@PreAuthorize("hasAuthority('organization:manage')")
	@Operation(summary = "Deactivate or activate a member of staff", description = "Activating is refused while their unit is deactivated.")
	StaffJson setActive(@PathVariable long id, @PathVariable String action, @RequestBody StaffVersionRequest request) {
		scoped.staff(id, CurrentActor.get());
		return StaffJson.of(administration.setStaffActive(new SetStaffActive(id, UnitApiController.requireVersion(request.version()),
				action.equals("activate"))), CurrentActor.get());
	}
}
