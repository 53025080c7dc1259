package org.luoshi.legalservice.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.luoshi.enterprise.DistrictTown;
import org.luoshi.enterprise.EnterpriseDirectory;
import org.luoshi.legalservice.LegalDirectory;
import org.luoshi.legalservice.LegalServiceType;
import org.luoshi.legalservice.Practitioner;
import org.luoshi.legalservice.Provider;
import org.luoshi.legalservice.ServicePoint;
import org.luoshi.legalservice.internal.LegalAdministration;
import org.luoshi.legalservice.internal.LegalAdministration.PointInput;
import org.luoshi.legalservice.internal.LegalAdministration.PractitionerInput;
import org.luoshi.legalservice.internal.LegalAdministration.ProviderInput;
import org.luoshi.legalservice.internal.LegalAdministration.ServiceInput;
import org.luoshi.shared.Actor;
import org.luoshi.shared.CurrentActor;
import org.luoshi.shared.NotFoundException;
import org.luoshi.shared.Permissions;
import org.luoshi.shared.web.Masks;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The legal services' reference data: the service list, the points, the providers and their practitioners. */
@RestController
@RequestMapping("/api/v1/legal")
@Tag(name = "Legal services: points and providers", description = """
		The service list, the parks' service points and the providers with their practitioners. The list and the points are \
		read by every signed-in caller (enterprises' accounts too: where to go, what is offered, when it is open); a point's staff \
		list only by the justice bureau (legal:manage) and the points' staff (legal:handle). Providers and practitioners are read \
		by the bureau, the points' staff and practitioners (legal:provide), practitioners' phones masked but for the bureau. \
		Every change is the bureau's, checked whole (400 with every problem), locked by `version` (409 when stale) and audited.""")
class LegalDirectoryApiController {

	private final LegalDirectory directory;
	private final LegalAdministration administration;
	private final EnterpriseDirectory enterprises;

	LegalDirectoryApiController(LegalDirectory directory, LegalAdministration administration, EnterpriseDirectory enterprises) {
		this.directory = directory;
		this.administration = administration;
		this.enterprises = enterprises;
	}

	record ServiceJson(String code, String name, String nameEn, String description, int position, boolean active) {

		static ServiceJson of(LegalServiceType service) {
			return new ServiceJson(service.code(), service.name(), service.nameEn(), service.description(), service.position(), service.active());
		}
	}

	/** A point; {@code staffAccountIds} null for callers who do not keep or work the points. */
	record PointJson(long id, String name, String park, String divisionCode, String townName, String address, String openingHours, String phone,
			boolean active, List<String> serviceCodes, List<Long> staffAccountIds, int version) {
	}

	record PractitionerJson(long id, long providerId, String name, String licenceNo, String phone, List<String> specialties, Long accountId,
			boolean expert, boolean active, int version) {

		static PractitionerJson of(Practitioner practitioner, boolean unmasked) {
			return new PractitionerJson(practitioner.id(), practitioner.providerId(), practitioner.name(), practitioner.licenceNo(),
					unmasked ? practitioner.phone() : Masks.phone(practitioner.phone()), practitioner.specialties(), practitioner.accountId(),
					practitioner.expert(), practitioner.active(), practitioner.version());
		}
	}

	record ProviderJson(long id, String kind, String name, String creditCode, String address, String phone, boolean active,
			List<String> serviceCodes, List<PractitionerJson> practitioners, int version) {
	}

	@GetMapping("/services")
	@Operation(summary = "The service list", description = "In order, those no longer offered too (`active` false).")
	List<ServiceJson> services() {
		return directory.services(false).stream().map(ServiceJson::of).toList();
	}

	@PostMapping("/services")
	@PreAuthorize("hasAuthority('legal:manage')")
	@Operation(summary = "Add a service (the bureau)", description = "`code` 2–40 capitals, digits or `_`, starting with a letter, "
			+ "unique; `name` (≤ 40), `nameEn` (≤ 80, default the name), `description` (≤ 500). Added at the end of the list. 201.")
	ResponseEntity<ServiceJson> addService(@RequestBody ServiceInput request) {
		LegalServiceType added = administration.addService(request, CurrentActor.get());
		return ResponseEntity.created(URI.create("/api/v1/legal/services/" + added.code())).body(ServiceJson.of(added));
	}

	@PutMapping("/services/{code}")
	@PreAuthorize("hasAuthority('legal:manage')")
	@Operation(summary = "Change a service (the bureau)", description = "All of `name`, `nameEn`, `description`, `position`, `active` "
			+ "and the `version` read (see GET /services/{code}/version). The code does not change.")
	ServiceJson changeService(@PathVariable String code, @RequestBody ServiceInput request) {
		return ServiceJson.of(administration.changeService(code, request, CurrentActor.get()));
	}

	@GetMapping("/services/{code}/version")
	@PreAuthorize("hasAuthority('legal:manage')")
	@Operation(summary = "A service's version, for a change")
	Map<String, Integer> serviceVersion(@PathVariable String code) {
		return Map.of("version", administration.serviceVersion(code));
	}

	@GetMapping("/points")
	@Operation(summary = "The service points", description = "By name, closed ones too (`active` false), each with its services in "
			+ "the list's order.")
	List<PointJson> points() {
		Actor actor = CurrentActor.get();
		Map<String, String> towns = towns();
		return directory.points(false).stream().map(point -> json(point, actor, towns)).toList();
	}

	@GetMapping("/points/{id}")
	@Operation(summary = "One service point")
	PointJson point(@PathVariable long id) {
		return json(directory.point(id).orElseThrow(() -> new NotFoundException("legal-point", id)), CurrentActor.get(), towns());
	}

	@PostMapping("/points")
	@PreAuthorize("hasAuthority('legal:manage')")
	@Operation(summary = "Open a service point (the bureau)", description = "`name` (unique), `park`, `address`, `openingHours` "
			+ "required; `divisionCode` a town or subdistrict of the district or none; `phone`; `serviceCodes` at least one of the "
			+ "list; `staffAccountIds` accounts that may work a counter (legal:handle). 201.")
	ResponseEntity<PointJson> createPoint(@RequestBody PointInput request) {
		ServicePoint point = administration.createPoint(request, CurrentActor.get());
		return ResponseEntity.created(URI.create("/api/v1/legal/points/" + point.id())).body(json(point, CurrentActor.get(), towns()));
	}

	@PutMapping("/points/{id}")
	@PreAuthorize("hasAuthority('legal:manage')")
	@Operation(summary = "Change a service point (the bureau)", description = "The whole point as for creating it, with `active` "
			+ "(false closes it to new requests) and the `version` read.")
	PointJson changePoint(@PathVariable long id, @RequestBody PointInput request) {
		return json(administration.changePoint(id, request, CurrentActor.get()), CurrentActor.get(), towns());
	}

	@GetMapping("/providers")
	@PreAuthorize("hasAnyAuthority('legal:manage', 'legal:handle', 'legal:provide')")
	@Operation(summary = "The providers with their practitioners", description = "By kind and name.")
	List<ProviderJson> providers() {
		boolean unmasked = CurrentActor.get().can(Permissions.LEGAL_MANAGE);
		List<Practitioner> practitioners = directory.practitioners(null);
		return directory.providers().stream().map(provider -> json(provider, practitioners, unmasked)).toList();
	}

	@GetMapping("/providers/{id}")
	@PreAuthorize("hasAnyAuthority('legal:manage', 'legal:handle', 'legal:provide')")
	@Operation(summary = "One provider with its practitioners")
	ProviderJson provider(@PathVariable long id) {
		Provider provider = directory.provider(id).orElseThrow(() -> new NotFoundException("legal-provider", id));
		return json(provider, directory.practitioners(id), CurrentActor.get().can(Permissions.LEGAL_MANAGE));
	}

	@PostMapping("/providers")
	@PreAuthorize("hasAuthority('legal:manage')")
	@Operation(summary = "Register a provider (the bureau)", description = "`kind` a ProviderKind, `name`, `creditCode` (GB 32100: a "
			+ "wrong check character is refused naming the right one; unique), `address`, `phone`, `serviceCodes`. 201.")
	ResponseEntity<ProviderJson> createProvider(@RequestBody ProviderInput request) {
		Provider provider = administration.createProvider(request, CurrentActor.get());
		return ResponseEntity.created(URI.create("/api/v1/legal/providers/" + provider.id()))
			.body(json(provider, List.of(), true));
	}

	@PutMapping("/providers/{id}")
	@PreAuthorize("hasAuthority('legal:manage')")
	@Operation(summary = "Change a provider (the bureau)", description = "The whole provider with `active` and the `version` read.")
	ProviderJson changeProvider(@PathVariable long id, @RequestBody ProviderInput request) {
		Provider provider = administration.changeProvider(id, request, CurrentActor.get());
		return json(provider, directory.practitioners(id), true);
	}

	@PostMapping("/providers/{id}/practitioners")
	@PreAuthorize("hasAuthority('legal:manage')")
	@Operation(summary = "Add a practitioner to a provider (the bureau)", description = "`name`, `licenceNo`, `phone`, `specialties` "
			+ "(≤ 10 of ≤ 20 characters), `username` of a staff account holding legal:provide and linked to no other practitioner, "
			+ "`expert` (a member of the expert group). 201.")
	ResponseEntity<PractitionerJson> addPractitioner(@PathVariable long id, @RequestBody PractitionerInput request) {
		Practitioner practitioner = administration.createPractitioner(new PractitionerInput(id, request.name(), request.licenceNo(),
				request.phone(), request.specialties(), request.username(), request.expert(), request.active(), null), CurrentActor.get());
		return ResponseEntity.created(URI.create("/api/v1/legal/practitioners/" + practitioner.id())).body(PractitionerJson.of(practitioner, true));
	}

	@PutMapping("/practitioners/{id}")
	@PreAuthorize("hasAuthority('legal:manage')")
	@Operation(summary = "Change a practitioner (the bureau)", description = "All fields with `expert`, `active` and the `version` "
			+ "read; the provider does not change.")
	PractitionerJson changePractitioner(@PathVariable long id, @RequestBody PractitionerInput request) {
		return PractitionerJson.of(administration.changePractitioner(id, request, CurrentActor.get()), true);
	}

	private PointJson json(ServicePoint point, Actor actor, Map<String, String> towns) {
		boolean staffVisible = actor.can(Permissions.LEGAL_MANAGE) || actor.can(Permissions.LEGAL_HANDLE);
		return new PointJson(point.id(), point.name(), point.park(), point.divisionCode(),
				point.divisionCode() == null ? null : towns.get(point.divisionCode()), point.address(), point.openingHours(), point.phone(),
				point.active(), point.serviceCodes(), staffVisible ? point.staffAccountIds() : null, point.version());
	}

	private static ProviderJson json(Provider provider, List<Practitioner> practitioners, boolean unmasked) {
		return new ProviderJson(provider.id(), provider.kind().name(), provider.name(), provider.creditCode(), provider.address(),
				provider.phone(), provider.active(), provider.serviceCodes(), practitioners.stream()
					.filter(practitioner -> practitioner.providerId() == provider.id())
					.map(practitioner -> PractitionerJson.of(practitioner, unmasked)).toList(),
				provider.version());
	}

	private Map<String, String> towns() {
		return enterprises.towns().stream().collect(Collectors.toMap(DistrictTown::divisionCode, DistrictTown::name));
	}
}
