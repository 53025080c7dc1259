package org.luoshi.legalservice.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.luoshi.enterprise.CreditCode;
import org.luoshi.enterprise.DistrictTown;
import org.luoshi.enterprise.EnterpriseDirectory;
import org.luoshi.identity.AccountDirectory;
import org.luoshi.identity.AccountSummary;
import org.luoshi.legalservice.LegalDirectory;
import org.luoshi.legalservice.LegalServiceType;
import org.luoshi.legalservice.Practitioner;
import org.luoshi.legalservice.Provider;
import org.luoshi.legalservice.ProviderKind;
import org.luoshi.legalservice.ServicePoint;
import org.luoshi.legalservice.ServicePointStaffChanged;
import org.luoshi.shared.Actor;
import org.luoshi.shared.Changes;
import org.luoshi.shared.ConflictException;
import org.luoshi.shared.ContactRules;
import org.luoshi.shared.NotFoundException;
import org.luoshi.shared.Permissions;
import org.luoshi.shared.RecordChanged;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The justice bureau ({@code legal:manage}) keeps the service list, the points, the providers and their practitioners.
 * Every change is checked whole (all problems at once), optimistically locked by the record's version and audited with
 * the fields it changed; lists (a point's services and staff, a provider's services) are audited as the names they hold.
 * Nothing is deleted: a point, provider, practitioner or service is made inactive, so that past requests keep their names.
 */
@Service
@Transactional
public class LegalAdministration {

	static final Pattern CODE = Pattern.compile("^[A-Z][A-Z0-9_]{1,39}$");

	private final JdbcClient jdbc;
	private final LegalDirectory directory;
	private final EnterpriseDirectory enterprises;
	private final AccountDirectory accounts;
	private final ApplicationEventPublisher events;

	LegalAdministration(JdbcClient jdbc, LegalDirectory directory, EnterpriseDirectory enterprises, AccountDirectory accounts,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.enterprises = enterprises;
		this.accounts = accounts;
		this.events = events;
	}

	/** A service of the list as typed; {@code code} only when adding one. */
	public record ServiceInput(String code, String name, String nameEn, String description, Integer position, Boolean active, Integer version) {
	}

	/** A point as typed; {@code version} only when changing one. */
	public record PointInput(String name, String park, String divisionCode, String address, String openingHours, String phone, Boolean active,
			List<String> serviceCodes, List<Long> staffAccountIds, Integer version) {
	}

	public record ProviderInput(String kind, String name, String creditCode, String address, String phone, Boolean active,
			List<String> serviceCodes, Integer version) {
	}

	/** A practitioner as typed: the account by its username, blank for none. */
	public record PractitionerInput(Long providerId, String name, String licenceNo, String phone, List<String> specialties, String username,
			Boolean expert, Boolean active, Integer version) {
	}

	// ---- the service list

	public LegalServiceType addService(ServiceInput input, Actor actor) {
		require(actor);
		List<Violation> violations = new ArrayList<>();
		String code = input.code() == null ? "" : input.code().strip().toUpperCase(Locale.ROOT);
		if (!CODE.matcher(code).matches()) {
			violations.add(Violation.of("code", "legal.service.code.format"));
		}
		else if (directory.service(code).isPresent()) {
			violations.add(Violation.of("code", "legal.service.code.taken", code));
		}
		String name = text(input.name(), "name", 40, true, violations);
		String nameEn = Optional.ofNullable(text(input.nameEn(), "nameEn", 80, false, violations)).orElse(name);
		String description = text(input.description(), "description", 500, false, violations);
		ValidationException.throwIfAny(violations);
		int position = input.position() != null ? input.position()
				: jdbc.sql("SELECT COALESCE(max(position), 0) + 10 FROM legal_service").query(Integer.class).single();
		jdbc.sql("INSERT INTO legal_service (code, name, name_en, description, position) VALUES (?, ?, ?, ?, ?)")
			.params(code, name, nameEn, description, position).update();
		events.publishEvent(RecordChanged.of("legal.service.created", "legal-service", code, name, Changes.of()
			.created("name", name).created("nameEn", nameEn).created("description", description).created("sortOrder", position)));
		return directory.service(code).orElseThrow();
	}

	public LegalServiceType changeService(String code, ServiceInput input, Actor actor) {
		require(actor);
		LegalServiceType before = directory.service(code).orElseThrow(() -> new NotFoundException("legal-service", code));
		List<Violation> violations = new ArrayList<>();
		String name = text(input.name(), "name", 40, true, violations);
		String nameEn = text(input.nameEn(), "nameEn", 80, true, violations);
		String description = text(input.description(), "description", 500, false, violations);
		required(input.position(), "position", violations);
		required(input.active(), "active", violations);
		required(input.version(), "version", violations);
		ValidationException.throwIfAny(violations);
		int updated = jdbc.sql("""
				UPDATE legal_service SET name = ?, name_en = ?, description = ?, position = ?, active = ?, version = version + 1
				WHERE code = ? AND version = ?""")
			.params(name, nameEn, description, input.position(), input.active(), code, input.version()).update();
		if (updated != 1) {
			throw ConflictException.staleVersion();
		}
		LegalServiceType after = directory.service(code).orElseThrow();
		events.publishEvent(RecordChanged.of("legal.service.changed", "legal-service", code, after.name(), Changes.of()
			.field("name", before.name(), after.name()).field("nameEn", before.nameEn(), after.nameEn())
			.field("description", before.description(), after.description()).field("sortOrder", before.position(), after.position())
			.field("active", before.active(), after.active())));
		return after;
	}

	/** The version a service's row has now, for its form. */
	@Transactional(readOnly = true)
	public int serviceVersion(String code) {
		return jdbc.sql("SELECT version FROM legal_service WHERE code = ?").param(code).query(Integer.class).optional()
			.orElseThrow(() -> new NotFoundException("legal-service", code));
	}

	// ---- points

	public ServicePoint createPoint(PointInput input, Actor actor) {
		require(actor);
		Checked point = checkPoint(input, null, false);
		long id = jdbc.sql("""
				INSERT INTO legal_point (name, park, division_code, address, opening_hours, phone, active)
				VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(point.name, point.park, point.divisionCode, point.address, point.openingHours, point.phone,
					!Boolean.FALSE.equals(input.active()))
			.query(Long.class).single();
		replacePointLists(id, point);
		ServicePoint after = directory.point(id).orElseThrow();
		events.publishEvent(RecordChanged.of("legal.point.created", "legal-point", id, after.name(), pointChanges(null, after)));
		return after;
	}

	public ServicePoint changePoint(long id, PointInput input, Actor actor) {
		require(actor);
		ServicePoint before = directory.point(id).orElseThrow(() -> new NotFoundException("legal-point", id));
		Checked point = checkPoint(input, id, true);
		int updated = jdbc.sql("""
				UPDATE legal_point SET name = ?, park = ?, division_code = ?, address = ?, opening_hours = ?, phone = ?, active = ?,
				       version = version + 1
				WHERE id = ? AND version = ?""")
			.params(point.name, point.park, point.divisionCode, point.address, point.openingHours, point.phone, input.active(), id,
					input.version())
			.update();
		if (updated != 1) {
			throw ConflictException.staleVersion();
		}
		replacePointLists(id, point);
		ServicePoint after = directory.point(id).orElseThrow();
		events.publishEvent(RecordChanged.of("legal.point.changed", "legal-point", id, after.name(), pointChanges(before, after)));
		if (!before.staffAccountIds().equals(after.staffAccountIds())) {
			events.publishEvent(new ServicePointStaffChanged(id));
		}
		return after;
	}

	private record Checked(String name, String park, String divisionCode, String address, String openingHours, String phone,
			List<String> services, List<Long> staff) {
	}

	private Checked checkPoint(PointInput input, Long id, boolean changing) {
		List<Violation> violations = new ArrayList<>();
		String name = text(input.name(), "name", 60, true, violations);
		if (name != null && jdbc.sql("SELECT count(*) FROM legal_point WHERE name = ? AND id IS DISTINCT FROM ?").params(name, id)
			.query(Long.class).single() > 0) {
			violations.add(Violation.of("name", "legal.point.name.taken"));
		}
		String park = text(input.park(), "park", 60, true, violations);
		String divisionCode = input.divisionCode() == null || input.divisionCode().isBlank() ? null : input.divisionCode().strip();
		if (divisionCode != null && enterprises.towns().stream().map(DistrictTown::divisionCode).noneMatch(divisionCode::equals)) {
			violations.add(Violation.of("divisionCode", "legal.point.town.unknown"));
		}
		String address = text(input.address(), "address", 200, true, violations);
		String hours = text(input.openingHours(), "openingHours", 200, true, violations);
		String phone = text(input.phone(), "phone", 30, false, violations);
		ContactRules.phone(violations, "phone", phone);
		List<String> services = services(input.serviceCodes(), violations);
		if (services.isEmpty()) {
			violations.add(Violation.of("serviceCodes", "legal.point.services.required"));
		}
		List<Long> staff = new ArrayList<>(new LinkedHashSet<>(Objects.requireNonNullElse(input.staffAccountIds(), List.<Long>of())));
		for (Long accountId : staff) {
			Optional<AccountSummary> account = accountId == null ? Optional.empty() : accounts.findAccount(accountId);
			if (account.isEmpty() || !account.get().active() || !holds(account.get(), Permissions.LEGAL_HANDLE)) {
				violations.add(Violation.of("staffAccountIds", "legal.point.staff.unknown", accountId));
			}
		}
		if (changing) {
			required(input.active(), "active", violations);
			required(input.version(), "version", violations);
		}
		ValidationException.throwIfAny(violations);
		return new Checked(name, park, divisionCode, address, hours, phone, services, staff);
	}

	private void replacePointLists(long id, Checked point) {
		jdbc.sql("DELETE FROM legal_point_service WHERE point_id = ?").param(id).update();
		point.services.forEach(code -> jdbc.sql("INSERT INTO legal_point_service (point_id, service_code) VALUES (?, ?)").params(id, code).update());
		jdbc.sql("DELETE FROM legal_point_staff WHERE point_id = ?").param(id).update();
		point.staff.forEach(account -> jdbc.sql("INSERT INTO legal_point_staff (point_id, account_id) VALUES (?, ?)").params(id, account).update());
	}

	private Changes pointChanges(ServicePoint before, ServicePoint after) {
		return Changes.of()
			.field("name", before == null ? null : before.name(), after.name())
			.field("park", before == null ? null : before.park(), after.park())
			.field("divisionCode", before == null ? null : before.divisionCode(), after.divisionCode())
			.field("address", before == null ? null : before.address(), after.address())
			.field("openingHours", before == null ? null : before.openingHours(), after.openingHours())
			.field("phone", before == null ? null : before.phone(), after.phone())
			.field("active", before == null ? null : before.active(), after.active())
			.field("services", before == null ? null : serviceNames(before.serviceCodes()), serviceNames(after.serviceCodes()))
			.field("staff", before == null ? null : usernames(before.staffAccountIds()), usernames(after.staffAccountIds()));
	}

	// ---- providers

	public Provider createProvider(ProviderInput input, Actor actor) {
		require(actor);
		CheckedProvider provider = checkProvider(input, null, false);
		long id = jdbc.sql("INSERT INTO legal_provider (kind, name, credit_code, address, phone, active) VALUES (?, ?, ?, ?, ?, ?) RETURNING id")
			.params(provider.kind.name(), provider.name, provider.creditCode, provider.address, provider.phone,
					!Boolean.FALSE.equals(input.active()))
			.query(Long.class).single();
		replaceProviderServices(id, provider.services);
		Provider after = directory.provider(id).orElseThrow();
		events.publishEvent(RecordChanged.of("legal.provider.created", "legal-provider", id, after.name(), providerChanges(null, after)));
		return after;
	}

	public Provider changeProvider(long id, ProviderInput input, Actor actor) {
		require(actor);
		Provider before = directory.provider(id).orElseThrow(() -> new NotFoundException("legal-provider", id));
		CheckedProvider provider = checkProvider(input, id, true);
		int updated = jdbc.sql("""
				UPDATE legal_provider SET kind = ?, name = ?, credit_code = ?, address = ?, phone = ?, active = ?, version = version + 1
				WHERE id = ? AND version = ?""")
			.params(provider.kind.name(), provider.name, provider.creditCode, provider.address, provider.phone, input.active(), id,
					input.version())
			.update();
		if (updated != 1) {
			throw ConflictException.staleVersion();
		}
		replaceProviderServices(id, provider.services);
		Provider after = directory.provider(id).orElseThrow();
		events.publishEvent(RecordChanged.of("legal.provider.changed", "legal-provider", id, after.name(), providerChanges(before, after)));
		return after;
	}

	private record CheckedProvider(ProviderKind kind, String name, String creditCode, String address, String phone, List<String> services) {
	}

	private CheckedProvider checkProvider(ProviderInput input, Long id, boolean changing) {
		List<Violation> violations = new ArrayList<>();
		ProviderKind kind = null;
		try {
			kind = ProviderKind.valueOf(input.kind() == null ? "" : input.kind().strip());
		}
		catch (IllegalArgumentException e) {
			violations.add(Violation.of("kind", "legal.provider.kind.unknown"));
		}
		String name = text(input.name(), "name", 100, true, violations);
		CreditCode.Reading code = CreditCode.read(input.creditCode(), "creditCode");
		violations.addAll(code.errors());
		if (code.valid() && jdbc.sql("SELECT count(*) FROM legal_provider WHERE credit_code = ? AND id IS DISTINCT FROM ?")
			.params(code.normalized(), id).query(Long.class).single() > 0) {
			violations.add(Violation.of("creditCode", "legal.provider.credit-code.taken", code.normalized()));
		}
		String address = text(input.address(), "address", 200, false, violations);
		String phone = text(input.phone(), "phone", 30, false, violations);
		ContactRules.phone(violations, "phone", phone);
		List<String> services = services(input.serviceCodes(), violations);
		if (changing) {
			required(input.active(), "active", violations);
			required(input.version(), "version", violations);
		}
		ValidationException.throwIfAny(violations);
		return new CheckedProvider(kind, name, code.normalized(), address, phone, services);
	}

	private void replaceProviderServices(long id, List<String> services) {
		jdbc.sql("DELETE FROM legal_provider_service WHERE provider_id = ?").param(id).update();
		services.forEach(code -> jdbc.sql("INSERT INTO legal_provider_service (provider_id, service_code) VALUES (?, ?)").params(id, code).update());
	}

	private Changes providerChanges(Provider before, Provider after) {
		return Changes.of()
			.field("providerKind", before == null ? null : before.kind().name(), after.kind().name())
			.field("name", before == null ? null : before.name(), after.name())
			.field("creditCode", before == null ? null : before.creditCode(), after.creditCode())
			.field("address", before == null ? null : before.address(), after.address())
			.field("phone", before == null ? null : before.phone(), after.phone())
			.field("active", before == null ? null : before.active(), after.active())
			.field("services", before == null ? null : serviceNames(before.serviceCodes()), serviceNames(after.serviceCodes()));
	}

	// ---- practitioners

	public Practitioner createPractitioner(PractitionerInput input, Actor actor) {
		require(actor);
		CheckedPractitioner practitioner = checkPractitioner(input, null, false);
		long id = jdbc.sql("""
				INSERT INTO legal_practitioner (provider_id, name, licence_no, phone, specialties, account_id, expert, active)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(input.providerId(), practitioner.name, practitioner.licenceNo, practitioner.phone,
					practitioner.specialties.toArray(String[]::new), practitioner.accountId, Boolean.TRUE.equals(input.expert()),
					!Boolean.FALSE.equals(input.active()))
			.query(Long.class).single();
		Practitioner after = directory.practitioner(id).orElseThrow();
		events.publishEvent(RecordChanged.of("legal.practitioner.created", "legal-practitioner", id, after.name(),
				practitionerChanges(null, after)));
		return after;
	}

	public Practitioner changePractitioner(long id, PractitionerInput input, Actor actor) {
		require(actor);
		Practitioner before = directory.practitioner(id).orElseThrow(() -> new NotFoundException("legal-practitioner", id));
		CheckedPractitioner practitioner = checkPractitioner(new PractitionerInput(before.providerId(), input.name(), input.licenceNo(),
				input.phone(), input.specialties(), input.username(), input.expert(), input.active(), input.version()), id, true);
		int updated = jdbc.sql("""
				UPDATE legal_practitioner SET name = ?, licence_no = ?, phone = ?, specialties = ?, account_id = ?, expert = ?, active = ?,
				       version = version + 1
				WHERE id = ? AND version = ?""")
			.params(practitioner.name, practitioner.licenceNo, practitioner.phone, practitioner.specialties.toArray(String[]::new),
					practitioner.accountId, input.expert(), input.active(), id, input.version())
			.update();
		if (updated != 1) {
			throw ConflictException.staleVersion();
		}
		Practitioner after = directory.practitioner(id).orElseThrow();
		events.publishEvent(RecordChanged.of("legal.practitioner.changed", "legal-practitioner", id, after.name(),
				practitionerChanges(before, after)));
		return after;
	}

	private record CheckedPractitioner(String name, String licenceNo, String phone, List<String> specialties, Long accountId) {
	}

	private CheckedPractitioner checkPractitioner(PractitionerInput input, Long id, boolean changing) {
		List<Violation> violations = new ArrayList<>();
		if (input.providerId() == null || directory.provider(input.providerId()).isEmpty()) {
			violations.add(Violation.of("providerId", "legal.practitioner.provider.unknown"));
		}
		String name = text(input.name(), "name", 40, true, violations);
		String licence = text(input.licenceNo(), "licenceNo", 40, false, violations);
		String phone = text(input.phone(), "phone", 30, false, violations);
		ContactRules.phone(violations, "phone", phone);
		List<String> specialties = Objects.requireNonNullElse(input.specialties(), List.<String>of()).stream()
			.filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
		if (specialties.size() > 10 || specialties.stream().anyMatch(s -> s.length() > 20)) {
			violations.add(Violation.of("specialties", "legal.practitioner.specialties.limits", 10, 20));
		}
		Long accountId = null;
		if (input.username() != null && !input.username().isBlank()) {
			Optional<AccountSummary> account = accounts.findByUsername(input.username().strip());
			if (account.isEmpty() || account.get().enterpriseId() != null || !holds(account.get(), Permissions.LEGAL_PROVIDE)) {
				violations.add(Violation.of("username", "legal.practitioner.account.unknown", input.username().strip()));
			}
			else {
				accountId = account.get().id();
				Optional<Practitioner> linked = directory.practitionerOfAccount(accountId);
				if (linked.isPresent() && !Objects.equals(linked.get().id(), id)) {
					violations.add(Violation.of("username", "legal.practitioner.account.taken", linked.get().name()));
				}
			}
		}
		if (changing) {
			required(input.expert(), "expert", violations);
			required(input.active(), "active", violations);
			required(input.version(), "version", violations);
		}
		ValidationException.throwIfAny(violations);
		return new CheckedPractitioner(name, licence, phone, specialties, accountId);
	}

	private Changes practitionerChanges(Practitioner before, Practitioner after) {
		return Changes.of()
			.field("provider", before == null ? null : before.providerName(), after.providerName())
			.field("name", before == null ? null : before.name(), after.name())
			.field("licenceNo", before == null ? null : before.licenceNo(), after.licenceNo())
			.field("phone", before == null ? null : before.phone(), after.phone())
			.field("specialties", before == null ? null : String.join("、", before.specialties()), String.join("、", after.specialties()))
			.field("account", before == null ? null : username(before.accountId()), username(after.accountId()))
			.field("expert", before == null ? null : before.expert(), after.expert())
			.field("active", before == null ? null : before.active(), after.active());
	}

	// ---- shared checks

	private List<String> services(List<String> typed, List<Violation> violations) {
		Set<String> known = directory.services(false).stream().map(LegalServiceType::code).collect(Collectors.toSet());
		List<String> codes = Objects.requireNonNullElse(typed, List.<String>of()).stream().filter(Objects::nonNull).map(String::strip)
			.distinct().toList();
		codes.stream().filter(code -> !known.contains(code)).forEach(code -> violations.add(Violation.of("serviceCodes", "legal.service.unknown", code)));
		return codes.stream().filter(known::contains).toList();
	}

	private String serviceNames(List<String> codes) {
		return codes.stream().map(code -> directory.service(code).map(LegalServiceType::name).orElse(code)).collect(Collectors.joining("、"));
	}

	private String usernames(List<Long> accountIds) {
		return accountIds.stream().map(this::username).collect(Collectors.joining("、"));
	}

	private String username(Long accountId) {
		return accountId == null ? null : accounts.findAccount(accountId).map(AccountSummary::username).orElse("#" + accountId);
	}

	private static boolean holds(AccountSummary account, String permission) {
		return account.roles().stream().anyMatch(role -> role.permissions().contains(permission));
	}

	private static String text(String typed, String field, int max, boolean required, List<Violation> violations) {
		String text = typed == null ? "" : typed.strip();
		if (text.isEmpty()) {
			if (required) {
				violations.add(Violation.of(field, "validation.required"));
			}
			return null;
		}
		if (text.length() > max) {
			violations.add(Violation.of(field, "legal.text.too-long", max));
		}
		return text;
	}

	private static void required(Object value, String field, List<Violation> violations) {
		if (value == null) {
			violations.add(Violation.of(field, "validation.required"));
		}
	}

	private static void require(Actor actor) {
		if (!actor.can(Permissions.LEGAL_MANAGE)) {
			throw new AccessDeniedException(Permissions.LEGAL_MANAGE);
		}
	}
}
