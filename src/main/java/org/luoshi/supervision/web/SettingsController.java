package org.luoshi.supervision.web;

import java.util.ArrayList;
import java.util.List;

import org.luoshi.shared.Actor;
import org.luoshi.shared.ConflictException;
import org.luoshi.shared.CurrentActor;
import org.luoshi.shared.Permissions;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;
import org.luoshi.shared.web.FormErrors;
import org.luoshi.shared.web.Times;
import org.luoshi.supervision.internal.SettingsService;
import org.luoshi.supervision.internal.SupervisionSettings;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The district's supervision thresholds (督办设置). They apply to every unit's tasks, so only a whole-district
 * supervisor sees this page; a supervisor of one unit is refused like anybody without the permission.
 */
@Controller
@RequestMapping("/supervision/settings")
@PreAuthorize("hasAuthority('supervision:manage')")
class SettingsController {

	private static final String PAGE = "supervision/settings";
	private static final String FORM = "settingsForm";

	private final SettingsService settings;
	private final Times times;

	SettingsController(SettingsService settings, Times times) {
		this.settings = settings;
		this.times = times;
	}

	/** The numbers as typed, so that what is not a number is reported beside its field instead of failing the request. */
	record SettingsForm(String dueSoonDays, String signWithinDays, boolean autoRemind, String remindEveryDays, String noticePrefix,
			Integer version) {

		static SettingsForm of(SupervisionSettings current) {
			return new SettingsForm(String.valueOf(current.dueSoonDays()), String.valueOf(current.signWithinDays()), current.autoRemind(),
					String.valueOf(current.remindEveryDays()), current.noticePrefix(), current.version());
		}

		/** A form without a readable version was not read from the current settings: it counts as stale. */
		int versionRead() {
			return version == null ? -1 : version;
		}

		SettingsForm withVersion(int newVersion) {
			return new SettingsForm(dueSoonDays, signWithinDays, autoRemind, remindEveryDays, noticePrefix, newVersion);
		}
	}

	@GetMapping
	String page(Model model) {
		wholeDistrictSupervisor();
		model.addAttribute(FORM, SettingsForm.of(settings.current()));
		return show(model);
	}

	@PostMapping
	String save(@ModelAttribute(FORM) SettingsForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
		Actor actor = wholeDistrictSupervisor();
		try {
			settings.update(read(form), form.versionRead(), actor);
			redirect.addFlashAttribute("flash", "flash.saved");
			return "redirect:/supervision/settings";
		}
		catch (ValidationException e) {
			FormErrors.reject(errors, e);
		}
		catch (ConflictException e) {
			// The person's input stays, beside what the other person saved, with the current version: saving again is
			// then a deliberate choice to overwrite.
			SupervisionSettings current = settings.current();
			SettingsForm kept = form.withVersion(current.version());
			model.addAttribute(FORM, kept);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, new BeanPropertyBindingResult(kept, FORM));
			model.addAttribute("conflict", current);
		}
		return show(model);
	}

	private String show(Model model) {
		model.addAttribute("year", String.valueOf(times.today().getYear()));
		return PAGE;
	}

	private static Actor wholeDistrictSupervisor() {
		Actor actor = CurrentActor.get();
		if (!actor.seesWholeDistrict()) {
			throw new AccessDeniedException(Permissions.SUPERVISION_MANAGE);
		}
		return actor;
	}

	/**
	 * The settings as typed. A number that cannot be read is reported at once, without the service's own checks of
	 * the other fields: the service takes numbers, and a guessed stand-in would be checked in its place.
	 */
	private static SupervisionSettings read(SettingsForm form) {
		List<Violation> unreadable = new ArrayList<>();
		Integer dueSoonDays = days(form.dueSoonDays(), "dueSoonDays", unreadable);
		Integer signWithinDays = days(form.signWithinDays(), "signWithinDays", unreadable);
		Integer remindEveryDays = days(form.remindEveryDays(), "remindEveryDays", unreadable);
		ValidationException.throwIfAny(unreadable);
		return new SupervisionSettings(dueSoonDays, signWithinDays, form.autoRemind(), remindEveryDays, form.noticePrefix(),
				form.versionRead());
	}

	private static Integer days(String text, String field, List<Violation> unreadable) {
		if (text == null || text.isBlank()) {
			unreadable.add(Violation.of(field, "validation.required"));
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException e) {
			unreadable.add(Violation.of(field, "boards.settings.days.invalid"));
			return null;
		}
	}
}
