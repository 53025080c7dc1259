package org.luoshi.organization.web;

import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/** What the admin forms share: reading the version they carry, and showing a form again after a conflict. */
final class AdminForms {

	private AdminForms() {
	}

	/** A form without a readable version was not read from the current record: it is treated as stale. */
	static int versionOf(Integer version) {
		return version == null ? -1 : version;
	}

	/**
	 * Shows {@code form} in place of the one that was posted, without the posted one's errors: after a conflict the
	 * person's input comes back carrying the current version, so that saving again deliberately overwrites.
	 */
	static void replace(Model model, String name, Object form) {
		model.addAttribute(name, form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, new BeanPropertyBindingResult(form, name));
	}
}
