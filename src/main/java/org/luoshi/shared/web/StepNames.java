package org.luoshi.shared.web;

import java.util.Locale;

import org.luoshi.shared.NotFoundException;

/**
 * A lifecycle step as pages and the API name it in their addresses: lower case, {@code -} for {@code _}
 * ({@code /requests/7/steps/record-session}, {@code /demands/3/add-co-unit}). A name that is no step of the type is a
 * missing address, 404, like a record that does not exist.
 */
public final class StepNames {

	private StepNames() {
	}

	public static <E extends Enum<E>> E parse(Class<E> type, String step) {
		try {
			return Enum.valueOf(type, step.toUpperCase(Locale.ROOT).replace('-', '_'));
		}
		catch (IllegalArgumentException e) {
			throw new NotFoundException("step", step);
		}
	}
}
