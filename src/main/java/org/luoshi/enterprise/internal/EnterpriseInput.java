package org.luoshi.enterprise.internal;

import java.util.List;

/**
 * What a person (a form, the API, a row of an import) gives for an enterprise, as typed: the enumerations as their names
 * ({@code industry} a section letter or industry code, {@code scale} LARGE … MICRO, {@code tags} EnterpriseTag names),
 * so that a wrong one is reported with every other problem. Blank optional values mean "none".
 */
public record EnterpriseInput(String creditCode, String name, String legalRepresentative, String address, String divisionCode,
		String park, String industry, String scale, List<String> tags, String cppccMember, String note, List<ContactInput> contacts) {

	public EnterpriseInput {
		tags = tags == null ? List.of() : tags;
		contacts = contacts == null ? List.of() : contacts;
	}

	/** A contact as typed; a row left wholly blank is no contact. */
	public record ContactInput(String name, String role, String phone, String email) {

		boolean blank() {
			return isBlank(name) && isBlank(role) && isBlank(phone) && isBlank(email);
		}

		private static boolean isBlank(String text) {
			return text == null || text.isBlank();
		}
	}
}
