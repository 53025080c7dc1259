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
 * At least 10 characters, not a common password (nor one only by case or a trailing number), not the
 * username, and not one character repeated.
 */
@Component
class PasswordPolicy {

	static final int MIN_LENGTH = 10;
	static final int MAX_LENGTH = 128;

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
		else if (password.chars().distinct().count() < 4) {
			violations.add(Violation.of(field, "identity.password.too-simple"));
		}
		return violations;
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
