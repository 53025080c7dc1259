package org.luoshi.organization.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

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
import org.luoshi.shared.CurrentActor;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;
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
@RequestMapping("/api/v1/units")
@Tag(name = "Units", description = "The district's units as a tree. Reads are limited to the caller's data scope (a unit outside it "
		+ "answers 404); writes need the organization:manage permission (403 otherwise).")
@PreAuthorize("hasAuthority('organization:read')")
class UnitApiController {

	private final OrganizationDirectory directory;
	private final OrganizationAdministration administration;
	private final ScopedUnits scoped;

	UnitApiController(OrganizationDirectory directory, OrganizationAdministration administration, ScopedUnits scoped) {
		this.directory = directory;
		this.administration = administration;
		this.scoped = scoped;
	}

	record UnitJson(long id, Long parentId, String name, String shortName, UnitType type, String divisionCode, int sortOrder,
			boolean active, int version) {

		static UnitJson of(UnitSummary unit) {
			return new UnitJson(unit.id(), unit.parentId(), unit.name(), unit.shortName(), unit.type(), unit.divisionCode(),
					unit.sortOrder(), unit.active(), unit.version());
		}
	}

	record UnitTreeJson(long id, Long parentId, String name, String shortName, UnitType type, String divisionCode, int sortOrder,
			boolean active, int version, List<UnitTreeJson> children) {

		static UnitTreeJson of(UnitNode node) {
			UnitSummary unit = node.unit();
			return new UnitTreeJson(unit.id(), unit.parentId(), unit.name(), unit.shortName(), unit.type(), unit.divisionCode(),
					unit.sortOrder(), unit.active(), unit.version(), node.children().stream().map(UnitTreeJson::of).toList());
		}
	}

	/** {@code type} is text so that an unknown type is reported with the other fields rather than as an unreadable body. */
	record UnitRequest(Long parentId, String name, String shortName, String type, String divisionCode, Integer sortOrder,
			Integer version) {
	}

	record MoveRequest(Long parentId, Integer version) {
	}

	record UnitVersionRequest(Integer version) {
	}

	@GetMapping
	@Operation(summary = "The unit tree", description = "The caller's data scope as a tree: the district for whole-district accounts, "
			+ "their scope unit otherwise. Siblings come in sort order, then by name.")
	List<UnitTreeJson> tree(@Parameter(description = "also list deactivated units") @RequestParam(defaultValue = "false") boolean includeInactive) {
		return directory.tree(CurrentActor.get().scopeUnitId(), includeInactive).stream().map(UnitTreeJson::of).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "One unit")
	UnitJson unit(@PathVariable long id) {
		return UnitJson.of(scoped.unit(id, CurrentActor.get()));
	}

	@PostMapping
	@PreAuthorize("hasAuthority('organization:manage')")
	@Operation(summary = "Create a unit", description = "Under `parentId`. Places (DISTRICT, TOWN, SUBDISTRICT) need a division code of "
			+ "their level from the registry; other types carry none. Answers 201 with the unit.")
	ResponseEntity<UnitJson> create(@RequestBody UnitRequest request) {
		UnitSummary created = write(request.type(), type -> administration.createUnit(new CreateUnit(request.parentId(), request.name(),
				request.shortName(), type, request.divisionCode(), request.sortOrder())));
		return ResponseEntity.created(URI.create("/api/v1/units/" + created.id())).body(UnitJson.of(created));
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasAuthority('organization:manage')")
	@Operation(summary = "Edit a unit", description = "Send the `version` you read; if someone saved in between the answer is 409 and "
			+ "nothing changes. `parentId` is ignored here: use move.")
	UnitJson update(@PathVariable long id, @RequestBody UnitRequest request) {
		scoped.unit(id, CurrentActor.get());
		int version = requireVersion(request.version());
		return UnitJson.of(write(request.type(), type -> administration.updateUnit(new UpdateUnit(id, version, request.name(),
				request.shortName(), type, request.divisionCode(), request.sortOrder()))));
	}

	@PostMapping("/{id}/move")
	@PreAuthorize("hasAuthority('organization:manage')")
	@Operation(summary = "Move a unit with its sub-units under another parent", description = "Refused under the unit itself or one "
			+ "of its sub-units.")
	UnitJson move(@PathVariable long id, @RequestBody MoveRequest request) {
		scoped.unit(id, CurrentActor.get());
		List<Violation> missing = new ArrayList<>();
		if (request.parentId() == null) {
			missing.add(Violation.of("parentId", "validation.required"));
		}
		if (request.version() == null) {
			missing.add(Violation.of("version", "validation.required"));
		}
		ValidationException.throwIfAny(missing);
		return UnitJson.of(administration.moveUnit(new MoveUnit(id, request.version(), request.parentId())));
	}

	@PostMapping("/{id}/{action:deactivate|activate}")
	@PreAuthorize("hasAuthority('organization:manage')")
	@Operation(summary = "Deactivate or activate a unit", description = "Deactivating is refused while the unit has active sub-units; "
			+ "activating while its parent is deactivated.")
	UnitJson setActive(@PathVariable long id, @PathVariable String action, @RequestBody UnitVersionRequest request) {
		scoped.unit(id, CurrentActor.get());
		return UnitJson.of(administration.setUnitActive(new SetUnitActive(id, requireVersion(request.version()), action.equals("activate"))));
	}

	/** Reads the type and runs the write; an unknown type is reported together with the write's own problems. */
	private static UnitSummary write(String typeText, java.util.function.Function<UnitType, UnitSummary> write) {
		List<Violation> reading = new ArrayList<>();
		UnitType type = UnitInput.type(typeText, reading);
		try {
			return write.apply(type);
		}
		catch (ValidationException e) {
			throw UnitInput.combined(reading, e);
		}
	}

	static int requireVersion(Integer version) {
		if (version == null) {
			throw new ValidationException(Violation.of("version", "validation.required"));
		}
		return version;
	}
}
