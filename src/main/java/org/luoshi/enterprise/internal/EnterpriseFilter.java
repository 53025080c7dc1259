package org.luoshi.enterprise.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.luoshi.enterprise.EnterpriseScale;
import org.luoshi.enterprise.EnterpriseTag;
import org.luoshi.enterprise.IndustrySection;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;

/**
 * What a list, an export and the API select, all optional and together: words of the name, credit code, legal
 * representative or address ({@code q}), a town's division code, an industry section, a tag and a scale. Always
 * within the reader's scope: a town outside it selects nothing.
 */
public record EnterpriseFilter(String q, String division, IndustrySection industry, EnterpriseTag tag, EnterpriseScale scale) {

	public static final Set<String> SORTABLE = Set.of("name", "creditCode", "division", "updatedAt");

	public static EnterpriseFilter none() {
		return new EnterpriseFilter(null, null, null, null, null);
	}

	/** Reads the filter as a link or a client sends it; a value that names nothing is refused with the others. */
	public static EnterpriseFilter of(String q, String division, String industry, String tag, String scale) {
		List<Violation> violations = new ArrayList<>();
		String text = q == null || q.isBlank() ? null : q.strip();
		if (text != null && text.length() > 100) {
			violations.add(Violation.of("q", "validation.too-long", 100));
		}
		String code = division == null || division.isBlank() ? null : division.strip();
		if (code != null && !code.matches("\\d{9}")) {
			violations.add(Violation.of("division", "enterprise.validation.division.format", code));
		}
		IndustrySection section = EnterpriseValidation.industry(violations, "industry", industry);
		EnterpriseTag chosenTag = EnterpriseValidation.choice(EnterpriseTag.class, violations, "tag", "enterprise.validation.tag", tag);
		EnterpriseScale chosenScale = EnterpriseValidation.choice(EnterpriseScale.class, violations, "scale", "enterprise.validation.scale",
				scale);
		ValidationException.throwIfAny(violations);
		return new EnterpriseFilter(text, code, section, chosenTag, chosenScale);
	}
}
