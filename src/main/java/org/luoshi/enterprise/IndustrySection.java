package org.luoshi.enterprise;

import java.util.Optional;

/**
 * The twenty sections (门类) of the national industry classification GB/T 4754-2017, each with the range of its
 * two-digit divisions (大类), so that an industry code of any depth ({@code C}, {@code 39}, {@code C3982}) tells its
 * section. Names are in the message bundles ({@code enterprise.industry.C} = 制造业).
 */
public enum IndustrySection {

	A(1, 5), B(6, 12), C(13, 43), D(44, 46), E(47, 50), F(51, 52), G(53, 60), H(61, 62), I(63, 65), J(66, 69), K(70, 70),
	L(71, 72), M(73, 75), N(76, 79), O(80, 82), P(83, 83), Q(84, 85), R(86, 90), S(91, 96), T(97, 97);

	private final int firstDivision;
	private final int lastDivision;

	IndustrySection(int firstDivision, int lastDivision) {
		this.firstDivision = firstDivision;
		this.lastDivision = lastDivision;
	}

	/** The section of a division (大类, 01–97); empty for a number that is none. */
	public static Optional<IndustrySection> ofDivision(int division) {
		for (IndustrySection section : values()) {
			if (division >= section.firstDivision && division <= section.lastDivision) {
				return Optional.of(section);
			}
		}
		return Optional.empty();
	}

	/**
	 * The section an industry code names: the letter alone ({@code C}), or a class code with or without it
	 * ({@code C3982}, {@code 3982}, {@code 39}); the letter must agree with the digits. Empty when it names none.
	 */
	public static Optional<IndustrySection> ofCode(String code) {
		if (code == null || !code.strip().matches("(?i)[A-T]|[A-T]?\\d{2,4}")) {
			return Optional.empty();
		}
		String text = code.strip().toUpperCase(java.util.Locale.ROOT);
		Optional<IndustrySection> byLetter = Character.isLetter(text.charAt(0)) ? Optional.of(valueOf(text.substring(0, 1))) : Optional.empty();
		String digits = byLetter.isPresent() ? text.substring(1) : text;
		if (digits.isEmpty()) {
			return byLetter;
		}
		Optional<IndustrySection> byDivision = ofDivision(Integer.parseInt(digits.substring(0, 2)));
		return byLetter.isPresent() && !byLetter.equals(byDivision) ? Optional.empty() : byDivision;
	}
}
