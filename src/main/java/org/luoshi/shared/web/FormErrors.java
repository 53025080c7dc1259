package org.luoshi.shared.web;

import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/** Puts a command's violations on a form, so that each message shows beside its field in the reader's language. */
public final class FormErrors {

	private FormErrors() {
	}

	public static void reject(BindingResult errors, ValidationException exception) {
		for (Violation violation : exception.violations()) {
			String[] codes = { violation.messageKey() };
			if (violation.field() == null || violation.field().isBlank()) {
				errors.addError(new ObjectError(errors.getObjectName(), codes, violation.argumentArray(), violation.messageKey()));
			}
			else {
				errors.addError(new FieldError(errors.getObjectName(), violation.field(), null, false, codes, violation.argumentArray(),
						violation.messageKey()));
			}
		}
	}
}
