package org.luoshi.identity.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.luoshi.shared.Violation;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * 等保 2.0 level 3: at least 10 characters of at least three kinds (upper case, lower case, digits, symbols), not a
 * common password (nor one only by case or a trailing number), not containing the username, and not a few characters
 * repeated.
 */
@Component
class PasswordPolicy {

	static final int MIN_LENGTH = 10;
	static final int MAX_LENGTH = 128;
	static final int MIN_CHARACTER_CLASSES = 3;

	private final Set<String> common;

	PasswordPolicy() {
		this.common = load("identity/common-passwords.txt");
	}

	List<Violation> check(String field, String password, String username) {
		List<Violation> violations = new ArrayList<>();
		if (password == null || password.isEmpty()) {
			violations.add(Violation.of(field, "validation.required"));
			return violations;
		}
		if (password.length() < MIN_LENGTH) {
			violations.add(Violation.of(field, "identity.password.too-short", MIN_LENGTH));
		}
		else if (password.length() > MAX_LENGTH) {
			violations.add(Violation.of(field, "validation.too-long", MAX_LENGTH));
		}
		else if (isCommon(password)) {
			violations.add(Violation.of(field, "identity.password.common"));
		}
		else if (username != null && !username.isBlank() && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
			violations.add(Violation.of(field, "identity.password.contains-username"));
		}
		else if (characterClasses(password) < MIN_CHARACTER_CLASSES) {
			violations.add(Violation.of(field, "identity.password.character-classes"));
		}
		else if (password.chars().distinct().count() < 4) {
			violations.add(Violation.of(field, "identity.password.too-simple"));
		}
		return violations;
	}

	/** How many of upper case, lower case, digits and symbols (anything else, Chinese characters included) occur. */
	static int characterClasses(String password) {
		boolean upper = false;
		boolean lower = false;
		boolean digit = false;
		boolean symbol = false;
		for (int i = 0; i < password.length(); i = password.offsetByCodePoints(i, 1)) {
			int c = password.codePointAt(i);
			if (Character.isUpperCase(c)) {
				upper = true;
			}
			else if (Character.isLowerCase(c)) {
				lower = true;
			}
			else if (Character.isDigit(c)) {
				digit = true;
			}
			else {
				symbol = true;
			}
		}
		return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
	}

	boolean isCommon(String password) {
		String lower = password.toLowerCase(Locale.ROOT);
		String withoutTrailingDigits = lower.replaceAll("[0-9!@#.]+$", "");
		return common.contains(lower) || (!withoutTrailingDigits.isEmpty() && common.contains(withoutTrailingDigits));
	}

	private static Set<String> load(String resource) {
		Set<String> words = new HashSet<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
			reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
				.forEach(line -> words.add(line.toLowerCase(Locale.ROOT)));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return Set.copyOf(words);
	}
}
