package org.luoshi.supervision.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.luoshi.shared.PageQuery;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;
import org.luoshi.shared.web.FormErrors;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/**
 * Reading what the supervision forms post, and putting forms on a page. Forms carry what people typed as text, so
 * that a value that cannot be read is reported beside its field rather than failing the request.
 */
final class Forms {

	static final String UNREADABLE = "validation.typeMismatch";

	private Forms() {
	}

	/** A record id from a select; blank is {@code null}. */
	static Long id(String text, String field, List<Violation> problems) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(text.strip());
		}
		catch (NumberFormatException e) {
			problems.add(Violation.of(field, UNREADABLE));
			return null;
		}
	}

	/** Ids from a multiple select or checkboxes, blanks dropped; one message for the field however many are wrong. */
	static List<Long> ids(List<String> texts, String field, List<Violation> problems) {
		List<Long> ids = new ArrayList<>();
		List<Violation> wrong = new ArrayList<>();
		for (String text : texts == null ? List.<String>of() : texts) {
			Long id = id(text, field, wrong);
			if (id != null) {
				ids.add(id);
			}
		}
		if (!wrong.isEmpty()) {
			problems.add(wrong.get(0));
		}
		return ids;
	}

	static Integer integer(String text, String field, List<Violation> problems) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException e) {
			problems.add(Violation.of(field, UNREADABLE));
			return null;
		}
	}

	static BigDecimal decimal(String text, String field, List<Violation> problems) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(text.strip().replace(",", "").replace("，", ""));
		}
		catch (NumberFormatException e) {
			problems.add(Violation.of(field, UNREADABLE));
			return null;
		}
	}

	/** One of an enum's constants by name, in any case; blank is {@code null}. */
	static <E extends Enum<E>> E choice(String text, Class<E> type, String field, List<Violation> problems) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			problems.add(Violation.of(field, UNREADABLE));
			return null;
		}
	}

	/**
	 * Stops before the command when something the person gave could not be taken (a value unreadable, a file refused):
	 * run without it, the command might succeed without what they meant to give it.
	 */
	static void stopIfAny(List<Violation> problems) {
		ValidationException.throwIfAny(problems);
	}

	/** The page asked for; a wrong one is said and the first page shown. */
	static PageQuery paging(String page, int size, String sortField, List<Violation> problems) {
		Integer number = integer(page, "page", problems);
		if (number != null && number < 0) {
			problems.add(Violation.of("page", "validation.page.min"));
			number = null;
		}
		return new PageQuery(number == null ? 0 : number, size, sortField, true);
	}

	/** Puts a form on the page under {@code name}, unless a refused post already put it there with its errors. */
	static void offer(Model model, String name, Object form) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, form);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, new BeanPropertyBindingResult(form, name));
		}
	}

	/** Puts a refused form on the page under {@code name}, with what the person typed and the reasons beside its fields. */
	static void refused(Model model, String name, Object form, ValidationException refusal) {
		BindingResult errors = new BeanPropertyBindingResult(form, name);
		FormErrors.reject(errors, refusal);
		model.addAttribute(name, form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, errors);
	}
}
