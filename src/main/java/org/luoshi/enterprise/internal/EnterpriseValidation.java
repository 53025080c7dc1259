package org.luoshi.enterprise.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.luoshi.enterprise.CreditCode;
import org.luoshi.enterprise.EnterpriseScale;
import org.luoshi.enterprise.EnterpriseTag;
import org.luoshi.enterprise.IndustrySection;
import org.luoshi.enterprise.internal.EnterpriseInput.ContactInput;
import org.luoshi.enterprise.internal.Towns.Town;
import org.luoshi.shared.ContactRules;
import org.luoshi.shared.Violation;

/**
 * The registry's field rules, one set for the forms, the API and every row of an import: each problem is a violation on
 * its field (contacts as {@code contacts[0].phone}), and reading goes on to find the next.
 */
final class EnterpriseValidation {

	static final int MAX_NAME = 200;
	static final int MAX_PERSON = 50;
	static final int MAX_ADDRESS = 300;
	static final int MAX_PARK = 100;
	static final int MAX_NOTE = 500;
	static final int MAX_CONTACTS = 10;

	private EnterpriseValidation() {
	}

	/** An input that passed every rule, its values cleaned; {@code warnings} are what the person should still check. */
	record Valid(CreditCode code, String name, String legalRepresentative, String address, Town town, String park,
			IndustrySection industry, EnterpriseScale scale, Set<EnterpriseTag> tags, String cppccMember, String note,
			List<Contact> contacts, List<Violation> warnings) {
	}

	/**
	 * Reads the input whole into {@code violations}; the town must be one the scope manages.
	 *
	 * @return the cleaned input, or {@code null} when any rule failed
	 */
	static Valid read(EnterpriseInput input, EnterpriseAccess.Scope scope, List<Violation> violations) {
		int before = violations.size();
		CreditCode.Reading code = CreditCode.read(input.creditCode(), "creditCode");
		violations.addAll(code.errors());
		String name = text(violations, "name", input.name(), MAX_NAME, true);
		String legalRepresentative = text(violations, "legalRepresentative", input.legalRepresentative(), MAX_PERSON, true);
		String address = text(violations, "address", input.address(), MAX_ADDRESS, true);
		Town town = town(violations, input.divisionCode(), scope);
		String park = text(violations, "park", input.park(), MAX_PARK, false);
		IndustrySection industry = industry(violations, "industry", input.industry());
		EnterpriseScale scale = choice(EnterpriseScale.class, violations, "scale", "enterprise.validation.scale", input.scale());
		Set<EnterpriseTag> tags = tags(violations, input.tags());
		String cppccMember = text(violations, "cppccMember", input.cppccMember(), MAX_PERSON, false);
		if (tags.contains(EnterpriseTag.CPPCC_MEMBER) && cppccMember == null) {
			violations.add(Violation.of("cppccMember", "enterprise.validation.cppcc-member.required"));
		}
		else if (!tags.contains(EnterpriseTag.CPPCC_MEMBER) && cppccMember != null) {
			violations.add(Violation.of("cppccMember", "enterprise.validation.cppcc-member.without-tag"));
		}
		String note = text(violations, "note", input.note(), MAX_NOTE, false);
		List<Contact> contacts = contacts(violations, input.contacts());
		if (violations.size() > before) {
			return null;
		}
		return new Valid(code.code().orElseThrow(), name, legalRepresentative, address, town, park, industry, scale, tags, cppccMember,
				note, contacts, code.warnings());
	}

	static String text(List<Violation> violations, String field, String value, int max, boolean required) {
		String text = value == null ? "" : value.strip();
		if (text.isEmpty()) {
			if (required) {
				violations.add(Violation.of(field, "validation.required"));
			}
			return null;
		}
		if (text.length() > max) {
			violations.add(Violation.of(field, "validation.too-long", max));
		}
		return text;
	}

	/** The town of the division code: one of the district's, and one the scope manages. */
	private static Town town(List<Violation> violations, String typed, EnterpriseAccess.Scope scope) {
		String code = typed == null ? "" : typed.strip();
		if (code.isEmpty()) {
			violations.add(Violation.of("divisionCode", "validation.required"));
			return null;
		}
		if (!code.matches("\\d{9}")) {
			violations.add(Violation.of("divisionCode", "enterprise.validation.division.format", code));
			return null;
		}
		Optional<Town> town = scope.towns().town(code);
		if (town.isEmpty()) {
			violations.add(Violation.of("divisionCode", "enterprise.validation.division.unknown", code,
					scope.towns().choices(scope.towns().towns())));
			return null;
		}
		if (!scope.manages(code)) {
			List<Town> managed = scope.managedTowns();
			violations.add(managed.isEmpty() ? Violation.of("divisionCode", "enterprise.validation.division.no-town", town.get().name())
					: Violation.of("divisionCode", "enterprise.validation.division.outside-scope", town.get().name(),
							scope.towns().choices(managed)));
			return null;
		}
		return town.get();
	}

	/** The section an industry code names (a letter, or a class code such as C3982); {@code null} when blank or wrong. */
	static IndustrySection industry(List<Violation> violations, String field, String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		return IndustrySection.ofCode(typed).orElseGet(() -> {
			violations.add(Violation.of(field, "enterprise.validation.industry", typed.strip()));
			return null;
		});
	}

	/** The constant named so (any case); {@code null} when blank, or wrong — then {@code key} with the choices. */
	static <E extends Enum<E>> E choice(Class<E> type, List<Violation> violations, String field, String key, String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		String wanted = typed.strip().toUpperCase(Locale.ROOT);
		return Arrays.stream(type.getEnumConstants()).filter(value -> value.name().equals(wanted)).findFirst().orElseGet(() -> {
			violations.add(Violation.of(field, key, typed.strip(),
					Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))));
			return null;
		});
	}

	private static Set<EnterpriseTag> tags(List<Violation> violations, List<String> typed) {
		Set<EnterpriseTag> tags = EnumSet.noneOf(EnterpriseTag.class);
		for (String tag : typed) {
			EnterpriseTag chosen = choice(EnterpriseTag.class, violations, "tags", "enterprise.validation.tag", tag);
			if (chosen != null) {
				tags.add(chosen);
			}
		}
		return tags;
	}

	private static List<Contact> contacts(List<Violation> violations, List<ContactInput> typed) {
		List<Contact> contacts = new ArrayList<>();
		int index = 0;
		for (ContactInput contact : typed) {
			String prefix = "contacts[" + index++ + "].";
			if (contact == null || contact.blank()) {
				continue;
			}
			String name = text(violations, prefix + "name", contact.name(), MAX_PERSON, true);
			String role = text(violations, prefix + "role", contact.role(), MAX_PERSON, false);
			String phone = contact.phone() == null || contact.phone().isBlank() ? null : contact.phone().strip();
			String email = contact.email() == null || contact.email().isBlank() ? null : contact.email().strip();
			ContactRules.phone(violations, prefix + "phone", phone);
			ContactRules.email(violations, prefix + "email", email);
			contacts.add(new Contact(name, role, phone, email));
		}
		if (contacts.size() > MAX_CONTACTS) {
			violations.add(Violation.of("contacts", "enterprise.validation.contacts.too-many", MAX_CONTACTS));
		}
		return contacts;
	}

}
