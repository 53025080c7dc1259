package org.luoshi.legalservice.requests.internal;

/** Masks for the personal data {@code shared.web.Masks} has none for: ID numbers and addresses. */
final class RequestMasks {

	private RequestMasks() {
	}

	/** {@code 440703199001011234} → {@code 4407**********1234}; short values are masked whole. */
	static String idNumber(String id) {
		if (id == null || id.isBlank()) {
			return "";
		}
		if (id.length() < 10) {
			return "*".repeat(id.length());
		}
		return id.substring(0, 4) + "*".repeat(id.length() - 8) + id.substring(id.length() - 4);
	}

	/** The first six characters (the city and district, as a rule), the rest masked. */
	static String address(String address) {
		if (address == null || address.isBlank()) {
			return "";
		}
		return address.length() <= 6 ? "*".repeat(address.length()) : address.substring(0, 6) + "****";
	}
}
