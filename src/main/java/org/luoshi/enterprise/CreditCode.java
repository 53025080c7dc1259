package org.luoshi.enterprise;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015): eighteen characters of the code's character set
 * ({@value #CHARACTERS}: digits and capitals without I, O, Z, S and V), made of
 * <ol>
 * <li>the registration authority (登记管理部门代码, 9 for market regulation),</li>
 * <li>the kind of organization within it (机构类别代码, 91 an enterprise),</li>
 * <li>the six-digit division code of the registering authority (3rd to 8th),</li>
 * <li>the nine-character subject code (主体标识码, 9th to 17th; the former organization code of GB 11714, whose last
 * character is its own check character),</li>
 * <li>the check character (18th).</li>
 * </ol>
 *
 * <p>The check character: each of the first seventeen characters has the value of its place in {@link #CHARACTERS}
 * (0–30); it is weighted with 3<sup>i−1</sup> mod 31 for position i (1, 3, 9, 27, 19, 26, 16, …); the check character
 * is the one of value 31 − (sum mod 31), where 31 stands for 0. A wrong check character is a typing mistake and is
 * refused, naming the character the first seventeen call for.
 *
 * <p>The subject code's own check (GB 11714: weights 3, 7, 9, 10, 5, 8, 4, 2 on its first eight characters, valued
 * 0–9 and A=10 … Z=35; check 11 − (sum mod 11), 10 written X and 11 written 0) only warns: registers hold codes whose
 * subject code predates or bypasses that rule, and refusing a real enterprise would do more harm than a warning.
 */
public final class CreditCode {

	/** The code's character set; a character's value is its index. */
	public static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
	public static final int LENGTH = 18;

	private static final int MODULUS = CHARACTERS.length();
	private static final int[] WEIGHTS = new int[LENGTH - 1];
	private static final int[] SUBJECT_WEIGHTS = { 3, 7, 9, 10, 5, 8, 4, 2 };
	private static final String SUBJECT_VALUES = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

	static {
		int weight = 1;
		for (int i = 0; i < WEIGHTS.length; i++) {
			WEIGHTS[i] = weight;
			weight = weight * 3 % MODULUS;
		}
	}

	private final String value;

	private CreditCode(String value) {
		this.value = value;
	}

	/**
	 * What a typed code is: the code as read (full-width characters made narrow, letters capital, spaces dropped), the
	 * reasons it is refused and the warnings it carries.
	 *
	 * @param code the valid code, empty when there are errors
	 */
	public record Reading(String normalized, Optional<CreditCode> code, List<Violation> errors, List<Violation> warnings) {

		public boolean valid() {
			return errors.isEmpty();
		}

		/** The code, or a {@link ValidationException} with every error. */
		public CreditCode orThrow() {
			ValidationException.throwIfAny(errors);
			return code.orElseThrow();
		}
	}

	/** Reads the typed code; the violations name {@code field}. */
	public static Reading read(String typed, String field) {
		String text = normalize(typed);
		List<Violation> errors = new ArrayList<>();
		if (text.isEmpty()) {
			errors.add(Violation.of(field, "validation.required"));
			return new Reading(text, Optional.empty(), errors, List.of());
		}
		if (text.length() != LENGTH) {
			errors.add(Violation.of(field, "enterprise.credit-code.length", text.length()));
			return new Reading(text, Optional.empty(), errors, List.of());
		}
		for (int i = 0; i < LENGTH; i++) {
			char c = text.charAt(i);
			if (CHARACTERS.indexOf(c) < 0) {
				errors.add(Violation.of(field, "enterprise.credit-code.character", String.valueOf(c), i + 1));
			}
		}
		if (!errors.isEmpty()) {
			return new Reading(text, Optional.empty(), errors, List.of());
		}
		if (!text.substring(2, 8).chars().allMatch(Character::isDigit)) {
			errors.add(Violation.of(field, "enterprise.credit-code.division", text.substring(2, 8)));
			return new Reading(text, Optional.empty(), errors, List.of());
		}
		char expected = checkCharacter(text.substring(0, LENGTH - 1));
		if (text.charAt(LENGTH - 1) != expected) {
			errors.add(Violation.of(field, "enterprise.credit-code.check", String.valueOf(expected), String.valueOf(text.charAt(LENGTH - 1))));
			return new Reading(text, Optional.empty(), errors, List.of());
		}
		CreditCode code = new CreditCode(text);
		List<Violation> warnings = code.subjectCodeChecks() ? List.of()
				: List.of(Violation.of(field, "enterprise.credit-code.subject-check", code.subjectCode(),
						String.valueOf(subjectCheckCharacter(code.subjectCode().substring(0, 8)))));
		return new Reading(text, Optional.of(code), errors, warnings);
	}

	/** The valid code, or a {@link ValidationException} on {@code creditCode}. */
	public static CreditCode parse(String typed) {
		return read(typed, "creditCode").orThrow();
	}

	/**
	 * The check character the first seventeen characters call for.
	 *
	 * @throws IllegalArgumentException when they are not seventeen characters of the set
	 */
	public static char checkCharacter(String firstSeventeen) {
		if (firstSeventeen == null || firstSeventeen.length() != LENGTH - 1) {
			throw new IllegalArgumentException("seventeen characters needed: " + firstSeventeen);
		}
		int sum = 0;
		for (int i = 0; i < LENGTH - 1; i++) {
			int value = CHARACTERS.indexOf(firstSeventeen.charAt(i));
			if (value < 0) {
				throw new IllegalArgumentException("not a character of the code: " + firstSeventeen.charAt(i));
			}
			sum += value * WEIGHTS[i];
		}
		return CHARACTERS.charAt((MODULUS - sum % MODULUS) % MODULUS);
	}

	/** The whole code for its first seventeen characters: they with their check character. */
	public static CreditCode of(String firstSeventeen) {
		return new CreditCode(firstSeventeen + checkCharacter(firstSeventeen));
	}

	/**
	 * GB 11714's check character for the first eight characters of a subject code: {@code 0}–{@code 9} or {@code X}.
	 *
	 * @throws IllegalArgumentException when they are not eight digits or capitals
	 */
	public static char subjectCheckCharacter(String firstEight) {
		if (firstEight == null || firstEight.length() != SUBJECT_WEIGHTS.length) {
			throw new IllegalArgumentException("eight characters needed: " + firstEight);
		}
		int sum = 0;
		for (int i = 0; i < SUBJECT_WEIGHTS.length; i++) {
			int value = SUBJECT_VALUES.indexOf(firstEight.charAt(i));
			if (value < 0) {
				throw new IllegalArgumentException("not a character of a subject code: " + firstEight.charAt(i));
			}
			sum += value * SUBJECT_WEIGHTS[i];
		}
		int check = 11 - sum % 11;
		return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
	}

	/** As typed on a form or in a file: narrowed (NFKC), capitals, without spaces; empty for nothing. */
	public static String normalize(String typed) {
		if (typed == null) {
			return "";
		}
		String narrow = Normalizer.normalize(typed, Normalizer.Form.NFKC).toUpperCase(java.util.Locale.ROOT);
		StringBuilder text = new StringBuilder(narrow.length());
		narrow.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).forEach(text::appendCodePoint);
		return text.toString();
	}

	public String value() {
		return value;
	}

	/** 登记管理部门代码: 1 机构编制, 5 民政, 9 市场监管 (formerly 工商) … */
	public char registrationAuthority() {
		return value.charAt(0);
	}

	/** 机构类别代码, read with the authority: 91 an enterprise, 92 an individual business, 93 a farmers' co-operative. */
	public char organizationType() {
		return value.charAt(1);
	}

	/** The registering authority's division code (GB/T 2260), e.g. 440703 for 蓬江区. */
	public String registrationDivision() {
		return value.substring(2, 8);
	}

	/** 主体标识码: the nine characters that name the organization (its former organization code). */
	public String subjectCode() {
		return value.substring(8, 17);
	}

	/** Whether the subject code's last character is the one GB 11714 calls for. */
	public boolean subjectCodeChecks() {
		String subject = subjectCode();
		return subject.charAt(8) == subjectCheckCharacter(subject.substring(0, 8));
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CreditCode code && code.value.equals(value);
	}

	@Override
	public int hashCode() {
		return value.hashCode();
	}

	@Override
	public String toString() {
		return value;
	}
}
